// The article being edited: loaded with its issue, its draft under undo history, its sources, and
// autosaved. The draft holds every part the editor edits (text, rubric, 요약 sentence).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../shell/useLoad.ts';
import type { ArticleDraft, EditableSource } from './draft.ts';
import { startFirstCheck } from './firstCheck.ts';
import { newSource } from './SourcePane.tsx';
import { useAutosave } from './useAutosave.ts';
import { useDraftHistory } from './useDraftHistory.ts';

const EMPTY_DRAFT: ArticleDraft = { title: '', lead: '', body: '', category: '', summary: '' };

function draftOf(article: Article): ArticleDraft {
  return { title: article.title, lead: article.lead, body: article.body, category: article.category, summary: article.summary };
}

function editableSources(article: Article): EditableSource[] {
  const sources = article.sources.map((s) => ({ key: `saved-${s.id}`, id: s.id, title: s.title, url: s.url, text: s.text }));
  return sources.length > 0 ? sources : [newSource()];
}

export function useArticleSession(articleId: number) {
  const loaded = useLoad(async () => {
    const article = await api.getArticle({ id: articleId });
    startFirstCheck(articleId, draftOf(article), editableSources(article).map((s) => s.text));
    return article;
  }, [articleId]);
  const issue = useLoad(async () => (loaded.value ? api.getIssue({ id: loaded.value.issueId }) : undefined), [loaded.value?.issueId]);
  const history = useDraftHistory(EMPTY_DRAFT);
  const [sources, setSources] = useState<EditableSource[] | null>(null);
  const [savedVersion, setSavedVersion] = useState(0);
  const [savedDraft, setSavedDraft] = useState<ArticleDraft>(EMPTY_DRAFT);
  const ready = sources !== null;
  const draft = history.draft;

  const autosave = useAutosave(
    articleId,
    useMemo(() => (ready ? { draft, sources } : null), [ready, draft, sources]),
    useCallback((article: Article, keys: string[]) => {
      setSources((current) =>
        current?.map((s) => {
          const index = keys.indexOf(s.key);
          return s.id === undefined && index >= 0 && article.sources[index] ? { ...s, id: article.sources[index].id } : s;
        }) ?? current,
      );
      setSavedDraft(draftOf(article));
      setSavedVersion((v) => v + 1);
      loaded.setValue(article); // an edit may have sent an approved article back to review
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []),
  );

  // Initialize once the article arrives.
  useEffect(() => {
    const article = loaded.value;
    if (!article || sources !== null) return;
    const initial = draftOf(article);
    const initialSources = editableSources(article);
    history.reset(initial);
    setSavedDraft(initial);
    autosave.markSaved({ draft: initial, sources: initialSources }, article.updatedAt);
    setSources(initialSources);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded.value]);

  return { loaded, issue, history, draft, sources, setSources, ready, autosave, savedDraft, savedVersion };
}
