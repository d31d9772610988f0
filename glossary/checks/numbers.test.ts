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
    name: 'a number that occurs in no source is a warning (a reviewer cannot place it)',
    draft: '1,700억 위안 달성',
    sources: ['投入60亿元'],
    expected: [{ rule: 'number-mismatch', severity: 'warning', text: '1,700억 위안' }],
  },
  {
    name: 'same digits win over the nearest power of ten (800억 → the 800万元, not the 8亿元)',
    draft: '특별사업에는 8억 위안을, 청년과학자 과제에는 800억 위안을 배정',
    sources: ['专项拟安排经费8亿元，青年科学家项目800万元'],
    expected: [{ rule: 'number-mismatch', severity: 'error', text: '800억 위안', suggestion: '800만 위안' }],
  },
  {
    name: 'a figure shortened from the source, a round figure, 약 and a won conversion are not warned about',
    draft: 'R&D 경비 3조 3,357억 위안, 1천억 위안을 넘은 지역, 약 380개 과제, 5억 위안(925억 원)',
    sources: ['经费33357.1亿元，支持约380个项目，投入5亿元'],
    expected: [],
  },
  {
    name: 'the draft written in groups gets its fix in groups (4,802억 6천만)',
    draft: '광둥 4,802만 6천 위안',
    sources: ['广东4802.6亿元'],
    expected: [{ rule: 'number-mismatch', severity: 'error', text: '4,802만 6천 위안', suggestion: '4,802억 6천만 위안' }],
  },
  {
    name: 'different kinds do not match (元 vs 개): no slip, only a number the source lacks',
    draft: '1.5억 개',
    sources: ['1.5万亿元'],
    expected: [{ rule: 'number-mismatch', severity: 'warning', text: '1.5억 개' }],
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
    const findings = check(numberRules, context(c.draft, { sources: c.sources })).filter((f) => f.severity !== 'info');
    assert.deepEqual(summary(findings), c.expected);
  });
}

test('number-mismatch points at the evidence in the right source, with line, column and message', () => {
  const draft = '요약\n중앙정부는 1.5억 위안을 투입한다.';
  const sources = ['无关', '根据通知，中央财政投入1.5萬億元。'];
  const [finding] = check(numberRules, context(draft, { sources })).filter((f) => f.severity !== 'info');
  assert.ok(finding);
  assert.equal(finding.line, 2);
  assert.equal(finding.column, 7);
  assert.deepEqual(finding.source, { index: 1, start: 11, end: 17, title: '根据通知，中央财政投入1.5萬億元。', line: 1 });
  assert.equal(sources[1]!.slice(finding.source!.start, finding.source!.end), '1.5萬億元');
  assert.equal(finding.message.ko, "자릿수 불일치: '1.5억 위안'은 원문 2(根据通知，中央财政投入1.5萬億元。) 1행의 1.5萬億元의 1만분의 1입니다. 확인할 표기: '1.5조 위안'.");
  assert.match(finding.message.en, /1\/1만 of the 1\.5萬億元 of source 2/);
  assert.doesNotMatch(finding.message.ko + finding.message.en + finding.message.zh, /\^|÷|×10|\(는\)|\(으\)/);
});

test('number-mismatch: no sources, no findings', () => {
  assert.deepEqual(check(numberRules, context('1.5억 위안')), []);
});

test('number-mismatch: a source number the draft never writes is a checklist item (info) pointing at the source', () => {
  const sources = ['标题\n培育企业150家，投入20亿元'];
  const findings = check(numberRules, context('기업 150개 육성', { sources })).filter((f) => f.severity === 'info');
  assert.equal(findings.length, 1);
  assert.equal(sources[0]!.slice(findings[0]!.source!.start, findings[0]!.source!.end), '20亿元');
  assert.equal(findings[0]!.message.ko, '원문 1(标题) 2행의 20亿元이 초안에 없습니다(요약이라면 무시).');
});
