// In team mode the app shows only after login; the signed-in user and a logout button sit in a bar
// above it. Outside team mode (desktop app, single-user web mode) it renders the app as it was.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentSession, isTeamMode, logout, type TeamUser } from '../api/team.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { LoginPage } from './LoginPage.tsx';
import { UsersPanel } from './UsersPanel.tsx';
import { ConnectTeamDialog } from './ConnectTeamDialog.tsx';
// Subscribes to editing notices from the start, before the socket opens and replays them.
import './editing-record.ts';

export function TeamGate({ children }: { children: ReactNode }) {
  const [team] = useState(isTeamMode);
  const [user, setUser] = useState<TeamUser | null | undefined>(team ? undefined : null);
  const [error, setError] = useState<unknown>(null);
  const [usersOpen, setUsersOpen] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    if (team) currentSession().then(setUser, setError);
  }, [team]);

  if (!team) {
    return (
      <>
        {children}
        <ConnectTeamDialog />
      </>
    );
  }
  if (error) return <ErrorBanner error={error} />;
  if (user === undefined) return null;
  if (user === null) return <LoginPage onLogin={setUser} />;
  return (
    <>
      <div className="team-bar" data-testid="team-bar">
        <span data-testid="team-user">{user.name}</span>
        <span className="muted">{{ editor: t('team.role.editor'), reviewer: t('team.role.reviewer'), admin: t('team.role.admin') }[user.role]}</span>
        {user.role === 'admin' && (
          <button type="button" className="ghost" onClick={() => setUsersOpen((open) => !open)} data-testid="open-users">{t('team.users.title')}</button>
        )}
        <button type="button" className="ghost" onClick={() => void logout().then(() => setUser(null), setError)} data-testid="logout">
          {t('team.logout')}
        </button>
      </div>
      {usersOpen && user.role === 'admin' && <UsersPanel me={user.name} onClose={() => setUsersOpen(false)} />}
      {children}
    </>
  );
}
