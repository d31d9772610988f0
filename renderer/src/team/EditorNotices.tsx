// Team notices in the editor: who else is editing, a change someone else made (reload to see it;
// the service refuses to let this page's older text overwrite it), and the reviewer's confirmation
// before approving an article with open errors or unresolved comments.
import { useTranslation } from 'react-i18next';
import type { Presence } from './useArticlePresence.ts';
import type { EditLock } from './useEditLock.ts';

/** The article is someone else's while they edit it: read-only here, unless this user takes over. */
export function EditLockNotice({ lock }: { lock: EditLock }) {
  const { t } = useTranslation();
  if (lock.lockedBy === null) return null;
  return (
    <div className="edit-locked" role="status" data-testid="edit-locked">
      {t('team.lockedBy', { who: lock.lockedBy })}{' '}
      <button type="button" className="primary" onClick={lock.takeOver} data-testid="take-over">{t('team.takeOver')}</button>
    </div>
  );
}

export function TeamNotices({ presence }: { presence: Presence }) {
  const { t } = useTranslation();
  return (
    <>
      {presence.editors.length > 0 && (
        <div className="editing-others" data-testid="editing-others">{t('team.editing', { names: presence.editors.join(', ') })}</div>
      )}
      {presence.changedBy && (
        <div className="error-banner" role="status" data-testid="changed-elsewhere">
          {t('team.changedBy', { who: presence.changedBy })}{' '}
          <button type="button" className="ghost" onClick={() => window.location.reload()}>{t('team.reload')}</button>
        </div>
      )}
    </>
  );
}

export function ApproveConfirm({ message, onConfirm, onCancel }: { message: string | null; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <div className="approve-confirm" role="alertdialog" data-testid="approve-confirm">
      <span>{t('team.confirmApprove')} <small className="muted">({message})</small></span>
      <button type="button" className="primary" onClick={onConfirm} data-testid="approve-anyway">{t('team.approveAnyway')}</button>
      <button type="button" className="ghost" onClick={onCancel}>{t('team.cancel')}</button>
    </div>
  );
}
