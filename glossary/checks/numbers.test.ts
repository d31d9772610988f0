// number-mismatch: each case is a draft and its Chinese sources, with the findings a user sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberRules } from './numbers.ts';
import { check, context, summary } from './numbers-testkit.ts';

const cases: { name: string; draft: string; sources: string[]; expected: ReturnType<typeof summary> }[] = [
  {
    name: '万亿 written as 억: flagged with the 조 amount',
    draft: '중앙정부는 1.5억 위안을 투입한다.',
    sources: ['中央财政投入1.5万亿元。'],
    expected: [{ rule: 'number-mismatch', severity: 'error', text: '1.5억 위안', suggestion: '1.5조 위안' }],
  },
  {
    name: '亿 written as 만 (one significant digit, both at least 만)',
    draft: '총 3만 위안 규모',
    sources: ['总规模3亿元'],
    expected: [{ rule: 'number-mismatch', severity: 'error', text: '3만 위안', suggestion: '3억 위안' }],
  },
  {
    name: 'traditional source, counter 家 ↔ 개, ×10^4',
    draft: '중소기업 1,200만 개 육성',
    sources: ['培育中小企業1200家'],
    expected: [{ rule: 'number-mismatch', severity: 'error', text: '1,200만 개', suggestion: '1,200개' }],
  },
  {
    name: 'a number equal to a source number is fine',
    draft: '60억 위안(약 1조 원)을 투자',
    sources: ['投入60亿元'],
    expected: [],
  },
  {
    name: 'a number that does not occur in the source is not flagged',
    draft: '1,700억 위안 달성',
    sources: ['投入60亿元'],
    expected: [],
  },
  {
    name: 'different kinds do not match (元 vs 개)',
    draft: '1.5억 개',
    sources: ['1.5万亿元'],
    expected: [],
  },
  {
    name: 'one significant digit below 만 is too common to call a slip (一个 vs 1만 개)',
    draft: '1만 개',
    sources: ['建设一个平台'],
    expected: [],
  },
  {
    name: 'years and labels are never compared',
    draft: "'23년 기준",
    sources: ['2023年'],
    expected: [],
  },
  {
    name: 'percent with a misplaced decimal point',
    draft: '성장률 1.5%',
    sources: ['增长15%'],
    expected: [{ rule: 'number-mismatch', severity: 'error', text: '1.5%', suggestion: '15%' }],
  },
];

for (const c of cases) {
  test(`number-mismatch: ${c.name}`, () => {
    assert.deepEqual(summary(check(numberRules, context(c.draft, { sources: c.sources }))), c.expected);
  });
}

test('number-mismatch points at the evidence in the right source, with line, column and message', () => {
  const draft = '요약\n중앙정부는 1.5억 위안을 투입한다.';
  const sources = ['无关', '根据通知，中央财政投入1.5萬億元。'];
  const [finding] = check(numberRules, context(draft, { sources }));
  assert.ok(finding);
  assert.equal(finding.line, 2);
  assert.equal(finding.column, 7);
  assert.deepEqual(finding.source, { index: 1, start: 11, end: 17 });
  assert.equal(sources[1]!.slice(finding.source!.start, finding.source!.end), '1.5萬億元');
  assert.match(finding.message.en, /1\.5萬億元.*×10\^4.*1\.5조 위안/);
  assert.match(finding.message.ko, /자릿수/);
});

test('number-mismatch: no sources, no findings', () => {
  assert.deepEqual(check(numberRules, context('1.5억 위안')), []);
});
