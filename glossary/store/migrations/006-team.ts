// Team mode: accounts, login sessions (so they survive a server restart) and the log of article
// state changes (who approved, and whether they confirmed open errors or comments).
import type { Db } from '../database.ts';

export const version = 6;
export const name = 'team';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE users (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
      role          TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
      password_hash TEXT NOT NULL,
      disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    );

    -- id_hash: SHA-256 of the cookie's value, so a copy of the database opens no session.
    CREATE TABLE sessions (
      id_hash      TEXT PRIMARY KEY,
      user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at   TEXT NOT NULL,
      last_seen_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX sessions_user ON sessions(user_id);

    -- reason: 'set' (someone chose the state) or 'edited' (an edit sent an approved article back).
    CREATE TABLE article_events (
      id                 INTEGER PRIMARY KEY AUTOINCREMENT,
      article_id         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      at                 TEXT NOT NULL,
      who                TEXT NOT NULL,
      from_state         TEXT NOT NULL,
      to_state           TEXT NOT NULL,
      reason             TEXT NOT NULL CHECK (reason IN ('set', 'edited')),
      confirmed_errors   INTEGER NOT NULL DEFAULT 0,
      confirmed_comments INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX article_events_article ON article_events(article_id, id);
  `);
}
