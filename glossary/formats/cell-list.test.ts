import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinCellList, splitCellList } from './cell-list.ts';

describe('lists inside one cell', () => {
  const splits: [string, string[]][] = [
    ['专精特新', ['专精特新']],
    ['专精特新; 專精特新', ['专精特新', '專精特新']],
    ['경쟁형 과제|공모형 과제 ; 과제', ['경쟁형 과제', '공모형 과제', '과제']],
    ['; 원음 표기 금지', ['', '원음 표기 금지']],
    ['yes;', ['yes', '']],
    ['中\\;国 \\| 台', ['中;国 | 台']],
    ['C:\\docs\\terms', ['C:\\docs\\terms']],
    ['a\\\\; b', ['a\\', 'b']],
  ];
  for (const [cell, items] of splits) {
    it(`splits ${JSON.stringify(cell)}`, () => assert.deepEqual(splitCellList(cell), items));
  }

  const lists: string[][] = [
    ['R&D; 연구·개발', '"핵심" | 핵심'],
    ['a;b|c\\d', ''],
    ['', 'only second'],
    ['C:\\docs\\terms'],
  ];
  for (const items of lists) {
    it(`joins ${JSON.stringify(items)} so that splitting gives it back`, () => {
      assert.deepEqual(splitCellList(joinCellList(items)), items);
    });
  }

  it('joins a list of empty items to an empty cell', () => assert.equal(joinCellList(['', '']), ''));
});
