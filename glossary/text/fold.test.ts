import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldWithOffsets } from './fold.ts';

test('traditional and simplified spellings of a term fold to one key', () => {
  assert.equal(fold('專精特新'), fold('专精特新'));
  assert.equal(fold('亿華通'), '亿华通');
  assert.equal(fold('國鴻氢能'), fold('国鸿氢能'));
  assert.equal(fold('靑海'), fold('青海'));
});

test('full-width letters, digits and punctuation fold to half width and lower case', () => {
  assert.equal(fold('ＡＩ（１２３）'), 'ai(123)');
  assert.equal(fold('CATL'), 'catl');
});

test('Korean text is left as it is', () => {
  assert.equal(fold('전정특신'), '전정특신');
});

test('offsets map folded matches back to the original text', () => {
  const text = 'ＡＢ專精特新와 ㈱';
  const { folded, toOriginal } = foldWithOffsets(text);
  const at = folded.indexOf('专精特新');
  assert.equal(text.slice(toOriginal[at], toOriginal[at + 4]), '專精特新');
  // ㈱ folds to three characters "(株)" that all point back to the one original character.
  const paren = folded.indexOf('(株)');
  assert.equal(text.slice(toOriginal[paren], toOriginal[paren + 3]), '㈱');
  assert.equal(toOriginal[folded.length], text.length);
});
