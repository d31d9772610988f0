// currency-unit and currency-rate: drafts (and sources) with the findings a user sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyRules, deriveRate, findConversions } from './currency.ts';
import { check, context, sampleIssue, summary } from './numbers-testkit.ts';

type Expected = ReturnType<typeof summary>;

const unitCases: { name: string; draft: string; sources: string[]; expected: Expected }[] = [
  {
    name: 'a yuan amount written 억원',
    draft: '총 3억원을 지원',
    sources: ['共支持3亿元'],
    expected: [{ rule: 'currency-unit', severity: 'error', text: '3억원', suggestion: '3억 위안' }],
  },
  {
    name: 'a yuan amount written 억 원',
    draft: '총 1,700억 원 달성',
    sources: ['达到1700亿元'],
    expected: [{ rule: 'currency-unit', severity: 'error', text: '1,700억 원', suggestion: '1,700억 위안' }],
  },
  {
    name: 'the won conversion in parentheses is not a yuan amount',
    draft: '60억 위안(약 1조 원)',
    sources: ['投入60亿元，带动投资1万亿元'],
    expected: [],
  },
  {
    name: 'a won figure that is no source amount (a headline conversion) is fine',
    draft: '전고체 배터리에 1조 원 투자',
    sources: ['投入60亿元'],
    expected: [],
  },
  {
    name: 'dollars are not yuan',
    draft: '50억 원',
    sources: ['出口50亿美元'],
    expected: [],
  },
];

for (const c of unitCases) {
  test(`currency-unit: ${c.name}`, () => {
    assert.deepEqual(summary(check(currencyRules, context(c.draft, { sources: c.sources, rate: 189.89 }))), c.expected);
  });
}

test('currency-unit names the source evidence', () => {
  const [finding] = check(currencyRules, context('총 3억원을 지원', { sources: ['无关', '共支持3亿元'] }));
  assert.deepEqual(finding?.source, { index: 1, start: 3, end: 6, title: '共支持3亿元', line: 1 });
  assert.match(finding!.message.ko, /3亿元.*위안/);
});

const rateCases: { name: string; draft: string; rate: number; expected: Expected }[] = [
  { name: 'exact conversions at the issue rate', draft: '1,700억 위안(32조 2,813억 원), 780억 위안(14조 8,114억 2,000만 원)', rate: 189.89, expected: [] },
  { name: 'within 0.5 % (2.38억 위안 at 189.73 vs 189.89: 0.08 %)', draft: '2.38억 위안(451억 5,574만 원)', rate: 189.89, expected: [] },
  {
    name: 'off by 0.6 %: suggestion as precise as written',
    draft: '100억 위안(1조 9,103억 원)',
    rate: 189.89,
    expected: [{ rule: 'currency-rate', severity: 'warning', text: '1조 9,103억 원', suggestion: '1조 8,989억 원' }],
  },
  {
    name: 'a coarse exact figure gets four significant digits',
    draft: '1,700억 위안(30조 원)',
    rate: 189.89,
    expected: [{ rule: 'currency-rate', severity: 'warning', text: '30조 원', suggestion: '32조 2,800억 원' }],
  },
  { name: '약 1조 원 is 60억 × 189.89 = 1.14조 rounded to 조', draft: '60억 위안(약 1조 원)', rate: 189.89, expected: [] },
  {
    name: '약 2조 원 does not round from 1.14조',
    draft: '60억 위안(약 2조 원)',
    rate: 189.89,
    expected: [{ rule: 'currency-rate', severity: 'warning', text: '약 2조 원', suggestion: '약 1조 원' }],
  },
  { name: '약 8,000억 원 is rounded to 1,000억 (42억 × 189.89 = 7,975억)', draft: '42억 위안(약 8,000억 원)', rate: 189.89, expected: [] },
  {
    name: '약 8,000억 원 for 8,545억',
    draft: '**45억 위안(약 8,000억 원)**',
    rate: 189.89,
    expected: [{ rule: 'currency-rate', severity: 'warning', text: '약 8,000억 원', suggestion: '약 9,000억 원' }],
  },
];

for (const c of rateCases) {
  test(`currency-rate: ${c.name}`, () => {
    assert.deepEqual(summary(check(currencyRules, context(c.draft, { rate: c.rate }))), c.expected);
  });
}

test('currency-rate without an issue rate uses the rate the draft\'s conversions agree on and says so', () => {
  const draft = '1,700억 위안(32조 2,813억 원)\n780억 위안(14조 8,114억 2,000만 원)\n100억 위안(2조 원)';
  assert.equal(deriveRate(draft), 189.89);
  const findings = check(currencyRules, context(draft));
  assert.deepEqual(summary(findings), [
    { rule: 'currency-rate', severity: 'warning', text: '2조 원', suggestion: '1조 8,990억 원' },
  ]);
  const [f] = findings;
  assert.equal(f!.line, 3);
  assert.equal(f!.params?.rate, '189.89');
  assert.equal(f!.params?.derived, 1);
  assert.match(f!.message.en, /the one most of this text’s conversions agree with/);
  assert.match(f!.message.ko, /가장 많이 따르는/);
});

test('currency-rate with an issue rate that the engine derived says so too', () => {
  const [f] = check(currencyRules, context('100억 위안(2조 원)', { rate: 189.89, rateDerived: true }));
  assert.match(f!.message.en, /189\.89.*most of this text’s conversions/);
  const [g] = check(currencyRules, context('100억 위안(2조 원)', { rate: 189.89 }));
  assert.doesNotMatch(g!.message.en, /most of this text/);
});

test('deriveRate: exact conversions win over rounded ones; none → undefined', () => {
  assert.equal(deriveRate('60억 위안(약 1조 원), 100억 위안(1조 8,989억 원)'), 189.89);
  assert.equal(deriveRate('50억 위안(약 1조 원)'), 200, 'only rounded conversions: they are used');
  assert.equal(deriveRate('위안화 표기가 없는 글'), undefined);
});

test('the sample issue: conversions found, derived rate 189.89, no rate or unit findings', () => {
  const sample = sampleIssue();
  assert.deepEqual(
    findConversions(sample).map((c) => `${c.yuan.text}(${c.approximate ? '약 ' : ''}${c.won.text})`),
    [
      '60억 위안(약 1조 원)',
      '1700억 위안(32조 2,813억 원)',
      '780억 위안(14조 8,114억 2,000만 원)',
      '60억 위안(약 1조 원)',
      '2.38억 위안(451억 5,574만 원)',
    ],
  );
  assert.equal(deriveRate(sample), 189.89);
  assert.deepEqual(check(currencyRules, context(sample)), []);
});

test('currency-rate: 약 is judged by its written precision (±½ unit, never tighter than 0.5 %, never looser than 15 %)', () => {
  const rate = 175;
  const flagged = (draft: string) => summary(check(currencyRules, context(draft, { rate })));
  assert.deepEqual(flagged('1,000억 위안(약 17조 원)'), [], '17조 5천억: half a 조 off is still 약 17조');
  assert.deepEqual(flagged('3조 3,300억 위안(약 582조 원)'), [], '582조 7,500억: within 0.5 %');
  assert.deepEqual(flagged('45억 위안(약 1조 원)'), [
    { rule: 'currency-rate', severity: 'warning', text: '약 1조 원', suggestion: '약 7,880억 원' },
  ], '7,875억 is 27 % off 1조: another number, so the fix has three digits');
});

test('currency-rate: two conversions that disagree: the one off the usual rate is flagged, not both', () => {
  const draft = '30억 위안(5,250억 원), 200억 위안(35조 원)';
  const findings = check(currencyRules, context(draft));
  assert.deepEqual(summary(findings), [{ rule: 'currency-rate', severity: 'warning', text: '35조 원', suggestion: '3조 5,000억 원' }]);
});

test('currency-rate: a 10× slip among three conversions does not move the derived rate', () => {
  assert.equal(deriveRate('120억 위안(약 2조 2,800억 원), 9.3조 위안(1,767조 원), 4,500억 위안(8조 5,500억 원)'), 190);
});

test('currency-rate: a yuan figure that is a slip against the source is left to number-mismatch (no «약 0 원»)', () => {
  const draft = '3.33억 위안(약 632조 원)';
  assert.deepEqual(summary(check(currencyRules, context(draft, { rate: 190, sources: ['收入3.33万亿元'] }))), []);
  const [f] = check(currencyRules, context(draft, { rate: 190 }));
  assert.equal(f!.suggestion, '약 633억 원', 'without the source, the fix is the conversion of what is written, never zero');
});

test('currency-unit: same currency on both sides, and the spelling 위엔', () => {
  assert.deepEqual(summary(check(currencyRules, context('5억 위안(925억 위안)을 투입, 4,000억 위엔(74조 원), 1조위안(180억위안)'))), [
    { rule: 'currency-unit', severity: 'error', text: '925억 위안', suggestion: '925억 원' },
    { rule: 'currency-unit', severity: 'error', text: '4,000억 위엔', suggestion: '4,000억 위안' },
    { rule: 'currency-unit', severity: 'error', text: '1조위안(180억위안' },
  ]);
  const [f] = check(currencyRules, context('4,000억 위엔'));
  assert.equal(f!.message.ko, "'4,000억 위엔': 위안화는 외래어 표기법에 따라 '위안'으로 적습니다. '4,000억 위안'으로 고치세요.");
});
