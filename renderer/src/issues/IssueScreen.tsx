import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { SECTION_LIST } from '../domain.ts';
import { IssueToolbar } from '../publish/IssueToolbar.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useLoad } from '../shell/useLoad.ts';
import { useLiveRefresh } from '../team/useLiveRefresh.ts';
import { ArticleRow } from './ArticleRow.tsx';
import { IssueHeader } from './IssueHeader.tsx';
import { TitlePageForm } from './TitlePageForm.tsx';
import { showToast } from '../shell/toast.ts';
import type { IssuePatch } from '../../../glossary/model.ts';
import { moveTarget } from './reorder.ts';

export function IssueScreen({ issueId }: { issueId: number }) {
  const { t } = useTranslation();
  const issue = useLoad(() => api.getIssue({ id: issueId }), [issueId]);
  // Team mode: articles added, moved, edited or approved by others show here too.
  useLiveRefresh((e) => e.issueId === issueId && (e.kind === 'issue' || e.kind === 'article'), issue.reload, [issueId]);
  const [error, setError] = useState<unknown>(null);
  const [focusId, setFocusId] = useState<number | null>(null);

  // Keep keyboard focus on the article that just moved, so Alt+↑/↓ can be repeated.
  useEffect(() => {
    if (focusId === null) return;
    document.querySelector<HTMLElement>(`[data-article-id="${focusId}"]`)?.focus();
  }, [focusId, issue.value]);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  if (!issue.value) return <ErrorBanner error={issue.error} />;
  const articles = issue.value.articles;
  const approved = articles.filter((a) => a.state === 'approved').length;

  const saveSettings = async (patch: IssuePatch): Promise<boolean> => {
    try {
      issue.setValue(await api.updateIssue({ id: issueId, ...patch }));
      setError(null);
      showToast(t('issueAdmin.saved'));
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };

  const move = (articleId: number, direction: -1 | 1) =>
    run(async () => {
      const target = moveTarget(articles, articleId, direction);
      if (!target) return;
      issue.setValue(await api.moveArticle({ articleId, ...target }));
      setFocusId(articleId);
    });

  const add = (section: SectionId) =>
    run(async () => {
      const article = await api.addArticle({ issueId, section });
      issue.setValue(await api.getIssue({ id: issueId }));
      setFocusId(article.id);
    });

  return (
    <div className="issue-screen">
      <IssueHeader issue={issue.value} onChange={issue.setValue} onError={setError} />
      <div className="issue-status">
        <span className={`approved-count${approved === articles.length && approved > 0 ? ' all' : ''}`} data-testid="approved-count">
          {t('issues.approvedCount', { approved, total: articles.length })}
        </span>
        <IssueToolbar issueId={issueId} onError={setError} />
      </div>
      <ErrorBanner error={error ?? issue.error} onDismiss={() => setError(null)} />
      <details className="panel issue-settings" data-testid="issue-settings">
        <summary>{t('issueAdmin.settings')}</summary>
        <TitlePageForm issue={issue.value} onSave={(patch: IssuePatch) => saveSettings(patch)} />
      </details>
      {SECTION_LIST.map((section, sectionIndex) => {
        const inSection = articles.filter((a) => a.section === section);
        return (
          <section key={section} className="panel section" data-testid={`section-${section}`}>
            <div className="section-head">
              <h2>{sectionIndex + 1}. {t(`section.${section}`)}</h2>
              <button type="button" onClick={() => void add(section)} data-testid={`add-article-${section}`}>+ {t('issues.addArticle')}</button>
            </div>
            {inSection.length === 0 ? (
              <p className="muted">{t('issues.noArticles')}</p>
            ) : (
              <ol className="article-list">
                {inSection.map((article) => (
                  <ArticleRow
                    key={article.id}
                    article={article}
                    canMoveUp={moveTarget(articles, article.id, -1) !== null}
                    canMoveDown={moveTarget(articles, article.id, 1) !== null}
                    onMove={(direction) => void move(article.id, direction)}
                    onDelete={() => void run(async () => issue.setValue(await api.deleteArticle({ articleId: article.id })))}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
