// The request body parser gives what JSON.parse gives, for uploads (taken apart without a second
// copy) and for every body where the shortcut does not apply.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJsonBody } from './json-body.ts';

const base64 = Buffer.alloc(1_200_000, 'ab한').toString('base64');
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

test('a large upload reads as JSON.parse reads it: the file, the Korean file name, the options', () => {
  const arg = { fileName: '용어집 "최종".csv', contentBase64: base64, columns: ['zh', 'ko'], sheet: '시트1' };
  const parsed = parseJsonBody(body({ arg }));
  assert.deepEqual(parsed, { arg });
  assert.equal((parsed as { arg: typeof arg }).arg.contentBase64.length, base64.length);
});

test('bodies the shortcut does not fit are parsed whole, with the same result', () => {
  const cases: unknown[] = [
    // small: no shortcut
    { arg: { fileName: 'a.csv', contentBase64: 'QUJD' } },
    // the marker text inside another value (its quotes are escaped there)
    { arg: { fileName: '"contentBase64":"x".csv', contentBase64: base64 } },
    // the field twice (nested deeper too)
    { arg: { contentBase64: base64, extra: { contentBase64: 'QQ==' } } },
    // not the argument's own field
    { arg: { file: { contentBase64: base64 } } },
    // a large body without any upload
    { arg: { text: 'x'.repeat(1_100_000) } },
  ];
  for (const value of cases) assert.deepEqual(parseJsonBody(body(value)), value);
});

test('a value that is not base64 to its closing quote is parsed whole (escapes inside)', () => {
  const value = { arg: { fileName: 'a.csv', contentBase64: `${base64.slice(0, 1_100_000)}\n${base64.slice(0, 10)}` } };
  assert.deepEqual(parseJsonBody(body(value)), value);
});

test('bad JSON is refused with the error JSON.parse gives for the body as sent', () => {
  const broken = Buffer.from(`{"arg":{"fileName":"a.csv","contentBase64":"${base64}"},}`);
  let expected = '';
  try {
    JSON.parse(broken.toString());
  } catch (error) {
    expected = (error as Error).message;
  }
  assert.throws(() => parseJsonBody(broken), (error: Error) => error.message === expected);
});
