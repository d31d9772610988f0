import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openDatabase } from './database.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import { openStore } from './store.ts';
import { tempDir } from './test-helpers.ts';

test('a new database gets every migration and no backup', () => {
  const dir = tempDir();
  const store = openStore(path.join(dir, 'new.db'));
  assert.equal(store.migration.from, 0);
  assert.equal(store.migration.to, MIGRATIONS.length);
  assert.equal(store.migration.backupPath, null);
  store.close();
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('backup')), []);
});

test('an existing database with data is copied before it is migrated, and the copy opens', () => {
  const dir = tempDir();
  const file = path.join(dir, 'old.db');
  const old = openDatabase(file);
  migrate(old, file, MIGRATIONS.slice(0, 1));
  old.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('place', 'then', 'then')").run();
  old.close();

  const store = openStore(file);
  const backup = store.migration.backupPath;
  assert.ok(backup, 'a backup path is reported');
  assert.match(path.basename(backup), /^old\.db\.backup-v1-\d{8}T\d{9}Z$/);
  assert.equal(store.counts().concepts, 1);
  store.close();

  const copy = new Database(backup, { readonly: true, fileMustExist: true });
  assert.equal(copy.pragma('user_version', { simple: true }), 1);
  assert.equal(copy.prepare('SELECT count(*) FROM concepts').pluck().get(), 1);
  copy.close();
});

test('reopening an up-to-date database writes no backup', () => {
  const dir = tempDir();
  const file = path.join(dir, 'same.db');
  openStore(file).close();
  const again = openStore(file);
  assert.equal(again.migration.backupPath, null);
  again.close();
});

test('a database from a newer program is refused with its version', () => {
  const file = path.join(tempDir(), 'future.db');
  const db = openDatabase(file);
  db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  db.close();
  assert.throws(() => openStore(file), new RegExp(`schema version ${MIGRATIONS.length + 1} is newer`));
});

test('a failing migration leaves the database at the last good version', () => {
  const db = openDatabase(path.join(tempDir(), 'fail.db'));
  const broken: Migration = {
    version: 2,
    name: 'broken',
    up(d) {
      d.exec('CREATE TABLE half_done (x)');
      throw new Error('disk full');
    },
  };
  assert.throws(() => migrate(db, ':memory:', [MIGRATIONS[0]!, broken]), /disk full/);
  assert.equal(schemaVersion(db), 1);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get(), 0);
  db.close();
});
