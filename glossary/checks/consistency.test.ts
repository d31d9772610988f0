import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { ArchivedRendering } from './types.ts';
import { runChecks } from './engine.ts';
import { consistencyFamily } from './consistency.ts';
import { testRecognizer } from './terms-test-glossary.ts';
import { buildRecognizer } from '../match/index.ts';

const recognizer = testRecognizer();

function check(draft: string, archive: ArchivedRendering[] = [], r = recognizer) {
  return runChecks([consistencyFamily], { draft, sources: [], recognizer: r, archive }).map(
    (f) => `${f.messageKey}:${f.text}→${f.suggestion}`,
  );
}

test('inconsistent-rendering: one Chinese name, several Hangul forms in the draft', () => {
  const cases: [string, string[]][] = [
    // Majority wins, either script.
    ['룽지칭넝(隆基氫能), 룽지칭넝(隆基氢能), 룽치칭넝(隆基氢能)', ['draft:룽치칭넝→룽지칭넝']],
    // Tie: the official transcription decides.
    ['미윈(密云) 그리고 미운(密雲)', ['draft:미운→미윈']],
    // Suffixes do not make a difference (성/省, a Korean word after the name).
    ['장쑤성(江苏省)과 장쑤(江苏)', []],
    ['웨이란(卫蓝) 신에너지, 웨이란(卫蓝)', []],
    // Glossary names are the term rules' business (term-mismatch knows the approved form).
    ['청두(成都), 청뚜(成都)', []],
  ];
  for (const [draft, expected] of cases) assert.deepEqual(check(draft), expected, draft);
});

test('inconsistent-rendering: against past issues', () => {
  const archive: ArchivedRendering[] = [
    { zh: '隆基氢能', ko: '룽지칭넝', issue: '2024-05-31' },
    { zh: '密云', ko: '미윈구', issue: '2024-06-07' },
  ];
  assert.deepEqual(check('룽지칭녕(隆基氫能)과 미윈(密云)', archive), ['archive:룽지칭녕→룽지칭넝']);
  const [finding] = runChecks([consistencyFamily], { draft: '룽지칭녕(隆基氫能)', sources: [], recognizer, archive });
  assert.equal(finding?.message.en, "隆基氫能 was written '룽지칭넝' in past issues (2024-05-31), not '룽지칭녕'.");
});

test('inconsistent-rendering: one character written differently across names (majority of names)', () => {
  // 鸿 훙 in two names, 홍 in a third: the odd syllable is flagged, not the whole name.
  const draft = '궈훙칭넝(國鴻氢能), 훙하이(鸿海), 홍다(鸿达)';
  assert.deepEqual(check(draft), ['character:홍→훙']);
  const [finding] = runChecks([consistencyFamily], { draft, sources: [], recognizer: buildRecognizer([]), archive: [] });
  assert.equal(finding?.message.en, "鸿 is written '훙' in other names (2×) but '홍' in 鸿达.");
  // A name repeated does not outvote: 홍다 twice against 훙하이 once is a tie, the official 훙 wins.
  assert.deepEqual(check('훙하이(鸿海), 홍다(鸿达), 홍다(鸿达)'), ['character:홍→훙', 'character:홍→훙']);
  // Polyphones may rightly differ by word: 重庆 충칭, 重联 중롄.
  assert.deepEqual(check('충칭(重慶), 중롄(重聯), 충수(重塑)'), []);
});

test('inconsistent-rendering: the sample issue', () => {
  const sample = fs.readFileSync(new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url), 'utf8');
  // 녕→넝: 能 has several readings (néng, nài), but 녕 transcribes none; the other names write 칭넝.
  assert.deepEqual(check(sample, [], buildRecognizer([])), ['character:녕→넝', 'character:부→푸', 'character:강→장']);
});
