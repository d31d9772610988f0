import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate } from '../migrate.ts';
import { indexAllTerms } from '../grams.ts';
import { openStore } from '../index.ts';
import { tempDir } from '../test-helpers.ts';
import { MIGRATIONS } from './index.ts';

test('010 drops the trigram index; a glossary stored before it is still found by long and short queries, and edits work', () => {
  const at = MIGRATIONS.findIndex((m) => m.name === 'one-search-index');
  const file = path.join(tempDir(), 'before.db');
  const db = openDatabase(file);
  migrate(db, ':memory:', MIGRATIONS.slice(0, at));
  const now = '2024-06-21T00:00:00.000Z';
  const id = db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('policy', ?, ?)").run(now, now).lastInsertRowid;
  db.prepare("INSERT INTO terms (concept_id, lang, text, folded) VALUES (?, 'zh', '專精特新', '专精特新'), (?, 'ko', '전정특신', '전정특신')").run(id, id);
  indexAllTerms(db); // what the store did for these terms before 010
  db.close();

  const store = openStore(file, { who: 'tester' });
  const tables = store.connection.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'terms_fts%'").pluck().all();
  assert.deepEqual(tables, [], 'no trigram table or trigger is left');
  for (const query of ['專精特新', '精特新', '精特', '전정특', '특신']) assert.equal(store.search(query).total, 1, query);
  // Writing terms no longer touches the dropped table (its triggers are gone with it).
  const concept = store.search('专精特新').hits[0]!.concept;
  store.updateConcept(concept.id, { category: 'policy', terms: [{ lang: 'zh', text: '专精特新' }, { lang: 'ko', text: '전문화·정밀화' }] });
  assert.equal(store.search('전정특신').total, 0);
  assert.equal(store.search('정밀화').total, 1);
  store.deleteConcept(concept.id);
  assert.equal(store.search('精特新').total, 0);
  store.close();
});
