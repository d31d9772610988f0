// Brings a database to the newest schema. Each migration runs in its own transaction together
// with its `PRAGMA user_version` bump, so a failure leaves the file at the last good version.
// Before touching an existing file that holds data, a consistent copy is written next to it.
import type { Db } from './database.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export interface MigrationReport {
  from: number;
  to: number;
  /** The copy written before migrating, or null (new database, or nothing to do). */
  backupPath: string | null;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function hasData(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/** `20240621T101500123Z`: sortable and valid in file names on every system. */
function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function migrate(db: Db, dbPath: string, migrations: readonly Migration[] = MIGRATIONS): MigrationReport {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const from = schemaVersion(db);
  const to = migrations.length;
  if (from > to) {
    throw new Error(`${dbPath}: database schema version ${from} is newer than this program knows (${to}); update Donghyang`);
  }
  if (from === to) return { from, to, backupPath: null };

  let backupPath: string | null = null;
  const onDisk = dbPath !== '' && dbPath !== ':memory:' && !dbPath.startsWith('file::memory:');
  if (onDisk && hasData(db)) {
    backupPath = `${dbPath}.backup-v${from}-${fileTimestamp(new Date())}`;
    // VACUUM INTO writes a consistent, self-contained copy (WAL content included) synchronously.
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  for (const migration of migrations.slice(from)) {
    // IMMEDIATE, and the version read again under the lock: two processes opening one new file
    // at once (the app and the CLI) would otherwise both run it, and the second would fail.
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to, backupPath };
}
