// The trash: deleted issues with the day each will be purged, and a restore button.
import { useTranslation } from 'react-i18next';
import type { TrashedIssue } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { showToast } from '../shell/toast.ts';
import { formatDate } from '../workbench/dates.ts';

export function IssueTrash({ trash, onRestored, onError }: { trash: TrashedIssue[]; onRestored: () => void; onError: (e: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const restore = async (issue: TrashedIssue) => {
    try {
      await api.restoreIssue({ id: issue.id });
      showToast(t('issueAdmin.restored', { number: issue.number }));
      onRestored();
    } catch (error) {
      onError(error);
    }
  };
  return (
    <div className="issue-trash" data-testid="issue-trash">
      <h2 className="spaced">{t('issueAdmin.trash')}</h2>
      <p className="muted small-text">{t('issueAdmin.trashHint')}</p>
      {trash.length === 0 ? (
        <p className="muted" data-testid="trash-empty">{t('issueAdmin.trashEmpty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('issues.number')}</th>
              <th>{t('issueAdmin.name')}</th>
              <th>{t('issueAdmin.deletedAt')}</th>
              <th>{t('issueAdmin.purgeAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {trash.map((issue) => (
              <tr key={issue.id} data-testid="trash-row">
                <td>{issue.number}</td>
                <td>{issue.name}</td>
                <td className="muted">{formatDate(issue.deletedAt, i18n.language)}</td>
                <td className="muted">{formatDate(issue.purgeAt, i18n.language)}</td>
                <td><button type="button" onClick={() => void restore(issue)} data-testid="restore-issue">{t('issueAdmin.restore')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
