// number-mismatch: the classic 万/亿 slip. A number with a counter in the draft whose digits match a
// source number of the same kind (currency, counter, %) but at another power of ten (source 1.5万亿元,
// draft 1.5억 위안 → 1.5조 위안). A draft number that equals some source number, or whose digits occur
// nowhere in the sources, is left alone: the rule reports slips, not numbers it cannot place.
import { type Decimal, equals, significantDigits } from '../text/numbers-decimal.ts';
import { type KoreanAmount, findKoreanAmounts, formatKoreanAmount } from '../text/numbers-ko.ts';
import { type ChineseAmount, findChineseAmounts } from '../text/numbers-zh.ts';
import { LABEL_KINDS } from '../text/numbers-units.ts';
import { CURRENCY_COUNTERS } from './spacing.ts';
import type { RawFinding, RuleFamily } from './types.ts';

interface SourceAmount {
  index: number;
  amount: ChineseAmount;
}

const TEN_THOUSAND = 4;

function magnitude(value: Decimal): number {
  return value.coefficient.toString().length + value.exponent;
}

/**
 * Same digits at another power of ten. One significant digit (3, 6) matches too much by chance,
 * so then both numbers must be at least 만 (3亿 vs 3만).
 */
function isPowerOfTenSlip(draft: Decimal, source: Decimal): boolean {
  if (draft.coefficient !== source.coefficient || draft.exponent === source.exponent) return false;
  if (significantDigits(draft) >= 2) return true;
  return magnitude(draft) > TEN_THOUSAND && magnitude(source) > TEN_THOUSAND;
}

function factorText(draft: Decimal, source: Decimal): string {
  const diff = source.exponent - draft.exponent;
  return diff > 0 ? `×10^${diff}` : `÷10^${-diff}`;
}

/** The draft's counter, spaced as the house spaces it after the new number (1,200만 개 → 1,200개). */
function counterAfter(number: string, amount: KoreanAmount): string {
  if (!amount.unit) return '';
  const approx = amount.gapBeforeUnit.replace(/ /g, '');
  const spaced = /[만억조천]$/.test(number + approx) || CURRENCY_COUNTERS.has(amount.unit);
  return `${approx}${spaced ? ' ' : ''}${amount.unit}`;
}

function checkAmount(amount: KoreanAmount, sources: readonly SourceAmount[]): RawFinding | undefined {
  const sameKind = sources.filter((s) => s.amount.kind === amount.kind);
  const placed = sources.some(
    (s) => (s.amount.kind === amount.kind || s.amount.kind === null) && equals(s.amount.value, amount.value),
  );
  if (placed) return undefined;
  let best: SourceAmount | undefined;
  for (const candidate of sameKind) {
    if (!isPowerOfTenSlip(amount.value, candidate.amount.value)) continue;
    const distance = Math.abs(candidate.amount.value.exponent - amount.value.exponent);
    if (!best || distance < Math.abs(best.amount.value.exponent - amount.value.exponent)) best = candidate;
  }
  if (!best) return undefined;
  const number = formatKoreanAmount(best.amount.value, best.amount.decimalPoint ? 'compact' : 'auto');
  const suggestion = `${number}${counterAfter(number, amount)}`;
  return {
    rule: 'number-mismatch',
    severity: 'error',
    start: amount.start,
    end: amount.end,
    messageKey: 'magnitude',
    params: { text: amount.text, source: best.amount.text, factor: factorText(amount.value, best.amount.value), suggestion },
    suggestion,
    source: { index: best.index, start: best.amount.start, end: best.amount.end },
  };
}

export const numberRules: RuleFamily = {
  rules: ['number-mismatch'],
  messages: {
    magnitude: {
      ko: "자릿수 불일치: '{text}' ↔ 원문 {source} ({factor}). 확인할 표기: '{suggestion}'.",
      en: "'{text}' differs from the source's {source} by a power of ten ({factor}): should it be '{suggestion}'?",
    },
  },
  run(ctx) {
    if (!ctx.sources.length) return [];
    const sources: SourceAmount[] = [];
    ctx.sources.forEach((text, index) => {
      for (const amount of findChineseAmounts(text)) if (!amount.kind || !LABEL_KINDS.has(amount.kind)) sources.push({ index, amount });
    });
    const out: RawFinding[] = [];
    for (const amount of findKoreanAmounts(ctx.draft)) {
      if (!amount.kind || LABEL_KINDS.has(amount.kind)) continue;
      const finding = checkAmount(amount, sources);
      if (finding) out.push(finding);
    }
    return out;
  },
};
