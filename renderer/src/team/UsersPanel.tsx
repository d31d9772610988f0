// The admin's user management (team mode): every account with its role and state, a form to add one,
// and per user: change the role, disable or enable, set a new password. Passwords are typed here and
// sent once; the server never sends one back. Each change is applied at once and the list reloaded.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserInfo } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useEscape } from '../shell/useEscape.ts';

const ROLE_CHOICES: Role[] = ['editor', 'reviewer', 'admin'];

function RoleSelect({ value, onChange, testId }: { value: Role; onChange: (role: Role) => void; testId: string }) {
  const { t } = useTranslation();
  const names: Record<Role, string> = { editor: t('team.role.editor'), reviewer: t('team.role.reviewer'), admin: t('team.role.admin') };
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as Role)} data-testid={testId}>
      {ROLE_CHOICES.map((role) => (
        <option key={role} value={role}>{names[role]}</option>
      ))}
    </select>
  );
}

/** Sets a new password for one user: the field shows on demand and empties after sending. */
function ResetPassword({ user, run }: { user: UserInfo; run: (work: () => Promise<unknown>) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  if (!open) {
    return <button type="button" className="ghost" onClick={() => setOpen(true)} data-testid={`reset-${user.name}`}>{t('team.users.reset')}</button>;
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = password;
    setPassword('');
    if (await run(() => api.resetPassword({ name: user.name, password: sent }))) setOpen(false);
  };
  return (
    <form className="users-reset" onSubmit={(e) => void submit(e)}>
      <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder={t('team.users.newPassword')} data-testid={`reset-password-${user.name}`} required />
      <button type="submit" className="primary" data-testid={`reset-submit-${user.name}`}>{t('team.users.set')}</button>
      <button type="button" className="ghost" onClick={() => setOpen(false)}>{t('team.cancel')}</button>
    </form>
  );
}

export function UsersPanel({ me, onClose }: { me: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<UserInfo[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [password, setPassword] = useState('');

  useEscape(onClose);
  const reload = useCallback(() => api.listUsers().then(setUsers, setError), []);
  useEffect(() => void reload(), [reload]);

  /** Runs one change; on success the list is reloaded and a notice says it was done. */
  const run = useCallback(async (work: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    setNotice(null);
    try {
      await work();
      setNotice(t('team.users.done'));
      await reload();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  }, [reload, t]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const sent = password;
    setPassword('');
    if (await run(() => api.addUser({ name: name.trim(), role, password: sent }))) setName('');
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="users-title" onClick={onClose}>
      <section className="dialog wide users-panel" data-testid="users-panel" onClick={(event) => event.stopPropagation()}>
        <header>
          <h2 id="users-title">{t('team.users.title')}</h2>
          <button type="button" className="ghost" onClick={onClose} data-testid="users-close">{t('common.close')}</button>
        </header>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        {notice && <p className="muted" role="status" data-testid="users-notice">{notice}</p>}
        <table className="users-table">
          <thead>
            <tr><th>{t('team.user')}</th><th>{t('team.users.role')}</th><th>{t('team.users.state')}</th><th>{t('team.password')}</th></tr>
          </thead>
          <tbody>
            {users?.map((user) => (
              <tr key={user.id} data-testid={`user-row-${user.name}`} className={user.disabled ? 'disabled' : undefined}>
                <td>{user.name}{user.name === me && <span className="muted"> ({t('team.users.you')})</span>}</td>
                <td><RoleSelect value={user.role} onChange={(next) => void run(() => api.setUserRole({ name: user.name, role: next }))} testId={`role-${user.name}`} /></td>
                <td>
                  <span data-testid={`state-${user.name}`}>{user.disabled ? t('team.users.disabled') : t('team.users.active')}</span>{' '}
                  {user.name !== me && (
                    <button type="button" className="ghost" onClick={() => void run(() => api.setUserDisabled({ name: user.name, disabled: !user.disabled }))} data-testid={`toggle-${user.name}`}>
                      {user.disabled ? t('team.users.enable') : t('team.users.disable')}
                    </button>
                  )}
                </td>
                <td><ResetPassword user={user} run={run} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="users-add" onSubmit={(e) => void add(e)} data-testid="users-add">
          <h3>{t('team.users.add')}</h3>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('team.user')} autoComplete="off" data-testid="add-name" required />
          <RoleSelect value={role} onChange={setRole} testId="add-role" />
          <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder={t('team.password')} data-testid="add-password" required />
          <button type="submit" className="primary" data-testid="add-submit">{t('team.users.add')}</button>
        </form>
      </section>
    </div>
  );
}
