import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineParts, linkable, longDate, shortDate } from '../../../../renderer/src/publish/printText.ts';

const inline: [string, string, [string, boolean][]][] = [
  ['plain text is one part', '청두시 계획 마련', [['청두시 계획 마련', false]]],
  ['bold in the middle', '총 **60억 위안** 투자', [['총 ', false], ['60억 위안', true], [' 투자', false]]],
  ['two bold runs', '**A**와 **B**', [['A', true], ['와 ', false], ['B', true]]],
  ['an unmatched ** stays as written', '5**3 계산', [['5**3 계산', false]]],
];
for (const [name, text, expected] of inline) {
  test(`inlineParts: ${name}`, () => assert.deepEqual(inlineParts(text).map((p) => [p.text, p.bold]), expected));
}

const dates: [string, string, string][] = [
  ['2024-06-21', '2024. 6. 21.', '6.21'],
  ['2024-06-04', '2024. 6. 4.', '6.4'],
  ['not a date', 'not a date', 'not a date'],
];
for (const [iso, long, short] of dates) {
  test(`dates: ${iso}`, () => {
    assert.equal(longDate(iso), long);
    assert.equal(shortDate(iso), short);
  });
}

const links: [string | null, string | null][] = [
  ['https://www.gov.cn/zhengce/1.htm', 'https://www.gov.cn/zhengce/1.htm'],
  [' http://www.most.gov.cn/ ', 'http://www.most.gov.cn/'],
  ['javascript:alert(1)', null],
  ['file:///etc/passwd', null],
  ['인민일보', null],
  [null, null],
];
for (const [url, expected] of links) {
  test(`linkable: ${String(url)}`, () => assert.equal(linkable(url), expected));
}
