// The house's money pattern: a yuan amount with its won conversion in parentheses,
// `60억 위안(약 1조 원)`, `1,700억 위안(32조 2,813억 원)`; and the exchange rate those imply.
import { toNumber } from '../text/numbers-decimal.ts';
import { type KoreanAmount, findKoreanAmounts } from '../text/numbers-ko.ts';
import { CNY, KRW } from '../text/numbers-units.ts';

export interface Conversion {
  yuan: KoreanAmount;
  won: KoreanAmount;
  /** Written with 약: the won figure is rounded to the precision it is written to. */
  approximate: boolean;
  /** Span of the won figure including its 약 (what a suggestion replaces). */
  wonStart: number;
  wonEnd: number;
}

/** Every `X 위안(Y 원)` / `X 위안(약 Y 원)` in a draft (bold markers around either are allowed). */
export function findConversions(draft: string, amounts: readonly KoreanAmount[] = findKoreanAmounts(draft)): Conversion[] {
  const out: Conversion[] = [];
  for (let k = 0; k + 1 < amounts.length; k++) {
    const yuan = amounts[k]!;
    const won = amounts[k + 1]!;
    if (yuan.kind !== CNY || won.kind !== KRW) continue;
    const between = draft.slice(yuan.end, won.start);
    const match = /^(?:\*\*)?\((약 ?)?(?:\*\*)?$/.exec(between);
    if (!match || !/^(?:\*\*)?\)/.test(draft.slice(won.end))) continue;
    const approximate = match[1] !== undefined;
    out.push({
      yuan,
      won,
      approximate,
      wonStart: approximate ? won.approximateStart : won.start,
      wonEnd: won.end,
    });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The CNY→KRW rate a draft's own conversions imply: the median of won/yuan over the exact
 * conversions (the ones written with 약 are rounded, so they count only when there is nothing else).
 * undefined when the draft has no conversion.
 */
export function deriveRate(draft: string): number | undefined {
  const conversions = findConversions(draft).filter((c) => toNumber(c.yuan.value) > 0);
  const exact = conversions.filter((c) => !c.approximate);
  const usable = exact.length ? exact : conversions;
  if (!usable.length) return undefined;
  return median(usable.map((c) => toNumber(c.won.value) / toNumber(c.yuan.value)));
}
