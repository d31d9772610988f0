// Notices commits made by other connections to the same database (the CLI, a second app): SQLite's
// data_version moves then, and only then (a connection's own commits leave it alone).
import type { Db } from './database.ts';

export class OtherWriters {
  private readonly read: () => number;
  private seen: number;

  constructor(db: Db) {
    const statement = db.prepare('PRAGMA data_version').pluck();
    this.read = () => statement.get() as number;
    this.seen = this.read();
  }

  /** Whether another connection committed since the last call. */
  committed(): boolean {
    const now = this.read();
    if (now === this.seen) return false;
    this.seen = now;
    return true;
  }
}
