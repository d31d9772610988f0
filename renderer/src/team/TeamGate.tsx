// In team mode the app shows only after login; the signed-in user and a logout button sit in the
// app's header (TeamMenu), user management in a dialog over it. Outside team mode (desktop app,
// single-user web mode) it renders the app as it was.
import { useEffect, useState, type ReactNode } from 'react';
import { currentSession, isTeamMode, logout, type TeamUser } from '../api/team.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { LoginPage } from './LoginPage.tsx';
import { UsersPanel } from './UsersPanel.tsx';
import { ConnectTeamDialog } from './ConnectTeamDialog.tsx';
import { TeamSessionContext, type TeamSession } from './TeamMenu.tsx';
// Subscribes to editing notices from the start, before the socket opens and replays them.
import './editing-record.ts';

export function TeamGate({ children }: { children: ReactNode }) {
  const [team] = useState(isTeamMode);
  const [user, setUser] = useState<TeamUser | null | undefined>(team ? undefined : null);
  const [error, setError] = useState<unknown>(null);
  const [usersOpen, setUsersOpen] = useState(false);

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
  const session: TeamSession = {
    user,
    openUsers: () => setUsersOpen(true),
    logout: () => void logout().then(() => setUser(null), setError),
  };
  return (
    <TeamSessionContext.Provider value={session}>
      {children}
      {usersOpen && user.role === 'admin' && <UsersPanel me={user.name} onClose={() => setUsersOpen(false)} />}
    </TeamSessionContext.Provider>
  );
}
