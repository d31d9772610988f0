// Writing a comment on the selected draft text. Ctrl+Enter saves, Escape cancels.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useEscape } from '../shell/useEscape.ts';

interface Props {
  quoted: string;
  onSave: (body: string) => Promise<void>;
  onClose: () => void;
}

export function CommentDialog({ quoted, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEscape(onClose);

  const save = async () => {
    if (body.trim() === '' || busy) return;
    setBusy(true);
    try {
      await onSave(body.trim());
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="comment-title" data-testid="comment-dialog" onClick={onClose}>
      <div className="dialog" onClick={(event) => event.stopPropagation()}>
        <h2 id="comment-title">{t('comments.new')}</h2>
        <blockquote className="quote" lang="ko">{quoted}</blockquote>
        <label>
          {t('comments.body')}
          <textarea autoFocus rows={4} value={body} onChange={(e) => setBody(e.target.value)} onKeyDown={onKeyDown} data-testid="comment-body" />
        </label>
        <ErrorBanner error={error} />
        <div className="dialog-actions">
          <span className="muted small-text">{t('comments.saveHint')}</span>
          <span className="spacer" />
          <button type="button" className="ghost" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" disabled={busy || body.trim() === ''} onClick={() => void save()} data-testid="comment-save">{t('common.save')}</button>
        </div>
      </div>
    </div>
  );
}
