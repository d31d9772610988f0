// The signed-in user in the app's header (team mode): name, role, user management for admins,
// logout. TeamGate provides the session; outside team mode there is none and nothing shows.
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamUser } from '../api/team.ts';

export interface TeamSession {
  user: TeamUser;
  openUsers: () => void;
  logout: () => void;
}

export const TeamSessionContext = createContext<TeamSession | null>(null);

export function TeamMenu() {
  const session = useContext(TeamSessionContext);
  const { t } = useTranslation();
  if (session === null) return null;
  const { user } = session;
  return (
    <span className="team-menu" data-testid="team-bar">
      <span className="team-user" data-testid="team-user">{user.name}</span>
      <span className="team-role">{{ editor: t('team.role.editor'), reviewer: t('team.role.reviewer'), admin: t('team.role.admin') }[user.role]}</span>
      {user.role === 'admin' && (
        <button type="button" className="ghost" onClick={session.openUsers} data-testid="open-users">{t('team.users.title')}</button>
      )}
      <button type="button" className="ghost" onClick={session.logout} data-testid="logout">{t('team.logout')}</button>
    </span>
  );
}
