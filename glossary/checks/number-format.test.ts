// number-format: quantities of four or more digits are grouped with commas (house style).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberFormatRules } from './number-format.ts';
import { check, context, summary } from './numbers-testkit.ts';

const cases: { name: string; draft: string; expected: ReturnType<typeof summary> }[] = [
  {
    name: 'four digits before 억 without a comma',
    draft: '규모 1700억 위안(32조 2,813억 원)',
    expected: [{ rule: 'number-format', severity: 'style', text: '1700억 위안', suggestion: '1,700억 위안' }],
  },
  {
    name: 'a plain count without a comma',
    draft: '중소기업 1000개 육성',
    expected: [{ rule: 'number-format', severity: 'style', text: '1000개', suggestion: '1,000개' }],
  },
  {
    name: 'every group of a chain is grouped',
    draft: '(14조 8114억 2000만 원)',
    expected: [{ rule: 'number-format', severity: 'style', text: '14조 8114억 2000만 원', suggestion: '14조 8,114억 2,000만 원' }],
  },
  { name: 'grouped numbers are fine', draft: '1,700억 위안, 7,640건, 17,209건, 2만 7,916편', expected: [] },
  { name: 'three digits need no comma', draft: '582건, 496척', expected: [] },
  { name: 'years are not grouped', draft: "2024년, '23년, 2023년도, 2024 장강삼각주 지수", expected: [] },
  { name: 'model and standard numbers are not quantities', draft: "'CG11837' 유전자, ISO 13228, Nop60B", expected: [] },
  { name: 'URLs, phone numbers and room numbers are left alone', draft: 'https://a.cn/1343449.html TEL: 86)10-6410-7876 1308호(100015)', expected: [] },
];

for (const c of cases) {
  test(`number-format: ${c.name}`, () => {
    assert.deepEqual(summary(check(numberFormatRules, context(c.draft))), c.expected);
  });
}

test('number-format: a draft mixing both styles says so, with the counts, and flags the ungrouped ones', () => {
  const findings = check(numberFormatRules, context('1,700억 위안\n3,102개\n1000명'));
  assert.deepEqual(summary(findings), [{ rule: 'number-format', severity: 'style', text: '1000명', suggestion: '1,000명' }]);
  assert.equal(findings[0]!.line, 3);
  assert.equal(findings[0]!.messageKey, 'mixed');
  assert.match(findings[0]!.message.en, /mixes grouped \(2\) and ungrouped \(1\)/);
});

test('number-format: a draft that mostly omits commas is still steered to the house style', () => {
  const findings = check(numberFormatRules, context('1200억 위안, 3400개, 1,500명'));
  assert.deepEqual(findings.map((f) => f.suggestion), ['1,200억 위안', '3,400개']);
});
