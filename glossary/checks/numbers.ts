// number-mismatch: numbers of the draft against the numbers of the sources, in both directions.
//   - The classic 万/亿 slip (error): a draft number whose digits match a source number of the same
//     kind (currency, counter, %) at another power of ten (source 1.5万亿元, draft 1.5억 위안 →
//     1.5조 위안). Among several candidates the one written with the same digits wins (source 8亿元
//     and 800万元, draft 800억 → 800万元), then the nearest power of ten.
//   - A draft quantity that no source has (warning, when sources are given): a number a reviewer
//     cannot place. Won figures are conversions and approximations (약) are rounded: not compared.
//   - A source quantity the draft never writes (info): a checklist, since drafts summarize.
import { type Decimal, decimal, equals, significantDigits, toNumber } from '../text/numbers-decimal.ts';
import { type KoreanAmount, findKoreanAmounts, formatKoreanAmount } from '../text/numbers-ko.ts';
import { type ChineseAmount, findChineseAmounts } from '../text/numbers-zh.ts';
import { KRW, LABEL_KINDS } from '../text/numbers-units.ts';
import { CURRENCY_COUNTERS } from './spacing.ts';
import { NUMBER_MESSAGES } from './numbers-messages.ts';
import { findBracketedAmounts } from './currency-conversions.ts';
import { lineOf, sourceTitle } from './engine.ts';
import type { RawFinding, RuleFamily } from './types.ts';

interface SourceAmount {
  index: number;
  amount: ChineseAmount;
}

const TEN_THOUSAND = 4;
/** Magnitude (digits before the point) of 100. */
const HUNDRED = 3;

function magnitude(value: Decimal): number {
  return value.coefficient.toString().length + value.exponent;
}

/**
 * Same digits at another power of ten. One significant digit (3, 6) matches too much by chance,
 * so then both numbers must be at least 만 (3亿 vs 3만), or both at least 100 (800项 vs 8,000건;
 * 一个 vs 1만 개 stays unflagged).
 */
function isPowerOfTenSlip(draft: Decimal, source: Decimal): boolean {
  if (draft.coefficient !== source.coefficient || draft.exponent === source.exponent) return false;
  if (significantDigits(draft) >= 2) return true;
  if (magnitude(draft) >= HUNDRED && magnitude(source) >= HUNDRED) return true;
  return magnitude(draft) > TEN_THOUSAND && magnitude(source) > TEN_THOUSAND;
}

/** 100 → '100', 10^4 → '1만', 10^8 → '1억': the factor in words a reader knows, not 10^k. */
function factorText(powers: number): string {
  return formatKoreanAmount(decimal(1n, powers), 'compact');
}

/** '10배', '1만 배' (the house spaces a counter after 만/억). */
function timesText(powers: number): string {
  const factor = factorText(powers);
  return /[만억조]$/.test(factor) ? `${factor} 배` : `${factor}배`;
}

/** The digits as written before the first unit: '800' of 800억 and of 800万元, '1,200' → '1200'. */
function writtenDigits(text: string): string {
  return (/^[0-9.,]+/.exec(text)?.[0] ?? '').replace(/,/g, '');
}

/** The draft's counter, spaced as the house spaces it after the new number (1,200만 개 → 1,200개). */
function counterAfter(number: string, amount: KoreanAmount): string {
  if (!amount.unit) return '';
  const approx = amount.gapBeforeUnit.replace(/ /g, '');
  const spaced = /[만억조천]$/.test(number + approx) || CURRENCY_COUNTERS.has(amount.unit);
  return `${approx}${spaced ? ' ' : ''}${amount.unit}`;
}

/** The source value in the draft's own style: 1.5조 for 1.5万亿, 4,802억 6천만 for a draft written in groups. */
function numberLike(source: ChineseAmount, amount: KoreanAmount): string {
  if (amount.groups.length < 2) return formatKoreanAmount(source.value, source.decimalPoint ? 'compact' : 'auto');
  const grouped = formatKoreanAmount(source.value, 'groups');
  return amount.groups.some((g) => g.unit.startsWith('천')) ? grouped.replace(/\b([1-9]),000(만|억)/g, '$1천$2') : grouped;
}

function isPlaced(amount: KoreanAmount, sources: readonly SourceAmount[]): boolean {
  return sources.some((s) => (s.amount.kind === amount.kind || s.amount.kind === null) && equals(s.amount.value, amount.value));
}

function slipFinding(amount: KoreanAmount, sources: readonly SourceAmount[], titles: readonly string[], texts: readonly string[]): RawFinding | undefined {
  const digits = writtenDigits(amount.text);
  let best: SourceAmount | undefined;
  const rank = (c: SourceAmount) => [writtenDigits(c.amount.text) === digits ? 0 : 1, Math.abs(c.amount.value.exponent - amount.value.exponent)];
  for (const candidate of sources) {
    if (candidate.amount.kind !== amount.kind || !isPowerOfTenSlip(amount.value, candidate.amount.value)) continue;
    if (!best) {
      best = candidate;
      continue;
    }
    const [a1, a2] = rank(candidate);
    const [b1, b2] = rank(best);
    if (a1! < b1! || (a1 === b1 && a2! < b2!)) best = candidate;
  }
  if (!best) return undefined;
  const number = numberLike(best.amount, amount);
  const suggestion = `${number}${counterAfter(number, amount)}`;
  const diff = best.amount.value.exponent - amount.value.exponent;
  return {
    rule: 'number-mismatch',
    severity: 'error',
    start: amount.start,
    end: amount.end,
    messageKey: diff > 0 ? 'magnitude-smaller' : 'magnitude-larger',
    params: { text: amount.text, source: best.amount.text, factor: factorText(Math.abs(diff)), times: timesText(Math.abs(diff)), suggestion, ...sourceParams(best, titles, texts) },
    suggestion,
    source: { index: best.index, start: best.amount.start, end: best.amount.end },
  };
}

/** The source's title (its first line) and number, for messages that point at it. */
function sourceParams(s: SourceAmount, titles: readonly string[], sources: readonly string[]): Record<string, string | number> {
  return { sourceNo: s.index + 1, sourceTitle: titles[s.index] ?? '', sourceLine: lineOf(sources[s.index] ?? '', s.amount.start) };
}


/**
 * Is a draft number that equals no source number worth a warning? Not a won figure or the second
 * figure of `X(Y)` (conversions), not 약/여 (rounded), not a round figure of one significant digit
 * (1천억 위안을 넘은, 5개 성), and not the source number shortened to fewer digits
 * (3조 3,357억 for 33357.1亿).
 */
/** toNumber, remembered per value: every draft number is compared with every source number, keystroke after keystroke. */
const numbers = new WeakMap<Decimal, number>();
function numberOf(value: Decimal): number {
  let n = numbers.get(value);
  if (n === undefined) {
    n = toNumber(value);
    numbers.set(value, n);
  }
  return n;
}

function worthPlacing(amount: KoreanAmount, sources: readonly SourceAmount[], bracketedSeconds: ReadonlySet<number>): boolean {
  if (amount.kind === KRW || bracketedSeconds.has(amount.start)) return false;
  if (amount.approximateStart >= 0 || amount.gapBeforeUnit.includes('여') || significantDigits(amount.value) < 2) return false;
  const unit = 10 ** amount.value.exponent;
  const value = numberOf(amount.value);
  return !sources.some((s) => (s.amount.kind === amount.kind || s.amount.kind === null) && Math.abs(numberOf(s.amount.value) - value) < unit);
}

/** Amounts worth comparing: quantities with a counter, not dates, labels or won conversions. */
function comparable(amount: { kind: string | null }): boolean {
  return amount.kind !== null && !LABEL_KINDS.has(amount.kind);
}

export const numberRules: RuleFamily = {
  rules: ['number-mismatch'],
  messages: NUMBER_MESSAGES,
  run(ctx) {
    if (!ctx.sources.length) return [];
    const titles = ctx.sources.map(sourceTitle);
    const sources: SourceAmount[] = [];
    ctx.sources.forEach((text, index) => {
      for (const amount of findChineseAmounts(text)) if (!amount.kind || !LABEL_KINDS.has(amount.kind)) sources.push({ index, amount });
    });
    const draftAmounts = findKoreanAmounts(ctx.draft);
    const bracketedSeconds = new Set(findBracketedAmounts(ctx.draft, draftAmounts).map((b) => b.second.start));
    const out: RawFinding[] = [];
    for (const amount of draftAmounts) {
      if (!comparable(amount) || isPlaced(amount, sources)) continue;
      const slip = slipFinding(amount, sources, titles, ctx.sources);
      if (slip) {
        out.push(slip);
        continue;
      }
      if (!worthPlacing(amount, sources, bracketedSeconds)) continue;
      out.push({
        rule: 'number-mismatch',
        severity: 'warning',
        start: amount.start,
        end: amount.end,
        messageKey: 'not-in-source',
        params: { text: amount.text, sources: ctx.sources.length },
      });
    }
    // The checklist: source quantities the draft never writes (an empty span, like term-missing).
    const written = draftAmounts.filter(comparable);
    const reported = new Set<string>();
    for (const s of sources) {
      if (!comparable(s.amount) || written.some((a) => equals(a.value, s.amount.value))) continue;
      const key = `${s.amount.kind}:${s.amount.value.coefficient}e${s.amount.value.exponent}`;
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({
        rule: 'number-mismatch',
        severity: 'info',
        start: 0,
        end: 0,
        messageKey: 'source-not-in-draft',
        params: { source: s.amount.text, ...sourceParams(s, titles, ctx.sources) },
        source: { index: s.index, start: s.amount.start, end: s.amount.end },
      });
    }
    return out;
  },
};
