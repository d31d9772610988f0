// The consistency pairs of place names (issue 11): 州 주/저우 and 京 경/징 are two spellings of one
// place in Korean text; 山 is 산 either way, so it never makes a pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mixedPlaceSpellings, placeByHanjaReading } from './place-consistency.ts';

const wholeWord = (word: string) => [{ stem: word }];

test('州 and 京: the old Sino-Korean reading names the place the transcription names', () => {
  assert.equal(placeByHanjaReading('항주')?.koShort, '항저우');
  assert.equal(placeByHanjaReading('남경')?.koShort, '난징');
  assert.equal(placeByHanjaReading('북경')?.koShort, '베이징');
  // Korean cities keep their own name: 광주 is Gwangju, not 广州.
  assert.equal(placeByHanjaReading('광주'), undefined);
  const mixed = mixedPlaceSpellings('항저우 기업 항주 대학', wholeWord);
  assert.deepEqual(mixed.map((m) => [m.found, m.expected, m.start]), [['항주', '항저우', 7]]);
  // One spelling alone is no inconsistency.
  assert.deepEqual(mixedPlaceSpellings('항주 대학', wholeWord), []);
});

test('山 is 산 in both readings: no place gives a pair through 山', () => {
  assert.equal(placeByHanjaReading('산서'), undefined);
  assert.equal(placeByHanjaReading('산동'), undefined);
  assert.deepEqual(mixedPlaceSpellings('산시 산서 산둥 산동 중산 창산', wholeWord), []);
});
