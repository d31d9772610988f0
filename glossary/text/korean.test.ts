import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, splitParticles, splitTail, stemsOf, toJamo } from './korean.ts';

test('particle chains split into their particles; anything else is not a tail', () => {
  const cases: [string, string[] | null][] = [
    ['', []],
    ['는', ['는']],
    ['에서는', ['에서', '는']],
    ['으로부터', ['으로', '부터']],
    ['과의', ['과', '의']],
    ['이라는', ['이라는']],
    ['까지도', ['까지', '도']],
    ['리', null],
    ['시는', null],
    ['대학교', null],
  ];
  for (const [tail, expected] of cases) assert.deepEqual(splitParticles(tail), expected, tail);
});

test('a tail is particles, or a name suffix followed by particles', () => {
  const cases: [string, { suffix: string; particles: string[] } | null][] = [
    ['의', { suffix: '', particles: ['의'] }],
    ['시는', { suffix: '시', particles: ['는'] }],
    ['기업', { suffix: '기업', particles: [] }],
    ['대학교에서', { suffix: '대학교', particles: ['에서'] }],
    ['그룹과의', { suffix: '그룹', particles: ['과', '의'] }],
    ['자동차를', { suffix: '자동차', particles: ['를'] }],
    ['리', null],
    ['시장', null],
    ['스', null],
  ];
  for (const [tail, expected] of cases) assert.deepEqual(splitTail(tail), expected, tail);
});

test('stemsOf lists the whole word and every stem with a valid tail', () => {
  assert.deepEqual(
    stemsOf('청두시는').map((s) => s.stem),
    ['청두시는', '청두시', '청두'],
  );
  assert.deepEqual(stemsOf('청두리').map((s) => s.stem), ['청두리']);
});

test('jamo decomposition makes a vowel slip one edit apart', () => {
  assert.equal(toJamo('녕').length, 3);
  assert.equal(toJamo('가A'), '\u1100\u1161A');
  assert.equal(editDistance(toJamo('궈푸칭녕'), toJamo('궈푸칭넝'), 2), 1);
  assert.equal(editDistance(toJamo('궈훙'), toJamo('궈홍'), 2), 1);
  assert.equal(editDistance(toJamo('청두'), toJamo('베이징'), 2), 3);
  assert.equal(editDistance('abc', 'abc', 0), 0);
});
