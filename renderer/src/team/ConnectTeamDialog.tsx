// Desktop app: File → Connect to team server… asks for the server's address here; the main process
// checks it (https, or http on this machine), remembers it and opens the server's page in this window.
// Going back is File → Use local glossary (a native menu item on the server's page).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopBridge } from '../../../electron/bridge.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';

export const CONNECT_EVENT = 'donghyang:connect-team-server';

export function ConnectTeamDialog() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<unknown>(null);
  const bridge = window.donghyang as Partial<DesktopBridge> | undefined;

  useEffect(() => {
    const show = () => {
      setError(null);
      setOpen(true);
    };
    window.addEventListener(CONNECT_EVENT, show);
    return () => window.removeEventListener(CONNECT_EVENT, show);
  }, []);

  if (!open || typeof bridge?.connectTeamServer !== 'function') return null;
  const connect = bridge.connectTeamServer;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await connect(address);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="connect-team-title" data-testid="connect-team-dialog">
      <form className="dialog" onSubmit={(e) => void submit(e)}>
        <h2 id="connect-team-title">{t('team.connect.title')}</h2>
        <p className="muted">{t('team.connect.explain')}</p>
        <label>
          {t('team.connect.address')}
          <input autoFocus value={address} onChange={(e) => setAddress(e.target.value)} placeholder="https://donghyang.example.org:8270" data-testid="connect-address" required />
        </label>
        <ErrorBanner error={error} />
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
          <button type="submit" className="primary" data-testid="connect-submit">{t('team.connect.connect')}</button>
        </div>
      </form>
    </div>
  );
}
