import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from './database.ts';
import { MultiRowInsert } from './multi-row.ts';
import { tempDir } from './test-helpers.ts';

test('rows are inserted in order with consecutive ids, in chunks of any size', () => {
  const db = openDatabase(path.join(tempDir(), 'm.db'));
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT, b INTEGER)');
  const insert = new MultiRowInsert(db, 'INSERT INTO t (a, b)', 2);
  assert.equal(insert.run(['x', 0]), 1);
  for (const rows of [301, 256, 7]) {
    const values = Array.from({ length: rows }, (_, i) => [`r${i}`, i]).flat();
    const first = insert.run(values);
    const stored = db.prepare('SELECT id, a, b FROM t WHERE id >= ? ORDER BY id').all(first) as { id: number; a: string; b: number }[];
    assert.equal(stored.length, rows);
    stored.forEach((row, i) => assert.deepEqual(row, { id: first + i, a: `r${i}`, b: i }));
  }
  db.close();
});

test('a value list that does not make whole rows is refused before anything is written', () => {
  const db = openDatabase(path.join(tempDir(), 'm.db'));
  db.exec('CREATE TABLE t (a, b)');
  assert.throws(() => new MultiRowInsert(db, 'INSERT INTO t (a, b)', 2).run([1, 2, 3]), /3 values do not make rows of 2/);
  assert.equal(db.prepare('SELECT count(*) FROM t').pluck().get(), 0);
  db.close();
});
