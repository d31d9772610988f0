import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useLoad } from '../shell/useLoad.ts';
import { hrefOf, navigate } from '../shell/route.ts';
import { IssueImportButton } from '../publish/IssueImportButton.tsx';
import { CreateIssueForm } from './CreateIssueForm.tsx';
import { formatDate } from '../workbench/dates.ts';
import { IssueTrash } from './IssueTrash.tsx';

export function IssuesScreen() {
  const { t, i18n } = useTranslation();
  const issues = useLoad(() => api.listIssues(), []);
  const trash = useLoad(() => api.issueTrash(), []);
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="issues-screen">
      <section className="panel">
        <h1>{t('issues.title')}</h1>
        <ErrorBanner error={error ?? issues.error ?? trash.error} onDismiss={() => setError(null)} />
        {issues.value?.length === 0 && <p className="muted" data-testid="no-issues">{t('issues.empty')}</p>}
        {issues.value && issues.value.length > 0 && (
          <table className="table" data-testid="issue-list">
            <thead>
              <tr>
                <th>{t('issues.number')}</th>
                <th>{t('issueAdmin.name')}</th>
                <th>{t('issues.date')}</th>
                <th>{t('issues.rate')}</th>
                <th>{t('issues.articles')}</th>
                <th>{t('issues.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.value.map((issue) => (
                <tr key={issue.id} data-testid="issue-row">
                  <td><a href={hrefOf({ screen: 'issue', id: issue.id })}>{issue.number}</a></td>
                  <td data-testid="issue-row-name">{issue.name}</td>
                  <td>{formatDate(issue.date, i18n.language)}</td>
                  <td>{issue.rate ?? '—'}</td>
                  <td>{issue.articleCount}</td>
                  <td className="muted">{formatDate(issue.updatedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {trash.value && trash.value.length > 0 && (
          <IssueTrash trash={trash.value} onError={setError} onRestored={() => { issues.reload(); trash.reload(); }} />
        )}
      </section>
      <section className="panel narrow">
        <h2>{t('issues.create')}</h2>
        <CreateIssueForm onCreated={(issue) => navigate({ screen: 'issue', id: issue.id })} />
        <h2 className="spaced">{t('issueImport.heading')}</h2>
        <p className="muted small-text">{t('issueImport.hint')}</p>
        <IssueImportButton />
      </section>
    </div>
  );
}
