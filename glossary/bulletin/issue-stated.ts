// What an imported issue states about itself beyond its date: its number (제2024-23호, printed on
// the cover, in the header or in the colophon) and its exchange rate (the won conversions of its
// yuan amounts, when they agree with one another).
import { findConversions } from '../checks/currency-conversions.ts';
import { toNumber } from '../text/numbers-decimal.ts';
import type { KoreanAmount } from '../text/numbers-ko.ts';

const NUMBER = /제\s*(\d{4})\s*[-–]\s*(\d{1,3})\s*호/;

/** The number of "제2024-23호" as the issue states it (the first one in the text): "2024-23"; or null. */
export function statedIssueNumber(text: string): string | null {
  const match = NUMBER.exec(text);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** "2024-23" as printed on the cover: 제2024-23호 (a number in another form stays as it is). */
export function printedIssueNumber(number: string): string {
  return /^\d{4}-\d{1,3}$/.test(number) ? `제${number}호` : number;
}

const UNIT_POWER: Record<string, number> = { 조: 12, 억: 8, 만: 4, 천: 3, '': 0 };

/** Half the step of the last digit written: 32조 2,813억 is exact to ±0.5억. */
function halfStep(amount: KoreanAmount): number {
  const last = amount.groups[amount.groups.length - 1];
  if (!last) return 0.5;
  const decimals = last.digits.split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** ((UNIT_POWER[last.unit] ?? 0) - decimals);
}

/**
 * The CNY→KRW rate the issue's conversions agree on: every conversion's range (its won figure ±
 * half its last written digit, over the yuan amount) must overlap the others'. The rate is the
 * middle of the overlap, to two decimals. null when there is no conversion or they disagree.
 */
export function agreedRate(text: string): number | null {
  let low = 0;
  let high = Infinity;
  let exact = 0;
  for (const c of findConversions(text)) {
    const yuan = toNumber(c.yuan.value);
    if (!(yuan > 0)) continue;
    const won = toNumber(c.won.value);
    const step = halfStep(c.won);
    low = Math.max(low, (won - step) / yuan);
    high = Math.min(high, (won + step) / yuan);
    if (!c.approximate) exact++;
  }
  if (exact === 0 || high < low) return null;
  return Math.round(((low + high) / 2) * 100) / 100;
}
