// Login sessions in SQLite, so they survive a server restart. The cookie holds 32 random bytes;
// the table holds only their SHA-256. A session ends at logout, after 12 hours unused, or when its
// user is disabled or gets a new password.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/database.ts';
import type { UserInfo } from './accounts.ts';
import { Accounts } from './accounts.ts';
import { writeIfFree, writeWhenFree } from './write-when-free.ts';

export const IDLE_LIMIT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often per session (each write is a commit). */
const TOUCH_EVERY_MS = 60 * 1000;

function hashOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

interface SessionRow {
  user_id: number;
  last_seen_at: string;
}

export class Sessions {
  private readonly accounts: Accounts;
  // Prepared once: a lookup runs on every API call and every WebSocket message.
  private readonly selectSession;
  private readonly touchSession;

  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {
    this.accounts = new Accounts(db);
    this.selectSession = db.prepare('SELECT user_id, last_seen_at FROM sessions WHERE id_hash = ?');
    this.touchSession = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?');
  }

  /**
   * Notes that a session was used, unless another connection holds the write lock (an import in the
   * glossary worker): waiting for it (busy_timeout) would stop this thread answering anyone; the
   * next call retries, well within the idle limit.
   */
  private touch(hash: string): void {
    writeIfFree(this.db, () => this.touchSession.run(new Date(this.now()).toISOString(), hash));
  }

  /** A new session for the user; the returned id goes in the cookie and nowhere else. */
  async create(userId: number): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const at = new Date(this.now()).toISOString();
    await writeWhenFree(this.db, () =>
      this.db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(hashOf(id), userId, at, at),
    );
    return id;
  }

  /** The session's user when the session exists, is not idle too long and its user is enabled. */
  lookup(id: string): UserInfo | undefined {
    const hash = hashOf(id);
    const row = this.selectSession.get(hash) as SessionRow | undefined;
    if (!row) return undefined;
    const idle = this.now() - Date.parse(row.last_seen_at);
    if (idle > IDLE_LIMIT_MS) {
      void this.end(id);
      return undefined;
    }
    const user = this.accounts.byId(row.user_id);
    if (!user || user.disabled) return undefined;
    if (idle > TOUCH_EVERY_MS) this.touch(hash);
    return user;
  }

  async end(id: string): Promise<void> {
    await writeWhenFree(this.db, () => this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(hashOf(id)));
  }

  /** Removes sessions idle past the limit (run now and then; lookups refuse them anyway). */
  sweep(): Promise<number> {
    const cutoff = new Date(this.now() - IDLE_LIMIT_MS).toISOString();
    return writeWhenFree(this.db, () => this.db.prepare('DELETE FROM sessions WHERE last_seen_at < ?').run(cutoff).changes);
  }
}
