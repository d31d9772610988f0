// Online backups: a consistent copy of a database in use, the newest N kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../glossary/store/database.ts';
import { backupOnce } from './backups.ts';

test('backupOnce copies a database that is open for writing, and keeps only the newest N', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-backup-'));
  try {
    const dbPath = path.join(dir, 'live.db');
    const db = openDatabase(dbPath);
    db.exec('CREATE TABLE t (x INTEGER)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 1000; i++) insert.run(i);
    const out = path.join(dir, 'backups');
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push(await backupOnce(dbPath, out, 2));
      insert.run(1000 + i);
      await new Promise((r) => setTimeout(r, 5));
    }
    db.close();
    assert.deepEqual(fs.readdirSync(out).sort(), made.slice(1).map((f) => path.basename(f)));
    const copy = openDatabase(made[2]!);
    assert.equal(copy.prepare('SELECT count(*) FROM t').pluck().get(), 1002);
    copy.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
