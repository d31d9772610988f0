// Numbers in Korean drafts: Arabic digits with the large units 만/억/조 (and 천), chained in groups
// (32조 2,813억 원, 2만 7,916편, 14조 8,114억 2,000만 원), an optional 약 before and the counter after
// (위안, 원, 개, 명, %, GWh …). Also the house format for writing an exact value back (formatKoreanAmount).
import { type Decimal, add, decimal, digitsOf, parseDecimal, shift } from './numbers-decimal.ts';
import { memoizeByText } from './numbers-memo.ts';
import { KO_UNITS, LATIN_UNITS, type UnitKind, latinUnitKind, longestFirst } from './numbers-units.ts';

export const LARGE_UNIT_POWERS: Readonly<Record<string, number>> = { 조: 12, 억: 8, 만: 4, 천: 3 };

/** 천/백/십 before 만/억/조 make one unit (1천만 = 10^7, 8천억, 2백만): the group is 1천만, not 1천 + 만. */
const SMALL_BEFORE_LARGE: Readonly<Record<string, number>> = { 천: 3, 백: 2, 십: 1 };
const LARGE_AFTER_SMALL: Readonly<Record<string, number>> = { 조: 12, 억: 8, 만: 4 };

/** The value of a group's digits: '2,813' → 2813, '9천800' → 9800, '1.5' → 1.5. */
export function groupValue(digits: string): Decimal {
  const mixed = /^([0-9]+)([천백])([0-9]+)$/.exec(digits);
  if (!mixed) return parseDecimal(digits)!;
  const scale = mixed[2] === '천' ? 1000n : 100n;
  return decimal(BigInt(mixed[1]!) * scale + BigInt(mixed[3]!));
}

/** The power of ten of a group's unit: 억 → 8, 천만 → 7, '' → 0. */
export function unitPower(unit: string): number {
  if (unit === '') return 0;
  if (unit.length === 2) return SMALL_BEFORE_LARGE[unit[0]!]! + LARGE_AFTER_SMALL[unit[1]!]!;
  return LARGE_UNIT_POWERS[unit]!;
}

export interface KoreanGroup {
  start: number;
  end: number;
  /** The digits as written ('2,813', '1700', '1.5'). */
  digits: string;
  /** 조/억/만/천 or a compound 천만/천억/백만, '' for the last group of 2만 7,916. */
  unit: string;
  /** What separates this group from the next one ('' or ' '), '' for the last group. */
  gapAfter: string;
}

export interface KoreanAmount {
  /** From the first digit through the counter (or the last group when there is no counter). */
  start: number;
  end: number;
  text: string;
  value: Decimal;
  groups: KoreanGroup[];
  /** End of the last group (before 여, a space and the counter). */
  numberEnd: number;
  /** The counter as written (위안, 원, 개, %, GWh), null when none. */
  unit: string | null;
  unitStart: number;
  kind: UnitKind | null;
  /** What separates the number from the counter: '', ' ', '여', '여 ' … (bold markers ** dropped). */
  gapBeforeUnit: string;
  /** Offset of a 약 written before the number, -1 when none. */
  approximateStart: number;
}

const GROUP = /[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/y;
/** Counters by their first character, longest first (개사 before 개). */
const KO_UNITS_BY_FIRST = new Map<string, string[]>();
for (const key of longestFirst(KO_UNITS)) {
  const list = KO_UNITS_BY_FIRST.get(key[0]!) ?? [];
  list.push(key);
  KO_UNITS_BY_FIRST.set(key[0]!, list);
}
const LATIN_UNIT_KEYS = [...LATIN_UNITS].sort((a, b) => b.length - a.length);

/**
 * What may follow a counter inside the same written word (particles and a few bound nouns):
 * 10개에서, 582건이며, 1조를, 20만 명 이상 (separate word, not needed here), 1조 원대.
 */
const COUNTER_TAILS = [
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '으로', '로', '과', '와', '도', '만',
  '씩', '까지', '부터', '보다', '이상', '이하', '미만', '가량', '정도', '규모', '수준', '대', '당',
  '째', '이며', '며', '이고', '고', '이다', '다', '이었다', '였다', '이나', '나', '으로서', '로서',
  '임', '인', '이라는', '라는', '뿐', '밖에', '처럼', '마다', '짜리', '안팎', '내외',
];
const MAX_TAIL = Math.max(...COUNTER_TAILS.map((t) => t.length));
const tailSet = new Set(COUNTER_TAILS);

export function isHangul(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3;
}

/** True when `tail` is a chain of particles/bound nouns ('에서는', '이상으로'); '' is true. */
export function isParticleChain(tail: string): boolean {
  if (tail === '') return true;
  for (let len = Math.min(MAX_TAIL, tail.length); len >= 1; len--) {
    if (tailSet.has(tail.slice(0, len)) && isParticleChain(tail.slice(len))) return true;
  }
  return false;
}

function hangulRunAt(text: string, at: number): string {
  let end = at;
  while (isHangul(text[end])) end++;
  return text.slice(at, end);
}

/** Spans of URLs (http://…, https://…, www.…): numbers inside them are not amounts. */
export function findUrls(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[^\s]+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function readGroup(text: string, at: number): { end: number; digits: string; unit: string } | undefined {
  GROUP.lastIndex = at;
  const m = GROUP.exec(text);
  if (!m) return undefined;
  let end = at + m[0].length;
  let digits = m[0];
  // Mixed numerals inside one group: 9천800억 (= 9,800억), 3천5백만.
  const mixed = /^([천백])([0-9]{1,3})(?=[만억조])/.exec(text.slice(end, end + 5));
  if (mixed && /^[0-9]+$/.test(digits)) {
    digits += mixed[1]! + mixed[2]!;
    end += mixed[0].length;
  }
  const unitChar = text[end];
  let unit = '';
  const nextChar = text[end + 1];
  if (unitChar !== undefined && unitChar in SMALL_BEFORE_LARGE && nextChar !== undefined && nextChar in LARGE_AFTER_SMALL) {
    unit = unitChar + nextChar;
    end += 2;
  } else if (unitChar !== undefined && unitChar in LARGE_UNIT_POWERS) {
    unit = unitChar;
    end++;
  }
  return { end, digits, unit };
}

function readCounter(text: string, at: number): { unit: string; kind: UnitKind; end: number } | undefined {
  for (const key of KO_UNITS_BY_FIRST.get(text[at] ?? '') ?? []) {
    if (!text.startsWith(key, at)) continue;
    const end = at + key.length;
    if (isHangul(key[0]) && !isParticleChain(hangulRunAt(text, end))) continue;
    return { unit: key, kind: KO_UNITS[key]!, end };
  }
  for (const key of LATIN_UNIT_KEYS) {
    if (text.startsWith(key, at) && !/[A-Za-z0-9]/.test(text[at + key.length] ?? '')) {
      return { unit: key, kind: latinUnitKind(key), end: at + key.length };
    }
  }
  return undefined;
}

function precededByToken(text: string, at: number): boolean {
  const before = text[at - 1];
  return before !== undefined && /[A-Za-z0-9.,_\-/]/.test(before);
}

/**
 * Every number in a Korean text, with its groups, counter and 약; numbers in URLs and Latin tokens
 * are skipped. The result is shared between callers (memoized per text): do not modify it.
 */
export const findKoreanAmounts: (text: string) => readonly KoreanAmount[] = memoizeByText(scanKoreanAmounts);

function scanKoreanAmounts(text: string): KoreanAmount[] {
  const urls = findUrls(text);
  const out: KoreanAmount[] = [];
  let urlIndex = 0;
  let i = 0;
  while (i < text.length) {
    while (urlIndex < urls.length && urls[urlIndex]!.end <= i) urlIndex++;
    const url = urls[urlIndex];
    if (url && url.start <= i) {
      i = url.end;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57 || precededByToken(text, i)) {
      i++;
      continue;
    }
    const amount = readAmount(text, i);
    out.push(amount);
    i = amount.end;
  }
  return out;
}

function readAmount(text: string, start: number): KoreanAmount {
  const groups: KoreanGroup[] = [];
  const first = readGroup(text, start)!;
  groups.push({ start, end: first.end, digits: first.digits, unit: first.unit, gapAfter: '' });
  let end = first.end;
  // Chain further groups, each with a smaller unit: 14조 8,114억 2,000만; a unit-less last group
  // (2만 7,916편) only when a counter follows it.
  while (groups[groups.length - 1]!.unit !== '') {
    const gap = text[end] === ' ' ? ' ' : '';
    const nextAt = end + gap.length;
    if (!/[0-9]/.test(text[nextAt] ?? '')) break;
    const next = readGroup(text, nextAt);
    if (!next || /^[0-9]{5,}/.test(next.digits.replace(/,/g, ''))) break;
    const previousPower = unitPower(groups[groups.length - 1]!.unit);
    const power = unitPower(next.unit);
    if (power >= previousPower) break;
    if (next.unit === '' && !readCounter(text, skipGap(text, next.end).at)) break;
    groups[groups.length - 1]!.gapAfter = gap;
    groups.push({ start: nextAt, end: next.end, digits: next.digits, unit: next.unit, gapAfter: '' });
    end = next.end;
  }
  let value = decimal(0n);
  for (const group of groups) {
    value = add(value, shift(groupValue(group.digits), unitPower(group.unit)));
  }
  const gap = skipGap(text, end);
  const counter = readCounter(text, gap.at);
  const amountEnd = counter ? counter.end : end;
  return {
    start,
    end: amountEnd,
    text: text.slice(start, amountEnd),
    value,
    groups,
    numberEnd: end,
    unit: counter?.unit ?? null,
    unitStart: counter ? gap.at : -1,
    kind: counter?.kind ?? null,
    gapBeforeUnit: counter ? gap.gap : '',
    approximateStart: approximateBefore(text, start),
  };
}

/** Between a number and its counter: 여 (approximately), one space, bold markers (472**종**). */
function skipGap(text: string, at: number): { at: number; gap: string } {
  let j = at;
  let gap = '';
  if (text[j] === '여') {
    gap += '여';
    j++;
  }
  if (text.startsWith('**', j)) j += 2;
  if (text[j] === ' ') {
    gap += ' ';
    j++;
  }
  if (text.startsWith('**', j)) j += 2;
  return { at: j, gap };
}

function approximateBefore(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 5), start);
  const m = /약 ?(?:\*\*)?$/.exec(before);
  if (!m) return -1;
  const at = start - before.length + m.index;
  return isHangul(text[at - 1]) ? -1 : at;
}

const UNIT_STEPS: [string, number][] = [['조', 12], ['억', 8], ['만', 4]];

function withCommas(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** '1700' → '1,700', '1700.5' → '1,700.5' (the house groups digits in threes). */
export function groupDigits(digits: string): string {
  const [integer, fraction] = digits.replace(/,/g, '').split('.');
  return fraction === undefined ? withCommas(integer!) : `${withCommas(integer!)}.${fraction}`;
}

export type AmountStyle = 'groups' | 'compact' | 'auto';

/**
 * An exact value in the house format: 3228130000000 → '32조 2,813억' (groups of four digits under
 * 조/억/만, each with commas), 1.5e12 → '1.5조' (compact: one unit and a short decimal, as the house
 * writes 1.5억, 198.35만). 'auto' (default) is compact when that needs at most two decimals.
 */
export function formatKoreanAmount(value: Decimal | bigint, style: AmountStyle = 'auto'): string {
  const v = typeof value === 'bigint' ? decimal(value) : value;
  const { integer, fraction } = digitsOf(v);
  const step = UNIT_STEPS.find(([, power]) => integer.length > power);
  if (!step) return groupDigits(fraction ? `${integer}.${fraction}` : integer);
  if (style !== 'groups') {
    const [unit, power] = step;
    const inUnit = digitsOf(shift(v, -power));
    if (style === 'compact' || inUnit.fraction.length <= 2) {
      return `${groupDigits(inUnit.fraction ? `${inUnit.integer}.${inUnit.fraction}` : inUnit.integer)}${unit}`;
    }
  }
  const parts: string[] = [];
  let rest = integer;
  for (const [unit, power] of UNIT_STEPS) {
    if (rest.length <= power) continue;
    const head = rest.slice(0, rest.length - power);
    rest = rest.slice(rest.length - power);
    if (BigInt(head) !== 0n) parts.push(`${withCommas(BigInt(head).toString())}${unit}`);
  }
  const units = BigInt(rest);
  if (units !== 0n || fraction) parts.push(groupDigits(fraction ? `${units}.${fraction}` : units.toString()));
  return parts.join(' ');
}

/** The amount's number part rewritten in the house format, keeping its own groups ('1700억' → '1,700억'). */
export function withGroupedDigits(amount: KoreanAmount, text: string): string {
  let out = '';
  let at = amount.start;
  for (const group of amount.groups) {
    out += text.slice(at, group.start);
    const digitsEnd = group.start + group.digits.length;
    out += (/^[0-9.,]+$/.test(group.digits) ? groupDigits(group.digits) : group.digits) + text.slice(digitsEnd, group.end);
    at = group.end;
  }
  return out + text.slice(at, amount.end);
}
