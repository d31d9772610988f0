// The house's money pattern: a yuan amount with its won conversion in parentheses,
// `60억 위안(약 1조 원)`, `1,700억 위안(32조 2,813억 원)`; the tolerance each is judged with; and the
// exchange rate those imply.
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

/** Two amounts in `X(Y)` form, whatever their currencies (the same-currency ones are slips). */
export interface BracketedAmounts {
  first: KoreanAmount;
  second: KoreanAmount;
  approximate: boolean;
}

/** Relative tolerance of an exact (not 약) conversion. */
export const RATE_TOLERANCE = 0.005;
/** An approximate figure rounds; beyond this it is another number (45억 위안 is not 약 1조 원 at 190). */
export const APPROXIMATE_LIMIT = 0.15;
/**
 * The CNY→KRW rate of the 2020s (about 160–200): only breaks a tie between conversions that
 * disagree, so that the one a reader would call wrong is the one flagged.
 */
export const TYPICAL_RATE = 185;

/** Every `X(Y)` / `X(약 Y)` of two amounts with a currency (bold markers around either are allowed). */
export function findBracketedAmounts(draft: string, amounts: readonly KoreanAmount[] = findKoreanAmounts(draft)): BracketedAmounts[] {
  const out: BracketedAmounts[] = [];
  const currency = (a: KoreanAmount) => a.kind === CNY || a.kind === KRW;
  for (let k = 0; k + 1 < amounts.length; k++) {
    const first = amounts[k]!;
    const second = amounts[k + 1]!;
    if (!currency(first) || !currency(second)) continue;
    const match = /^(?:\*\*)?\((약 ?)?(?:\*\*)?$/.exec(draft.slice(first.end, second.start));
    if (!match || !/^(?:\*\*)?\)/.test(draft.slice(second.end))) continue;
    out.push({ first, second, approximate: match[1] !== undefined });
  }
  return out;
}

/** Every `X 위안(Y 원)` / `X 위안(약 Y 원)` in a draft. */
export function findConversions(draft: string, amounts: readonly KoreanAmount[] = findKoreanAmounts(draft)): Conversion[] {
  return findBracketedAmounts(draft, amounts)
    .filter((b) => b.first.kind === CNY && b.second.kind === KRW)
    .map(({ first: yuan, second: won, approximate }) => ({
      yuan,
      won,
      approximate,
      wonStart: approximate ? won.approximateStart : won.start,
      wonEnd: won.end,
    }));
}

/**
 * How far the written won figure may be from the exact conversion: ±0.5 % when exact; with 약,
 * half of the last written unit (약 1조 → ±5,000억, 약 8,550억 → ±5억) and never tighter than ±0.5 %,
 * but never beyond 15 %.
 */
export function allowedError(conversion: Conversion, exact: number): number {
  if (!conversion.approximate) return RATE_TOLERANCE * exact;
  const halfUnit = 0.5 * 10 ** conversion.won.value.exponent;
  return Math.min(Math.max(halfUnit, RATE_TOLERANCE * exact), APPROXIMATE_LIMIT * exact);
}

/** The rates a conversion is consistent with: [low, high] won per yuan. */
function rateInterval(conversion: Conversion): [number, number] | undefined {
  const yuan = toNumber(conversion.yuan.value);
  const won = toNumber(conversion.won.value);
  if (!(yuan > 0) || !(won > 0)) return undefined;
  if (!conversion.approximate) return [(won / yuan) / (1 + RATE_TOLERANCE), (won / yuan) / (1 - RATE_TOLERANCE)];
  // |won − yuan·r| ≤ allowed(yuan·r): solved for r with the half-unit and percentage bounds.
  const halfUnit = 0.5 * 10 ** conversion.won.value.exponent;
  const low = Math.max(Math.min((won - halfUnit) / yuan, won / (yuan * (1 + RATE_TOLERANCE))), won / (yuan * (1 + APPROXIMATE_LIMIT)));
  const high = Math.min(Math.max((won + halfUnit) / yuan, won / (yuan * (1 - RATE_TOLERANCE))), won / (yuan * (1 - APPROXIMATE_LIMIT)));
  return [low, high];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The CNY→KRW rate a draft's own conversions imply: the rate the most conversions agree with (one
 * outlier, or a 10× slip, does not move it), as the median of the exact conversions among them.
 * When as many conversions agree with one rate as with another, the one nearer the usual rate wins.
 * undefined when the draft has no conversion.
 */
export function deriveRate(draft: string): number | undefined {
  const items = findConversions(draft)
    .map((c) => ({ c, interval: rateInterval(c) }))
    .filter((x): x is { c: Conversion; interval: [number, number] } => x.interval !== undefined);
  if (!items.length) return undefined;
  let best: { point: number; count: number } | undefined;
  for (const candidate of items.flatMap((x) => x.interval)) {
    const count = items.filter((x) => x.interval[0] <= candidate * (1 + 1e-9) && candidate <= x.interval[1] * (1 + 1e-9)).length;
    const better =
      !best ||
      count > best.count ||
      (count === best.count && Math.abs(Math.log(candidate / TYPICAL_RATE)) < Math.abs(Math.log(best.point / TYPICAL_RATE)));
    if (better) best = { point: candidate, count };
  }
  const agreeing = items.filter((x) => x.interval[0] <= best!.point * (1 + 1e-9) && best!.point <= x.interval[1] * (1 + 1e-9));
  // The exact conversions among them give the rate; the rounded ones only when there is nothing else.
  const exact = agreeing.filter((x) => !x.c.approximate);
  return median((exact.length ? exact : agreeing).map((x) => toNumber(x.c.won.value) / toNumber(x.c.yuan.value)));
}
