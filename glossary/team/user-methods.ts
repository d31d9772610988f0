// The admin's user management as service methods (team mode's admin screen), the same operations as
// the `donghyang user …` commands. Passwords go in, never out: every answer is UserInfo. The last
// enabled admin cannot be demoted or disabled, so a team cannot lock itself out of its own server.
import type { DonghyangApi } from '../api.ts';
import type { Accounts, UserInfo } from './accounts.ts';
import { currentCaller } from './caller.ts';
import { InputError } from '../errors.ts';

export type UserMethods = Pick<DonghyangApi, 'listUsers' | 'addUser' | 'setUserRole' | 'setUserDisabled' | 'resetPassword'>;

function refuse(message: string): never {
  throw new InputError('users', message);
}

/** Runs an account operation; its plain errors (unknown name, short password) reach the user as input errors. */
async function asInput<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.constructor === Error) refuse(error.message);
    throw error;
  }
}

export function userMethods(accounts: Accounts): UserMethods {
  /** Whether `name` is the only enabled admin left. */
  const lastAdmin = (name: string): boolean => {
    const admins = accounts.list().filter((u) => u.role === 'admin' && !u.disabled);
    return admins.length === 1 && admins[0]!.name === name;
  };
  const existing = (name: string): UserInfo => accounts.get(name) ?? refuse(`no user named "${name}"`);
  return {
    async listUsers() {
      return accounts.list();
    },
    async addUser({ name, role, password }) {
      return asInput(() => accounts.add(name, role, password));
    },
    async setUserRole({ name, role }) {
      const user = existing(name);
      if (user.role === 'admin' && role !== 'admin' && lastAdmin(name)) refuse(`${name} is the last admin: make another user admin first`);
      return asInput(() => accounts.setRole(name, role));
    },
    async setUserDisabled({ name, disabled }) {
      existing(name);
      if (disabled && currentCaller()?.name === name) refuse('you cannot disable your own account');
      if (disabled && lastAdmin(name)) refuse(`${name} is the last admin: make another user admin first`);
      return asInput(() => accounts.setDisabled(name, disabled));
    },
    async resetPassword({ name, password }) {
      existing(name);
      return asInput(() => accounts.resetPassword(name, password));
    },
  };
}
