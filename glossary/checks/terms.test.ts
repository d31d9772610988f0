import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from './engine.ts';
import { termFamily } from './terms.ts';
import { TEST_GLOSSARY, testRecognizer } from './terms-test-glossary.ts';
import { buildRecognizer } from '../match/index.ts';

const recognizer = testRecognizer();

function check(draft: string, sources: string[] = []) {
  return runChecks([termFamily], { draft, sources, recognizer, archive: [] }).map((f) => ({
    rule: f.rule,
    text: f.text,
    suggestion: f.suggestion,
  }));
}

test('term-forbidden: a deprecated or forbidden rendering, with the preferred one as suggestion', () => {
  const cases: [string, { rule: string; text: string; suggestion?: string }[]][] = [
    ['위화퉁은 수소 기업이다.', [{ rule: 'term-forbidden', text: '위화퉁', suggestion: '이화퉁' }]],
    ['성도시는 계획을 발표했다.', [{ rule: 'term-forbidden', text: '성도', suggestion: '청두' }]],
    ['이화퉁과 청두는 문제없다.', []],
    // 성도리 is another word: the deprecated 성도 is not in it.
    ['성도리 마을', []],
  ];
  for (const [draft, expected] of cases) assert.deepEqual(check(draft), expected, draft);
});

test('term-forbidden: the message names the concept and the preferred rendering in both languages', () => {
  const [finding] = runChecks([termFamily], { draft: '위화퉁', sources: [], recognizer, archive: [] });
  assert.equal(finding?.message.en, "'위화퉁' is a forbidden rendering of 亿华通; use '이화퉁'.");
  assert.match(finding!.message.ko, /금지된 표기.*이화퉁/u);
  assert.equal(finding?.severity, 'error');
});

test('term-mismatch: Hangul before (漢字) that is not an allowed rendering of the glossary term', () => {
  const cases: [string, { rule: string; text: string; suggestion?: string }[]][] = [
    ['궈퓨청능(國富氫能)은 저장 기업', [{ rule: 'term-mismatch', text: '궈퓨청능', suggestion: '궈푸칭넝' }]],
    // A near miss is left to term-typo (terms-typo.test.ts).
    ['궈푸칭녕(國富氫能)은 저장 기업', []],
    ['궈푸칭넝(國富氫能)은 저장 기업', []],
    // Either script, a space before the parenthesis, and admitted renderings are fine.
    ['이치자동차 (一汽), 이치(一汽)', []],
    // A suffix on both sides: 청두시 renders 成都市 when 成都 is 청두.
    ['청두시(成都市)는', []],
    ['쓰촨성(四川省)과 쓰촨성(四川)', []],
    ['베이두시(成都市)는', [{ rule: 'term-mismatch', text: '베이두시', suggestion: '청두시' }]],
    ['제일자동차(一汽)', [{ rule: 'term-mismatch', text: '제일자동차', suggestion: '이치자동차' }]],
    // A multi-word rendering ends at the parenthesis.
    ['경쟁형 과제(揭榜制)를 도입', []],
    ['공모 과제(揭榜制)를 도입', [{ rule: 'term-mismatch', text: '공모 과제', suggestion: '경쟁형 과제' }]],
    // The span and the fix cover the whole rendering of several words (not only its last word).
    ["'공개 경쟁 수행 방식(揭榜制)' 도입", [{ rule: 'term-mismatch', text: '공개 경쟁 수행 방식', suggestion: '경쟁형 과제' }]],
    // Not in the glossary: no opinion here (transcription and consistency rules look at it).
    ['룽지칭넝(隆基氫能)', []],
    // A forbidden rendering in a pair is reported once, by term-forbidden.
    ['위화퉁(亿華通)', [{ rule: 'term-forbidden', text: '위화퉁', suggestion: '이화퉁' }]],
  ];
  for (const [draft, expected] of cases) assert.deepEqual(check(draft), expected, draft);
});

test('term-missing: one info finding per source concept the draft never renders, pointing at the source', () => {
  const draft = '중국, 전고체 배터리에 투자\n- 이치자동차 등 6개 기업 지원';
  const sources = ['工信部支持一汽、卫蓝等企业研发固态电池。卫蓝与國鴻氢能合作。'];
  const findings = runChecks([termFamily], { draft, sources, recognizer, archive: [] });
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity, f.suggestion, f.text, f.source]),
    [
      ['term-missing', 'info', '웨이란', '', { index: 0, start: 8, end: 10, title: '工信部支持一汽、卫蓝等企业研发固态电池。卫蓝与國鴻氢能合作。', line: 1 }],
      ['term-missing', 'info', '궈훙칭넝', '', { index: 0, start: 23, end: 27, title: '工信部支持一汽、卫蓝等企业研发固态电池。卫蓝与國鴻氢能合作。', line: 1 }],
    ],
  );
  assert.equal(findings[1]!.message.en, "國鴻氢能 (source 1, 工信部支持一汽、卫蓝等企业研发固态电池。卫蓝与國鴻氢能合作。, line 1) does not appear in the draft; glossary rendering: '궈훙칭넝'.");
});

test('term-missing: a term named only in a pair (even misspelt) is not missing', () => {
  const findings = check('궈퓨청능(国富氢能) 출시', ['国富氢能推出液氢储罐']);
  assert.deepEqual(findings.map((f) => f.rule), ['term-mismatch']);
});

test('term-missing: concepts sharing a Chinese term are rendered by either rendering, and reported once', () => {
  const shared = buildRecognizer([
    ...TEST_GLOSSARY,
    { id: 100, category: 'company', zh: ['华能'], ko: [{ text: '화넝', status: 'preferred', established: false }], note: null },
    { id: 101, category: 'organization', zh: ['华能'], ko: [{ text: '화능그룹', status: 'preferred', established: false }], note: null },
  ]);
  const missing = (draft: string) =>
    runChecks([termFamily], { draft, sources: ['华能集团投资青海风电。'], recognizer: shared, archive: [] })
      .filter((f) => f.rule === 'term-missing')
      .map((f) => f.suggestion);
  assert.deepEqual(missing('화능그룹이 칭하이 풍력에 투자'), [], 'the second concept of 华能 is rendered');
  assert.deepEqual(missing('화넝이 칭하이 풍력에 투자'), [], 'the first concept of 华能 is rendered');
  assert.deepEqual(missing('그룹이 칭하이 풍력에 투자'), ['화넝'], 'neither: one finding for the one term');
});
