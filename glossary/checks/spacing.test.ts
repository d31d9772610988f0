// spacing: a space after 만/억/조 (before the counter and the next group) and before a currency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spacingRules } from './spacing.ts';
import { check, context, summary } from './numbers-testkit.ts';

const cases: { name: string; draft: string; expected: ReturnType<typeof summary> }[] = [
  { name: '3억원', draft: '총 3억원을', expected: [{ rule: 'spacing', severity: 'style', text: '3억원', suggestion: '3억 원' }] },
  { name: '1조원', draft: '1조원 투자', expected: [{ rule: 'spacing', severity: 'style', text: '1조원', suggestion: '1조 원' }] },
  { name: '60억위안', draft: '60억위안(약 1조 원)', expected: [{ rule: 'spacing', severity: 'style', text: '60억위안', suggestion: '60억 위안' }] },
  { name: '20만명', draft: '20만명 이상', expected: [{ rule: 'spacing', severity: 'style', text: '20만명', suggestion: '20만 명' }] },
  { name: '3만여명 keeps 여', draft: '3만여명', expected: [{ rule: 'spacing', severity: 'style', text: '3만여명', suggestion: '3만여 명' }] },
  { name: 'a currency after a plain number', draft: '1천위안, 100달러', expected: [
    { rule: 'spacing', severity: 'style', text: '1천위안', suggestion: '1천 위안' },
    { rule: 'spacing', severity: 'style', text: '100달러', suggestion: '100 달러' },
  ] },
  { name: 'groups run together', draft: '(32조2,813억 원)', expected: [{ rule: 'spacing', severity: 'style', text: '32조2,813억 원', suggestion: '32조 2,813억 원' }] },
  { name: 'house forms are fine', draft: '25억 원, 1조 원, 20만 명, 198.35만 명, 2만 7,916편, 5,700만 대, 1천 위안', expected: [] },
  { name: 'a plain number keeps its counter attached', draft: '100개 기업, 1,000개, 472종, 7,640건으로', expected: [] },
  { name: 'a particle after a large unit is not a counter', draft: '24조로 구성, 1조를 투입', expected: [] },
];

for (const c of cases) {
  test(`spacing: ${c.name}`, () => {
    assert.deepEqual(summary(check(spacingRules, context(c.draft))), c.expected);
  });
}

test('spacing: line, column and message', () => {
  const [f] = check(spacingRules, context('첫 줄\n규모는 3억원이다'));
  assert.equal(f!.line, 2);
  assert.equal(f!.column, 5);
  assert.equal(f!.message.ko, "단위 앞은 띄어 씁니다: '3억 원'.");
});
