// Exact decimal numbers for the number checks: coefficient × 10^exponent with a BigInt coefficient,
// so 1.5万亿 and 1.5억 compare without float error. Normalised: the coefficient has no trailing zero
// (zero is 0 × 10^0), which makes "same digits, different power of ten" a direct comparison of
// coefficients (the 万/亿 slip the number-mismatch rule looks for), and the exponent is the place of
// the last non-zero digit: the precision a rounded figure is written to (약 1조 → 12, 약 8,000억 → 11).

export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

export function decimal(coefficient: bigint, exponent = 0): Decimal {
  if (coefficient === 0n) return { coefficient: 0n, exponent: 0 };
  let c = coefficient;
  let e = exponent;
  while (c % 10n === 0n) {
    c /= 10n;
    e++;
  }
  return { coefficient: c, exponent: e };
}

/** '1,700' / '1.5' / '２.３８' → exact value; commas are ignored, one decimal point allowed. */
export function parseDecimal(text: string): Decimal | undefined {
  const plain = (/[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text).replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  return decimal(BigInt(match[1]! + fraction), -fraction.length);
}

export function shift(value: Decimal, powerOfTen: number): Decimal {
  return decimal(value.coefficient, value.exponent + powerOfTen);
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return decimal(a.coefficient * b.coefficient, a.exponent + b.exponent);
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint] {
  const e = Math.min(a.exponent, b.exponent);
  return [a.coefficient * 10n ** BigInt(a.exponent - e), b.coefficient * 10n ** BigInt(b.exponent - e)];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y] = aligned(a, b);
  return decimal(x + y, Math.min(a.exponent, b.exponent));
}

export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function equals(a: Decimal, b: Decimal): boolean {
  return a.coefficient === b.coefficient && a.exponent === b.exponent;
}

export function toNumber(value: Decimal): number {
  return Number(`${value.coefficient}e${value.exponent}`);
}

/** A float (an exchange rate, a product with one) as an exact decimal of its shortest representation. */
export function fromNumber(value: number): Decimal {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a non-negative finite number: ${value}`);
  const [mantissa, exp] = value.toExponential().split('e') as [string, string];
  const [whole, fraction = ''] = mantissa.split('.');
  return decimal(BigInt(whole! + fraction), Number(exp) - fraction.length);
}

/** The number of significant digits of the coefficient (1.5 → 2, 1700 → 2, 2813 → 4). */
export function significantDigits(value: Decimal): number {
  return value.coefficient === 0n ? 1 : value.coefficient.toString().replace('-', '').length;
}

/** Round half up to a multiple of 10^exponent. */
export function roundTo(value: Decimal, exponent: number): Decimal {
  if (value.exponent >= exponent) return value;
  const scale = 10n ** BigInt(exponent - value.exponent);
  const quotient = value.coefficient / scale;
  const remainder = value.coefficient % scale;
  return decimal(remainder * 2n >= scale ? quotient + 1n : quotient, exponent);
}

/** Integer and fraction digits of a non-negative value: 1.5 → ['1', '5'], 1700 → ['1700', '']. */
export function digitsOf(value: Decimal): { integer: string; fraction: string } {
  const digits = value.coefficient.toString();
  if (value.exponent >= 0) return { integer: digits + '0'.repeat(value.exponent), fraction: '' };
  const pointAt = digits.length + value.exponent;
  if (pointAt > 0) return { integer: digits.slice(0, pointAt), fraction: digits.slice(pointAt) };
  return { integer: '0', fraction: '0'.repeat(-pointAt) + digits };
}

/** Plain decimal notation without grouping: 1.5e12 → '1500000000000'. */
export function toPlainString(value: Decimal): string {
  const { integer, fraction } = digitsOf(value);
  return fraction ? `${integer}.${fraction}` : integer;
}
