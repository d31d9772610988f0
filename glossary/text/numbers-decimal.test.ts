import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  add, compare, decimal, digitsOf, equals, fromNumber, parseDecimal, roundTo, shift, significantDigits, toPlainString,
} from './numbers-decimal.ts';

test('parses written numbers exactly, ignoring thousands separators and full width', () => {
  const cases: [string, string][] = [
    ['1,700', '1700'],
    ['1.5', '1.5'],
    ['２.３８', '2.38'],
    ['0.04', '0.04'],
    ['32281300000000', '32281300000000'],
  ];
  for (const [text, plain] of cases) assert.equal(toPlainString(parseDecimal(text)!), plain, text);
  assert.equal(parseDecimal('1.2.3'), undefined);
  assert.equal(parseDecimal('abc'), undefined);
});

test('1.5万亿 and 1.5억 have the same digits and differ by exactly 10^4 (no float error)', () => {
  const trillion = shift(parseDecimal('1.5')!, 12);
  const hundredMillion = shift(parseDecimal('1.5')!, 8);
  assert.equal(trillion.coefficient, hundredMillion.coefficient);
  assert.equal(trillion.exponent - hundredMillion.exponent, 4);
  assert.equal(significantDigits(trillion), 2);
  assert.ok(equals(add(shift(parseDecimal('0.1')!, 0), parseDecimal('0.2')!), parseDecimal('0.3')!));
  assert.equal(compare(trillion, hundredMillion), 1);
});

test('rounds half up to a power of ten and reads floats exactly as printed', () => {
  assert.equal(toPlainString(roundTo(fromNumber(1139340000000.0002), 12)), '1000000000000');
  assert.equal(toPlainString(roundTo(fromNumber(1500000000000), 12)), '2000000000000');
  assert.equal(toPlainString(roundTo(fromNumber(45193820000), 4)), '45193820000');
  assert.equal(toPlainString(fromNumber(189.89)), '189.89');
  assert.deepEqual(digitsOf(decimal(15n, -1)), { integer: '1', fraction: '5' });
  assert.deepEqual(digitsOf(decimal(5n, -3)), { integer: '0', fraction: '005' });
});
