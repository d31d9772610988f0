// Team accounts in the `users` table: names, roles, scrypt password hashes, disabled flags. The
// hash never leaves this module: listing and lookups return UserInfo only.
import { ROLES, type Role } from '../api.ts';
import type { Db } from '../store/database.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export interface UserInfo {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

interface UserRow {
  id: number;
  name: string;
  role: Role;
  password_hash: string;
  disabled: number;
  created_at: string;
}

const NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

function info(row: UserRow): UserInfo {
  return { id: row.id, name: row.name, role: row.role, disabled: row.disabled === 1, createdAt: row.created_at };
}

export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`role "${role}" is not one of ${ROLES.join(', ')}`);
  return role as Role;
}

/** A stand-in hash for unknown names, so a wrong name costs as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export class Accounts {
  private readonly selectById;

  constructor(private readonly db: Db) {
    this.selectById = db.prepare('SELECT * FROM users WHERE id = ?');
  }

  private row(name: string): UserRow | undefined {
    return this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as UserRow | undefined;
  }

  private require(name: string): UserRow {
    const row = this.row(name);
    if (!row) throw new Error(`no user named "${name}"`);
    return row;
  }

  async add(name: string, role: string, password: string): Promise<UserInfo> {
    if (!NAME.test(name)) throw new Error(`user name "${name}" must be 1–64 letters, digits or . _ @ -`);
    const checked = checkRole(role);
    if (this.row(name)) throw new Error(`a user named "${name}" already exists`);
    const hash = await hashPassword(password);
    const now = new Date().toISOString();
    this.db
      .prepare('INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, checked, hash, now, now);
    return info(this.require(name));
  }

  list(): UserInfo[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as UserRow[]).map(info);
  }

  get(name: string): UserInfo | undefined {
    const row = this.row(name);
    return row && info(row);
  }

  byId(id: number): UserInfo | undefined {
    const row = this.selectById.get(id) as UserRow | undefined;
    return row && info(row);
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM users').pluck().get() as number;
  }

  setRole(name: string, role: string): UserInfo {
    const row = this.require(name);
    this.db.prepare('UPDATE users SET role = ?, updated_at = ? WHERE id = ?').run(checkRole(role), new Date().toISOString(), row.id);
    return info(this.require(name));
  }

  /** Disables (or enables) an account; disabling ends its sessions. */
  setDisabled(name: string, disabled: boolean): UserInfo {
    const row = this.require(name);
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?').run(disabled ? 1 : 0, new Date().toISOString(), row.id);
      if (disabled) this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(row.id);
    })();
    return info(this.require(name));
  }

  /** Sets a new password and ends the user's sessions (a stolen cookie stops working). */
  async resetPassword(name: string, password: string): Promise<UserInfo> {
    const row = this.require(name);
    const hash = await hashPassword(password);
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, new Date().toISOString(), row.id);
      this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(row.id);
    })();
    return info(row);
  }

  /** The user when name and password match an enabled account, else undefined. */
  async verify(name: string, password: string): Promise<UserInfo | undefined> {
    const row = this.row(name);
    if (!row) {
      dummyHash ??= hashPassword('not-a-password-of-anyone');
      await verifyPassword(password, await dummyHash);
      return undefined;
    }
    const ok = await verifyPassword(password, row.password_hash);
    return ok && row.disabled === 0 ? info(row) : undefined;
  }
}
