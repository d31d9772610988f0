import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from './database.ts';
import { tempDir } from './test-helpers.ts';

test('a connection runs in WAL mode with foreign keys on and a busy timeout', () => {
  const db = openDatabase(path.join(tempDir(), 'p.db'));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(db.pragma('busy_timeout', { simple: true }), 60000);
  db.close();
});

test('DONGHYANG_SQLITE_BINDING chooses the native module (the Electron build)', () => {
  const saved = process.env.DONGHYANG_SQLITE_BINDING;
  try {
    process.env.DONGHYANG_SQLITE_BINDING = path.join(tempDir(), 'missing.node');
    assert.throws(() => openDatabase(path.join(tempDir(), 'x.db')), /missing\.node/);
    const require = createRequire(import.meta.url);
    process.env.DONGHYANG_SQLITE_BINDING = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
    openDatabase(path.join(tempDir(), 'y.db')).close();
  } finally {
    if (saved === undefined) delete process.env.DONGHYANG_SQLITE_BINDING;
    else process.env.DONGHYANG_SQLITE_BINDING = saved;
  }
});
