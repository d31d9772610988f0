import { useTranslation } from 'react-i18next';

/** Shows an error from the service as the user should read it (the message names file/field). */
export function ErrorBanner({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <strong>{t('common.error')}</strong> {message}
      {onDismiss && <button type="button" className="ghost" onClick={onDismiss}>{t('common.close')}</button>}
    </div>
  );
}
