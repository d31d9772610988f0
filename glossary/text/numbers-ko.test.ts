import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDecimal, toPlainString } from './numbers-decimal.ts';
import { findKoreanAmounts, formatKoreanAmount, groupDigits, withGroupedDigits } from './numbers-ko.ts';

test('Korean amounts: large units chained in groups, counters, 약', () => {
  const cases: { text: string; amount: string; value: string; unit: string | null; kind: string | null; approximate?: true }[] = [
    { text: '규모 1,700억 위안 달성', amount: '1,700억 위안', value: '170000000000', unit: '위안', kind: 'CNY' },
    { text: '규모 1700억 위안', amount: '1700억 위안', value: '170000000000', unit: '위안', kind: 'CNY' },
    { text: '(32조 2,813억 원)', amount: '32조 2,813억 원', value: '32281300000000', unit: '원', kind: 'KRW' },
    { text: '(14조 8,114억 2,000만 원)', amount: '14조 8,114억 2,000만 원', value: '14811420000000', unit: '원', kind: 'KRW' },
    { text: '(약 1조 원)', amount: '1조 원', value: '1000000000000', unit: '원', kind: 'KRW', approximate: true },
    { text: '약 **780억 위안(', amount: '780억 위안', value: '78000000000', unit: '위안', kind: 'CNY', approximate: true },
    { text: '논문 수는 2만 7,916편으로', amount: '2만 7,916편', value: '27916', unit: '편', kind: 'count' },
    { text: '연평균 8.55% 기록', amount: '8.55%', value: '8.55', unit: '%', kind: 'percent' },
    { text: '2.38억 위안(', amount: '2.38억 위안', value: '238000000', unit: '위안', kind: 'CNY' },
    { text: '3억원을', amount: '3억원', value: '300000000', unit: '원', kind: 'KRW' },
    { text: '198.35만 명으로', amount: '198.35만 명', value: '1983500', unit: '명', kind: 'people' },
    { text: '10개에서 100개 이상', amount: '10개', value: '10', unit: '개', kind: 'count' },
    { text: '3개년 계획', amount: '3개년', value: '3', unit: '개년', kind: 'year' },
    { text: '연간 1천 위안의', amount: '1천 위안', value: '1000', unit: '위안', kind: 'CNY' },
    { text: '472**종** 곤충', amount: '472**종', value: '472', unit: '종', kind: 'count' },
    { text: '누적 300GWh에', amount: '300GWh', value: '300', unit: 'GWh', kind: 'unit:gwh' },
    { text: '3차원 구조', amount: '3', value: '3', unit: null, kind: null },
  ];
  for (const c of cases) {
    const [first] = findKoreanAmounts(c.text);
    assert.ok(first, c.text);
    assert.deepEqual(
      { amount: first.text, value: toPlainString(first.value), unit: first.unit, kind: first.kind, approximate: first.approximateStart >= 0 },
      { amount: c.amount, value: c.value, unit: c.unit, kind: c.kind, approximate: c.approximate ?? false },
      c.text,
    );
  }
});

test('numbers inside URLs and Latin tokens are not amounts', () => {
  const text = 'CG11837 유전자, PM2.5, https://example.com/2024/06/1343449.html 그리고 5개';
  assert.deepEqual(findKoreanAmounts(text).map((a) => a.text), ['5개']);
});

test('a unit-less group joins the chain only when a counter follows (2만 7,916편 but not 1조 2 3)', () => {
  assert.deepEqual(findKoreanAmounts('1조 2 3').map((a) => a.text), ['1조', '2', '3']);
  assert.deepEqual(findKoreanAmounts('인구 1만 명당').map((a) => a.text), ['1만 명']);
});

test('formats exact values in the house style', () => {
  const cases: [bigint | string, string, 'auto' | 'groups' | 'compact'][] = [
    [32281300000000n, '32조 2,813억', 'auto'],
    [14811420000000n, '14조 8,114억 2,000만', 'auto'],
    [45155740000n, '451억 5,574만', 'auto'],
    [170000000000n, '1,700억', 'auto'],
    [800000000000n, '8,000억', 'auto'],
    [1500000000000n, '1.5조', 'auto'],
    [1500000000000n, '1조 5,000억', 'groups'],
    [27916n, '2만 7,916', 'auto'],
    ['1983500', '198.35만', 'auto'],
    [1700n, '1,700', 'auto'],
    ['8.55', '8.55', 'auto'],
    [32281300000000n, '32.2813조', 'compact'],
  ];
  for (const [value, expected, style] of cases) {
    const v = typeof value === 'bigint' ? value : parseDecimal(value)!;
    assert.equal(formatKoreanAmount(v, style), expected, `${value} ${style}`);
  }
  assert.equal(groupDigits('1700.5'), '1,700.5');
});

test('rewrites an amount with its digits grouped, keeping its own units and spacing', () => {
  const text = '1700억 위안(32조 2813억 원)';
  const [yuan, won] = findKoreanAmounts(text);
  assert.equal(withGroupedDigits(yuan!, text), '1,700억 위안');
  assert.equal(withGroupedDigits(won!, text), '32조 2,813억 원');
});
