import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlainString } from './numbers-decimal.ts';
import { findChineseAmounts, parseChineseInteger, parseChineseNumber } from './numbers-zh.ts';

test('Chinese numbers parse exactly: Arabic with units, full width, traditional, and Chinese numerals', () => {
  const cases: [string, string][] = [
    ['1.5万亿', '1500000000000'],
    ['1.5萬億', '1500000000000'],
    ['3亿', '300000000'],
    ['60亿', '6000000000'],
    ['1700亿', '170000000000'],
    ['1,700', '1700'],
    ['１７００', '1700'],
    ['3千万', '30000000'],
    ['六十亿', '6000000000'],
    ['两千', '2000'],
    ['一千二百三十四', '1234'],
    ['十五', '15'],
    ['一千零五', '1005'],
    ['三亿五千万', '350000000'],
    ['一万亿', '1000000000000'],
    ['三点五亿', '350000000'],
    ['二〇二四', '2024'],
    ['貳拾', '20'],
  ];
  for (const [text, plain] of cases) {
    const value = parseChineseNumber(text);
    assert.ok(value, `${text} should parse`);
    assert.equal(toPlainString(value), plain, text);
  }
  assert.equal(parseChineseInteger('三四'), 34n, 'a digit string without units reads digit by digit');
  assert.equal(parseChineseNumber('千万'), undefined, '千万 ("by all means") is not a number');
});

test('finds amounts with offsets into the original text and their counters', () => {
  const text = '工信部等部門將投入60億元，支持寧德時代等6家企業；2023年規模達1.5萬億元，增長67%，新增產業582项，裝機10 GWh，100多家，第一批';
  const found = findChineseAmounts(text).map((a) => ({
    text: a.text,
    original: text.slice(a.start, a.end),
    value: toPlainString(a.value),
    unit: a.unit,
    kind: a.kind,
    approximate: a.approximate,
  }));
  const expected = [
    { text: '60億元', value: '6000000000', unit: '元', kind: 'CNY', approximate: false },
    { text: '6家', value: '6', unit: '家', kind: 'count', approximate: false },
    { text: '2023年', value: '2023', unit: '年', kind: 'year', approximate: false },
    { text: '1.5萬億元', value: '1500000000000', unit: '元', kind: 'CNY', approximate: false },
    { text: '67%', value: '67', unit: '%', kind: 'percent', approximate: false },
    { text: '582项', value: '582', unit: '项', kind: 'count', approximate: false },
    { text: '10 GWh', value: '10', unit: 'gwh', kind: 'unit:gwh', approximate: false },
    { text: '100多家', value: '100', unit: '家', kind: 'count', approximate: true },
    { text: '一批', value: '1', unit: '批', kind: 'label', approximate: false },
  ];
  assert.deepEqual(found, expected.map((e) => ({ ...e, original: e.text })));
});

test('currencies and counters: 美元 is not 元, a full-width comma separates clauses, model numbers are skipped', () => {
  const amounts = findChineseAmounts('出口50亿美元，3，200家，型号CG11837，投资60亿人民币');
  assert.deepEqual(
    amounts.map((a) => [a.text, a.kind]),
    [['50亿美元', 'USD'], ['3', null], ['200家', 'count'], ['60亿人民币', 'CNY']],
  );
});
