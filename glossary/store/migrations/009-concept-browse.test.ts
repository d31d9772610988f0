import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate } from '../migrate.ts';
import { tempDir } from '../test-helpers.ts';
import { MIGRATIONS } from './index.ts';

const NOW = '2024-06-21T00:00:00.000Z';

test('009 adds pinyin and fills the sort keys of concepts stored before it', () => {
  const at = MIGRATIONS.findIndex((m) => m.name === 'concept-browse');
  const db = openDatabase(path.join(tempDir(), 'before.db'));
  migrate(db, ':memory:', MIGRATIONS.slice(0, at));
  const id = db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('company', ?, ?)").run(NOW, NOW).lastInsertRowid;
  const term = db.prepare('INSERT INTO terms (concept_id, lang, text, folded, status, position) VALUES (?, ?, ?, ?, ?, ?)');
  term.run(id, 'zh', '亿华通', '亿华通', 'preferred', 0);
  term.run(id, 'zh-Hant', '億華通', '亿华通', 'preferred', 1);
  term.run(id, 'ko', '위화퉁', '위화퉁', 'deprecated', 3);
  term.run(id, 'ko', '이화퉁', '이화퉁', 'admitted', 2);
  db.prepare("INSERT INTO concepts (category, created_at, updated_at) VALUES ('other', ?, ?)").run(NOW, NOW);
  migrate(db, ':memory:', MIGRATIONS.slice(0, at + 1));
  const rows = db.prepare('SELECT pinyin, zh_sort, ko_sort, status_rank, status_mask FROM concepts ORDER BY id').all();
  assert.deepEqual(rows, [
    { pinyin: null, zh_sort: '亿华通, 億華通', ko_sort: '이화퉁, 위화퉁', status_rank: 1, status_mask: 1 | 2 | 4 },
    { pinyin: null, zh_sort: '', ko_sort: '', status_rank: 4, status_mask: 0 },
  ]);
  // A sorted page walks an index.
  const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM concepts ORDER BY ko_sort, id LIMIT 100 OFFSET 500").all() as { detail: string }[];
  assert.match(plan.map((p) => p.detail).join('\n'), /USING (COVERING )?INDEX concepts_by_ko/);
  db.close();
});
