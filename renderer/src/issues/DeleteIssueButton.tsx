// Deleting an issue asks first, then moves it to the trash (restorable for 30 days, IssueTrash.tsx).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { navigate } from '../shell/route.ts';
import { showToast } from '../shell/toast.ts';

export function DeleteIssueButton({ issue, onError }: { issue: Issue; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    try {
      await api.deleteIssue({ id: issue.id });
      showToast(t('issueAdmin.movedToTrash', { number: issue.number }));
      navigate({ screen: 'issues' });
    } catch (error) {
      setConfirming(false);
      onError(error);
    }
  };
  if (!confirming) {
    return <button type="button" className="ghost push-right" onClick={() => setConfirming(true)} data-testid="delete-issue">{t('issueAdmin.delete')}</button>;
  }
  return (
    <span className="inline-confirm push-right" role="alertdialog" aria-label={t('issueAdmin.delete')} data-testid="delete-issue-confirm">
      {t('issueAdmin.confirmDelete', { number: issue.number, count: issue.articles.length })}
      <button type="button" className="danger" onClick={() => void remove()} data-testid="confirm-delete-issue">{t('issueAdmin.moveToTrash')}</button>
      <button type="button" className="ghost" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
    </span>
  );
}
