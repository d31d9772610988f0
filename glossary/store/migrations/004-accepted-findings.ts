// Findings of the checks that a reviewer accepted (suppressed), by their stable suppression key.
import type { Db } from '../database.ts';

export const version = 4;
export const name = 'accepted-findings';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE accepted_findings (
      key         TEXT PRIMARY KEY,
      rule        TEXT NOT NULL,
      text        TEXT NOT NULL,
      accepted_at TEXT NOT NULL,
      who         TEXT NOT NULL
    ) WITHOUT ROWID;
  `);
}
