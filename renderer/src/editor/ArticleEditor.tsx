// The article editor: sources left, Korean draft right, findings beside. Owns the editable state and
// wires history, autosave, live checks and recognition together.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import type { Article, ArticleState } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { navigate } from '../shell/route.ts';
import { useLoad } from '../shell/useLoad.ts';
import { AddTermDialog } from './AddTermDialog.tsx';
import { DraftPane } from './DraftPane.tsx';
import { textBeforeCaret, wantsChinese, type Caret, type Draft, type DraftField, type EditableSource } from './draft.ts';
import { EditorHeader } from './EditorHeader.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { canQuickFix, findingId } from './findingId.ts';
import { mentionText, preferredKorean, spliceText } from './insertion.ts';
import { setPendingFinding, takePendingFinding } from './pendingFinding.ts';
import { rebaseFindings } from './rebase.ts';
import { SourcePane, newSource } from './SourcePane.tsx';
import { useAutosave } from './useAutosave.ts';
import { useDraftHistory } from './useDraftHistory.ts';
import { useEditorKeys } from './useEditorKeys.ts';
import { markInput, useLiveChecks } from './useLiveChecks.ts';
import { useRecognition } from './useRecognition.ts';

const EMPTY_DRAFT: Draft = { title: '', lead: '', body: '' };

function editableSources(article: Article): EditableSource[] {
  const sources = article.sources.map((s) => ({ key: `saved-${s.id}`, id: s.id, title: s.title, url: s.url, text: s.text }));
  return sources.length > 0 ? sources : [newSource()];
}

export function ArticleEditor({ articleId }: { articleId: number }) {
  const loaded = useLoad(() => api.getArticle({ id: articleId }), [articleId]);
  const issue = useLoad(async () => (loaded.value ? api.getIssue({ id: loaded.value.issueId }) : undefined), [loaded.value?.issueId]);
  const history = useDraftHistory(EMPTY_DRAFT);
  const [sources, setSources] = useState<EditableSource[] | null>(null);
  const [scope, setScope] = useState<'article' | 'issue'>('article');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [addTerm, setAddTerm] = useState<string | null>(null);
  const [glossaryVersion, setGlossaryVersion] = useState(0);
  const [savedVersion, setSavedVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const caret = useRef<Caret | null>(null);
  const pendingCaret = useRef<Caret | null>(null);
  const revision = useRef(0);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
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
      setSavedVersion((v) => v + 1);
    }, []),
  );

  // Initialize once the article arrives.
  useEffect(() => {
    const article = loaded.value;
    if (!article || sources !== null) return;
    const initial = { title: article.title, lead: article.lead, body: article.body };
    const initialSources = editableSources(article);
    history.reset(initial);
    autosave.markSaved({ draft: initial, sources: initialSources });
    setSources(initialSources);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded.value]);

  const sourceTexts = useMemo(() => (sources ?? []).map((s) => s.text), [sources]);
  const checks = useLiveChecks(articleId, ready ? draft.body : null, sourceTexts, revision.current);
  const recognition = useRecognition(sourceTexts, glossaryVersion);

  const findings = useMemo(() => {
    if (!checks.result || checks.checkedBody === null) return [];
    const open = checks.result.findings.filter((f) => !f.accepted);
    return rebaseFindings(open, checks.checkedBody, draft.body);
  }, [checks.result, checks.checkedBody, draft.body]);

  const commit = (next: Draft, group: string | null, field: DraftField) => {
    revision.current += 1;
    if (field === 'body') markInput(revision.current);
    history.set(next, group);
  };

  const select = useCallback((finding: Finding) => {
    setActiveId(findingId(finding));
    const body = bodyRef.current;
    if (!body) return;
    body.focus();
    body.setSelectionRange(finding.start, finding.end);
    caret.current = { field: 'body', start: finding.start, end: finding.end };
  }, []);

  // Restore the caret after a programmatic change (insert, fix).
  useLayoutEffect(() => {
    const target = pendingCaret.current;
    if (!target) return;
    pendingCaret.current = null;
    const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="draft-${target.field}"]`);
    element?.focus();
    element?.setSelectionRange(target.start, target.end);
  }, [draft]);

  useLayoutEffect(() => {
    document.querySelector('.findings-textarea mark.active')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  // A finding picked in the issue-wide list of another article.
  useEffect(() => {
    if (!checks.result) return;
    const id = takePendingFinding(articleId);
    const finding = id ? findings.find((f) => findingId(f) === id) : undefined;
    if (finding) select(finding);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checks.result]);

  const pick = (hit: RecognizedTerm) => {
    const korean = preferredKorean(hit.concept);
    if (!korean) return;
    const at = caret.current ?? { field: 'body' as const, start: draft.body.length, end: draft.body.length };
    const inserted = wantsChinese(at) ? mentionText(textBeforeCaret(draft, at), korean, hit.text) : korean;
    const { value, caret: after } = spliceText(draft[at.field], at.start, at.end, inserted);
    caret.current = { field: at.field, start: after, end: after };
    pendingCaret.current = caret.current;
    commit({ ...draft, [at.field]: value }, null, at.field);
  };

  const fix = (finding: Finding) => {
    if (!canQuickFix(finding) || finding.suggestion === undefined || draft.body.slice(finding.start, finding.end) !== finding.text) return;
    const { value, caret: after } = spliceText(draft.body, finding.start, finding.end, finding.suggestion);
    pendingCaret.current = { field: 'body', start: after, end: after };
    commit({ ...draft, body: value }, null, 'body');
  };

  const accept = async (finding: Finding) => {
    try {
      await api.acceptFinding({ key: finding.key, rule: finding.rule, text: finding.text });
      checks.recheck();
    } catch (failure) {
      setError(failure);
    }
  };

  const step = (direction: 1 | -1) => {
    if (findings.length === 0) return;
    const index = findings.findIndex((f) => findingId(f) === activeId);
    const next = index < 0 ? (direction > 0 ? 0 : findings.length - 1) : (index + direction + findings.length) % findings.length;
    select(findings[next]!);
  };

  useEditorKeys({ undo: history.undo, redo: history.redo, step });

  // Stable handlers for the memoized finding items; they always act on the latest draft.
  const latest = useRef({ fix, accept });
  latest.current = { fix, accept };
  const onFix = useCallback((finding: Finding) => latest.current.fix(finding), []);
  const onAccept = useCallback((finding: Finding) => void latest.current.accept(finding), []);

  const setState = async (state: ArticleState) => {
    try {
      loaded.setValue(await api.setArticleState({ id: articleId, state }));
    } catch (failure) {
      setError(failure);
    }
  };

  if (!loaded.value || !sources) return <ErrorBanner error={loaded.error} />;

  return (
    <div className="editor" data-testid="editor">
      <EditorHeader
        issue={issue.value}
        article={loaded.value}
        title={draft.title}
        status={autosave.status}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        onUndo={history.undo}
        onRedo={history.redo}
        onState={(state) => void setState(state)}
      />
      <ErrorBanner error={error ?? autosave.error ?? checks.error ?? recognition.error} onDismiss={() => setError(null)} />
      <div className="editor-grid">
        <SourcePane
          sources={sources}
          hits={recognition.hits}
          onChange={(next) => {
            revision.current += 1;
            setSources(next);
          }}
          onPick={pick}
          onAddTerm={setAddTerm}
        />
        <DraftPane
          ref={bodyRef}
          draft={draft}
          findings={findings}
          activeId={activeId}
          onEdit={(field, value) => commit({ ...draft, [field]: value }, field, field)}
          onCaret={(field, start, end) => (caret.current = { field, start, end })}
        />
        <FindingsPanel
          scope={scope}
          onScope={setScope}
          result={checks.result}
          findings={findings}
          activeId={activeId}
          issueId={loaded.value.issueId}
          savedVersion={savedVersion}
          onSelect={select}
          onSelectInIssue={(otherId, finding) => {
            if (otherId === articleId) {
              setScope('article');
              const current = findings.find((f) => findingId(f) === findingId(finding));
              if (current) select(current);
            } else {
              setPendingFinding(otherId, findingId(finding));
              navigate({ screen: 'article', id: otherId });
            }
          }}
          onFix={onFix}
          onAccept={onAccept}
        />
      </div>
      {addTerm !== null && (
        <AddTermDialog
          zh={addTerm}
          onClose={() => setAddTerm(null)}
          onSaved={() => {
            setAddTerm(null);
            setGlossaryVersion((v) => v + 1);
            checks.recheck();
          }}
        />
      )}
    </div>
  );
}
