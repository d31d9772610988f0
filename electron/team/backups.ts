// Scheduled online backups of the team database with SQLite's backup API (better-sqlite3's
// db.backup): a consistent copy taken while the server keeps writing. Each copy is written under a
// temporary name and renamed when complete; only the newest `keep` copies stay.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../glossary/store/database.ts';

export interface BackupOptions {
  dbPath: string;
  dir: string;
  keep: number;
  everyMs: number;
  log?: (line: string) => void;
}

const PREFIX = 'donghyang-';
const SUFFIX = '.db';

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** Takes one backup now; returns its path. */
export async function backupOnce(dbPath: string, dir: string, keep: number): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${PREFIX}${stamp(new Date())}${SUFFIX}`);
  const temp = `${target}.partial`;
  const db = openDatabase(dbPath);
  try {
    await db.backup(temp);
  } finally {
    db.close();
  }
  fs.renameSync(temp, target);
  const copies = fs.readdirSync(dir).filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX)).sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - keep))) fs.rmSync(path.join(dir, old), { force: true });
  return target;
}

/** Backs up now and then every `everyMs`; returns a function that stops the schedule. */
export function scheduleBackups(options: BackupOptions): () => void {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new Error(`--keep must be a whole number of at least 1, got ${options.keep}`);
  const run = () =>
    backupOnce(options.dbPath, options.dir, options.keep).then(
      (file) => options.log?.(`backup written: ${file}`),
      (error: unknown) => console.error(`donghyang team server: backup to ${options.dir} failed: ${(error as Error).message}`),
    );
  void run();
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
