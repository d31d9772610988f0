import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { tempDir } from '../test-helpers.ts';
import * as m001 from './001-glossary.ts';

function v1() {
  const db = openDatabase(path.join(tempDir(), 'v1.db'));
  migrate(db, ':memory:', [m001]);
  return db;
}

const NOW = '2024-06-21T00:00:00.000Z';

test('001 creates the glossary tables at version 1', () => {
  const db = v1();
  assert.equal(schemaVersion(db), 1);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
  assert.deepEqual(tables, ['concepts', 'history', 'sqlite_sequence', 'store_meta', 'terms']);
  db.close();
});

test('001 rejects an unknown category, an empty term and a term of a missing concept', () => {
  const db = v1();
  assert.throws(
    () => db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('animal', ?, ?)").run(NOW, NOW),
    /CHECK constraint failed/,
  );
  const id = db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('place', ?, ?)").run(NOW, NOW)
    .lastInsertRowid;
  assert.throws(
    () => db.prepare("INSERT INTO terms (concept_id, lang, text, folded) VALUES (?, 'ko', '  ', 'x')").run(id),
    /CHECK constraint failed/,
  );
  assert.throws(
    () => db.prepare("INSERT INTO terms (concept_id, lang, text, folded) VALUES (999, 'ko', '청두', '청두')").run(),
    /FOREIGN KEY constraint failed/,
  );
  db.close();
});

test('001 deletes the terms of a deleted concept but keeps its history', () => {
  const db = v1();
  const id = db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('place', ?, ?)").run(NOW, NOW)
    .lastInsertRowid;
  db.prepare("INSERT INTO terms (concept_id, lang, text, folded) VALUES (?, 'zh', '成都', '成都')").run(id);
  db.prepare("INSERT INTO history (concept_id, at, who, action) VALUES (?, ?, 'tester', 'create')").run(id, NOW);
  db.prepare('DELETE FROM concepts WHERE id = ?').run(id);
  assert.equal(db.prepare('SELECT count(*) FROM terms').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM history').pluck().get(), 1);
  db.close();
});

test('001 never reuses the id of a deleted concept (its history stays its own)', () => {
  const db = v1();
  const insert = db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('place', ?, ?)");
  const first = insert.run(NOW, NOW).lastInsertRowid;
  db.prepare('DELETE FROM concepts WHERE id = ?').run(first);
  assert.notEqual(insert.run(NOW, NOW).lastInsertRowid, first);
  db.close();
});
