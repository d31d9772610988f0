// Numbers in Chinese sources, parsed exactly: Arabic digits with separators (1,700 / 1.5 / full
// width), with 十/百/千/万/亿 multipliers (1.5万亿 = 1.5×10^12), and Chinese numerals (六十亿, 两千,
// 一千二百三十四, 十五, 二〇二四), each with the counter that follows (元, 美元, 个, 项, %, GWh …).
// The scan runs over the folded text (full width → half width, 萬 → 万, 億 → 亿) and maps offsets back.
import { foldWithOffsets } from './fold.ts';
import { type Decimal, decimal, parseDecimal, shift } from './numbers-decimal.ts';
import { memoizeByText } from './numbers-memo.ts';
import { LATIN_UNITS, type UnitKind, ZH_UNITS, latinUnitKind, longestFirst } from './numbers-units.ts';

export interface ChineseAmount {
  /** UTF-16 offsets into the original text: the number through its counter. */
  start: number;
  end: number;
  /** The original text of the amount ('1.5萬億元'). */
  text: string;
  value: Decimal;
  /** The counter as folded ('元', '美元', '个', 'gwh'), null when none follows. */
  unit: string | null;
  kind: UnitKind | null;
  /** 多/余 after the number (100多家, 60余亿元). */
  approximate: boolean;
  /** Written with a decimal point (1.5万亿): the Korean suggestion keeps that form (1.5조). */
  decimalPoint: boolean;
}

const DIGIT_VALUES: Record<string, bigint> = {
  〇: 0n, 零: 0n, 一: 1n, 二: 2n, 两: 2n, 三: 3n, 四: 4n, 五: 5n, 六: 6n, 七: 7n, 八: 8n, 九: 9n,
  壹: 1n, 贰: 2n, 叁: 3n, 肆: 4n, 伍: 5n, 陆: 6n, 柒: 7n, 捌: 8n, 玖: 9n,
};
const SMALL_UNITS: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG_UNITS: Record<string, number> = { 万: 4, 亿: 8 };
const MULTIPLIERS: Record<string, number> = { ...SMALL_UNITS, ...BIG_UNITS };

const NUMERAL_CHARS = '〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿';
const ZH_DIGIT_CHARS = '〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖';

/** An integer in Chinese numerals: 一千二百三十四 → 1234, 六十亿 → 6e9, 二〇二四 → 2024. */
export function parseChineseInteger(run: string): bigint | undefined {
  if (run === '') return undefined;
  const hasUnit = [...run].some((ch) => ch in MULTIPLIERS);
  if (!hasUnit) {
    // A digit string read digit by digit (years: 二〇二四).
    let out = '';
    for (const ch of run) {
      const d = DIGIT_VALUES[ch];
      if (d === undefined) return undefined;
      out += d.toString();
    }
    return BigInt(out);
  }
  return parseStructured(run);
}

function parseStructured(run: string): bigint | undefined {
  if (run === '') return 0n;
  // Split at the last big unit: 三亿五千万 = 三 × 10^8 + 五千万; 一万亿 = 一万 × 10^8.
  for (const [unit, power] of Object.entries(BIG_UNITS).sort((a, b) => b[1] - a[1])) {
    const at = run.lastIndexOf(unit);
    if (at < 0) continue;
    const left = at === 0 ? 1n : parseStructured(run.slice(0, at));
    const right = parseStructured(run.slice(at + 1).replace(/^零+/, ''));
    if (left === undefined || right === undefined) return undefined;
    return left * 10n ** BigInt(power) + right;
  }
  let value = 0n;
  let digit: bigint | undefined;
  for (const ch of run) {
    const d = DIGIT_VALUES[ch];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0n) return undefined; // 三四 inside a structured number
      digit = d;
      continue;
    }
    const power = SMALL_UNITS[ch];
    if (power === undefined) return undefined;
    value += (digit ?? 1n) * 10n ** BigInt(power);
    digit = undefined;
  }
  return value + (digit ?? 0n);
}

/** Any Chinese number as a whole string: '1.5万亿', '1,700', '３亿', '六十亿', '三点五亿'. */
export function parseChineseNumber(text: string): Decimal | undefined {
  const found = findChineseAmounts(text);
  const only = found[0];
  if (found.length !== 1 || !only || only.start !== 0 || only.end !== text.length || only.unit) return undefined;
  return only.value;
}

const ARABIC = /[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/y;
const CHINESE = new RegExp(`[${NUMERAL_CHARS}]+(?:点[${ZH_DIGIT_CHARS}]+[万亿千百]*)?`, 'y');
const ZH_UNIT_KEYS = longestFirst(ZH_UNITS);
const LATIN_UNIT_KEYS = [...LATIN_UNITS].sort((a, b) => b.length - a.length).map((u) => u.toLowerCase());

function isLatinOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

interface Mantissa {
  end: number;
  value: Decimal;
  decimalPoint: boolean;
}

function readArabic(scan: string, at: number): Mantissa | undefined {
  if (isLatinOrDigit(scan[at - 1]) || scan[at - 1] === '.') return undefined;
  ARABIC.lastIndex = at;
  const m = ARABIC.exec(scan);
  if (!m) return undefined;
  const value = parseDecimal(m[0]);
  if (!value) return undefined;
  return { end: at + m[0].length, value, decimalPoint: m[0].includes('.') };
}

function readChinese(scan: string, at: number): Mantissa | undefined {
  CHINESE.lastIndex = at;
  const m = CHINESE.exec(scan);
  if (!m) return undefined;
  let run = m[0];
  // Leading bare units are words, not numbers (千万 "by all means", 万一 "in case").
  const lead = /^[百千万亿佰仟]+/.exec(run);
  if (lead) return undefined;
  if (![...run].some((ch) => ch in DIGIT_VALUES)) return undefined;
  let fraction = '';
  let tailUnits = '';
  const point = run.indexOf('点');
  if (point >= 0) {
    const after = run.slice(point + 1);
    fraction = /^[^万亿千百]+/.exec(after)![0];
    tailUnits = after.slice(fraction.length);
    run = run.slice(0, point);
  }
  const integer = parseChineseInteger(run);
  if (integer === undefined) return undefined;
  let value = decimal(integer);
  if (fraction) {
    const fractionDigits = parseChineseInteger(fraction);
    if (fractionDigits === undefined) return undefined;
    value = decimal(integer * 10n ** BigInt(fraction.length) + fractionDigits, -fraction.length);
    for (const ch of tailUnits) value = shift(value, MULTIPLIERS[ch]!);
  }
  return { end: at + m[0].length, value, decimalPoint: fraction !== '' };
}

/**
 * Every number in a Chinese text, with offsets into the original text and its counter. The result
 * is shared between callers (memoized per text): do not modify it.
 */
export const findChineseAmounts: (text: string) => readonly ChineseAmount[] = memoizeByText(scanChineseAmounts);

function scanChineseAmounts(text: string): ChineseAmount[] {
  const { folded, toOriginal } = foldWithOffsets(text);
  // A full-width comma (，) folds to ',' but separates clauses in Chinese; keep it distinct.
  const scan = text.includes('，') ? restoreFullWidthCommas(text, folded, toOriginal) : folded;
  const out: ChineseAmount[] = [];
  let i = 0;
  while (i < scan.length) {
    const ch = scan[i]!;
    const mantissa = /[0-9]/.test(ch) ? readArabic(scan, i) : NUMERAL_CHARS.includes(ch) ? readChinese(scan, i) : undefined;
    if (!mantissa) {
      i++;
      continue;
    }
    let { value } = mantissa;
    let j = mantissa.end;
    let approximate = false;
    if (scan[j] === '多' || scan[j] === '余') {
      approximate = true;
      j++;
    }
    while (j < scan.length && scan[j]! in MULTIPLIERS) value = shift(value, MULTIPLIERS[scan[j++]!]!);
    if (!approximate && (scan[j] === '多' || scan[j] === '余')) {
      approximate = true;
      j++;
    }
    const unit = readUnit(scan, j);
    const end = unit ? unit.end : j;
    const ordinal = scan[i - 1] === '第';
    out.push({
      start: toOriginal[i]!,
      end: toOriginal[end]!,
      text: text.slice(toOriginal[i]!, toOriginal[end]!),
      value,
      unit: unit?.unit ?? null,
      kind: ordinal ? 'label' : (unit?.kind ?? null),
      approximate,
      decimalPoint: mantissa.decimalPoint,
    });
    i = end;
  }
  return out;
}

function restoreFullWidthCommas(text: string, folded: string, toOriginal: Uint32Array): string {
  const chars = folded.split('');
  // UTF-16 units, like toOriginal: folded index k comes from original index toOriginal[k].
  for (let k = 0; k < folded.length; k++) if (text[toOriginal[k]!] === '，') chars[k] = '，';
  return chars.join('');
}

function readUnit(scan: string, at: number): { unit: string; kind: UnitKind; end: number } | undefined {
  for (const key of ZH_UNIT_KEYS) {
    if (scan.startsWith(key, at)) return { unit: key, kind: ZH_UNITS[key]!, end: at + key.length };
  }
  const latinAt = scan[at] === ' ' ? at + 1 : at;
  for (const key of LATIN_UNIT_KEYS) {
    if (scan.startsWith(key, latinAt) && !isLatinOrDigit(scan[latinAt + key.length])) {
      return { unit: key, kind: latinUnitKind(key), end: latinAt + key.length };
    }
  }
  return undefined;
}
