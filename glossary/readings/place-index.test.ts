import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlaceIndex } from './place-index.ts';

function scan(keys: string[], text: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  new PlaceIndex(keys).scan(text, (start, end, id) => out.push([keys[id]!, start, end]));
  return out;
}

test('the longest name at a position wins, and the scan goes on after it', () => {
  assert.deepEqual(scan(['北京', '北京市', '京市'], '在北京市和北京'), [
    ['北京市', 1, 4],
    ['北京', 5, 7],
  ]);
});

test('traditional and full-width forms are folded on the fly; offsets are into the text as written', () => {
  assert.deepEqual(scan(['广州', '南宁市'], '廣州與南寧市'), [
    ['广州', 0, 2],
    ['南宁市', 3, 6],
  ]);
  // A character outside the BMP (two code units) before a name shifts its offsets by two.
  assert.deepEqual(scan(['广州'], '𠀀广州'), [['广州', 2, 4]]);
});

test('a character that folds to several is never part of a name; a one-character key is ignored', () => {
  // ㍻ folds to 平成: no name is found across it, and a name right after it is still found.
  assert.deepEqual(scan(['平成', '广州'], '㍻广州'), [['广州', 1, 3]]);
  assert.deepEqual(scan(['广', '广州'], '广东广州'), [['广州', 2, 4]]);
  assert.deepEqual(scan(['广州'], ''), []);
  assert.deepEqual(scan(['广州'], '广'), []);
});
