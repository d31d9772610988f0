import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FirstByHash, NumberColumn, TextColumn } from './entry-columns.ts';
import { hash53 } from './importer-planner.ts';

test('a number column grows past its first capacity and reads unset cells as its empty value', () => {
  const lines = new NumberColumn(Int32Array, -1);
  lines.set(0, 2);
  lines.set(5000, 5002);
  assert.equal(lines.get(0), 2);
  assert.equal(lines.get(4999), -1, 'a skipped entry has no line');
  assert.equal(lines.get(5000), 5002);
  assert.equal(lines.get(9_999_999), -1, 'past the end');
  assert.equal(lines.length, 5001);
  const hashes = new NumberColumn(Float64Array, -1);
  hashes.push(hash53('专精特新'));
  assert.equal(hashes.get(0), hash53('专精特新'), 'a 53-bit hash survives as a double');
});

test('a text column gives back every entry\'s Korean as written, including empty and skipped ones', () => {
  const korean = new TextColumn();
  const written = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? '' : `전정특신${i}\u0000경쟁형 과제`));
  written.forEach((text, i) => korean.set(i, text));
  korean.set(30_005, '𠀋 확장 한자');
  for (const i of [0, 1, 6, 7, 8, 29_999]) assert.equal(korean.get(i), written[i]);
  assert.equal(korean.get(30_002), '', 'an entry never set');
  assert.equal(korean.get(30_005), '𠀋 확장 한자', 'surrogate pairs stay whole');
  assert.equal(korean.get(40_000), '');
});

test('the first entry per Chinese key is found by its hash among 200,000 keys, and a replaced one reads back', () => {
  const first = new FirstByHash();
  for (let i = 0; i < 200_000; i++) first.set(hash53(`术语${i}`), i);
  for (const i of [0, 1, 65_535, 199_999]) assert.equal(first.get(hash53(`术语${i}`)), i);
  assert.equal(first.get(hash53('没有的词')), undefined);
  assert.equal(first.has(hash53('术语5')), true);
  first.set(hash53('术语5'), 7);
  assert.equal(first.get(hash53('术语5')), 7);
});
