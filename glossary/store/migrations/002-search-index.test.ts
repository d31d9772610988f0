import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { phraseOf } from '../grams.ts';
import { tempDir } from '../test-helpers.ts';
import * as m001 from './001-glossary.ts';
import * as m002 from './002-search-index.ts';

const NOW = '2024-06-21T00:00:00.000Z';

test('002 indexes terms that existed before it ran, for long and short queries', () => {
  const db = openDatabase(path.join(tempDir(), 'v1.db'));
  migrate(db, ':memory:', [m001]);
  const id = db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('policy', ?, ?)").run(NOW, NOW)
    .lastInsertRowid;
  db.prepare("INSERT INTO terms (concept_id, lang, text, folded) VALUES (?, 'zh', '專精特新', '专精特新')").run(id);

  migrate(db, ':memory:', [m001, m002]);
  assert.equal(schemaVersion(db), 2);
  const fts = db.prepare(`SELECT rowid FROM terms_fts WHERE terms_fts MATCH '"精特新"'`).pluck().all();
  assert.equal(fts.length, 1);
  const short = db.prepare('SELECT count(*) FROM terms_short WHERE terms_short MATCH ?').pluck();
  for (const [query, hits] of [['^' + phraseOf('专精'), 1], [phraseOf('精特'), 1], [phraseOf('新'), 1], ['^' + phraseOf('新'), 0], [phraseOf('新专'), 0]] as const) {
    assert.equal(short.get(query), hits, query);
  }
  db.close();
});

test('002 triggers keep the trigram index in step with inserts, updates and deletes', () => {
  const db = openDatabase(path.join(tempDir(), 'v2.db'));
  migrate(db, ':memory:', [m001, m002]);
  const id = db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('place', ?, ?)").run(NOW, NOW)
    .lastInsertRowid;
  const termId = db.prepare("INSERT INTO terms (concept_id, lang, text, folded) VALUES (?, 'zh', '乌兰察布', '乌兰察布')").run(id)
    .lastInsertRowid;
  const match = db.prepare('SELECT count(*) FROM terms_fts WHERE terms_fts MATCH ?').pluck();
  assert.equal(match.get('"兰察布"'), 1);
  db.prepare("UPDATE terms SET text = '呼和浩特', folded = '呼和浩特' WHERE id = ?").run(termId);
  assert.equal(match.get('"兰察布"'), 0);
  assert.equal(match.get('"和浩特"'), 1);
  db.prepare('DELETE FROM concepts WHERE id = ?').run(id);
  assert.equal(match.get('"和浩特"'), 0);
  db.close();
});
