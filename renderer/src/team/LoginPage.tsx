// Team mode's login: user name and password, posted to /api/login. Wrong pairs and throttling
// (429) are said as the server words them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http-client.ts';
import { login, type TeamUser } from '../api/team.ts';

export function LoginPage({ onLogin }: { onLogin: (user: TeamUser) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLogin(await login(name.trim(), password));
    } catch (failure) {
      const status = failure instanceof ApiError ? failure.status : 0;
      setError(status === 429 ? t('team.tooMany') : status === 401 ? t('team.wrong') : String((failure as Error).message));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-page">
      <form className="login-form" onSubmit={(event) => void submit(event)} data-testid="login-form">
        <h1>{t('app.name')}</h1>
        <p className="muted">{t('team.loginTitle')}</p>
        <label>
          {t('team.user')}
          <input autoFocus autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} data-testid="login-user" required />
        </label>
        <label>
          {t('team.password')}
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="login-password" required />
        </label>
        {error && <p className="error-banner" role="alert" data-testid="login-error">{error}</p>}
        <button type="submit" className="primary" disabled={busy} data-testid="login-submit">{t('team.login')}</button>
      </form>
    </main>
  );
}
