// Currency rules.
// currency-unit: a yuan amount of the source written with 원 (元 is 위안, never 원); the spelling 위엔;
//   and a bracketed conversion whose two sides are in the same currency (5억 위안(925억 위안)).
// currency-rate: the won conversion in `X 위안(Y 원)` must be X × the issue's rate (±0.5 %); in
//   `X 위안(약 Y 원)` it may be off by half of the last written unit (약 1조 → ±5,000억), never less
//   than ±0.5 % and never more than 15 %. Without an issue rate the draft's own conversions give one
//   (the rate most of them agree with), and the message says so. A conversion whose yuan amount is
//   itself a slip against the source (number-mismatch) but whose won figure fits the source is left
//   to number-mismatch: its fix is the yuan amount, not the won.
import { type Decimal, equals, fromNumber, roundTo, toNumber } from '../text/numbers-decimal.ts';
import { type KoreanAmount, findKoreanAmounts, formatKoreanAmount } from '../text/numbers-ko.ts';
import { type ChineseAmount, findChineseAmounts } from '../text/numbers-zh.ts';
import { CNY, KRW } from '../text/numbers-units.ts';
import {
  type BracketedAmounts,
  type Conversion,
  allowedError,
  deriveRate,
  findBracketedAmounts,
  findConversions,
} from './currency-conversions.ts';
import { CURRENCY_MESSAGES } from './currency-messages.ts';
import type { CheckContext, RawFinding, RuleFamily } from './types.ts';
import { lineOf, sourceTitle } from './engine.ts';

export { deriveRate, findConversions, RATE_TOLERANCE } from './currency-conversions.ts';
export type { Conversion } from './currency-conversions.ts';

/** Won per yuan a same-currency second figure may imply and still be read as a won conversion. */
const PLAUSIBLE_RATE: [number, number] = [100, 300];

export const currencyRules: RuleFamily = {
  rules: ['currency-unit', 'currency-rate'],
  messages: CURRENCY_MESSAGES,
  run(ctx) {
    const amounts = findKoreanAmounts(ctx.draft);
    const bracketed = findBracketedAmounts(ctx.draft, amounts);
    const conversions = findConversions(ctx.draft, amounts);
    const sourceYuan = sourceYuanAmounts(ctx);
    return [
      ...wonForYuan(ctx, amounts, bracketed, sourceYuan),
      ...misspeltYuan(ctx, amounts),
      ...sameCurrency(ctx, bracketed),
      ...rateFindings(ctx, conversions, sourceYuan),
    ];
  },
};

interface SourceYuan {
  index: number;
  amount: ChineseAmount;
}

function sourceYuanAmounts(ctx: CheckContext): SourceYuan[] {
  const out: SourceYuan[] = [];
  ctx.sources.forEach((source, index) => {
    for (const amount of findChineseAmounts(source)) if (amount.kind === CNY) out.push({ index, amount });
  });
  return out;
}

function wonForYuan(
  ctx: CheckContext,
  amounts: readonly KoreanAmount[],
  bracketed: readonly BracketedAmounts[],
  sourceYuan: readonly SourceYuan[],
): RawFinding[] {
  if (!sourceYuan.length) return [];
  // The won side of `X(Y)` is a conversion, not the source's yuan amount.
  const secondOfPair = new Set(bracketed.map((b) => b.second.start));
  const out: RawFinding[] = [];
  for (const amount of amounts) {
    if (amount.kind !== KRW || secondOfPair.has(amount.start)) continue;
    const evidence = sourceYuan.find((s) => equals(s.amount.value, amount.value));
    if (!evidence) continue;
    const suggestion = `${ctx.draft.slice(amount.start, amount.numberEnd)} 위안`;
    out.push({
      rule: 'currency-unit',
      severity: 'error',
      start: amount.start,
      end: amount.end,
      messageKey: 'won-for-yuan',
      params: {
        source: evidence.amount.text,
        sourceNo: evidence.index + 1,
        sourceTitle: sourceTitle(ctx.sources[evidence.index] ?? ''),
        sourceLine: lineOf(ctx.sources[evidence.index] ?? '', evidence.amount.start),
        text: amount.text,
        suggestion,
      },
      suggestion,
      source: { index: evidence.index, start: evidence.amount.start, end: evidence.amount.end },
    });
  }
  return out;
}

function misspeltYuan(ctx: CheckContext, amounts: readonly KoreanAmount[]): RawFinding[] {
  return amounts
    .filter((a) => a.unit === '위엔')
    .map((amount): RawFinding => {
      const suggestion = `${ctx.draft.slice(amount.start, amount.unitStart)}위안`;
      return {
        rule: 'currency-unit',
        severity: 'error',
        start: amount.start,
        end: amount.end,
        messageKey: 'yuan-misspelt',
        params: { text: amount.text, suggestion },
        suggestion,
      };
    });
}

/** `5억 위안(925억 위안)`, `4조원(880조원)`: one of the two is in the wrong currency. */
function sameCurrency(ctx: CheckContext, bracketed: readonly BracketedAmounts[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { first, second } of bracketed) {
    if (first.kind !== second.kind) continue;
    // 4조원(880조원) where the source has 4万亿元: won-for-yuan names the first figure already.
    const ratio = toNumber(second.value) / toNumber(first.value);
    const readsAsConversion = ratio >= PLAUSIBLE_RATE[0] && ratio <= PLAUSIBLE_RATE[1];
    if (first.kind === KRW && readsAsConversion) continue;
    const params = { first: first.text, second: second.text };
    if (first.kind === CNY && readsAsConversion) {
      const suggestion = `${ctx.draft.slice(second.start, second.unitStart)}원`;
      out.push({
        rule: 'currency-unit',
        severity: 'error',
        start: second.start,
        end: second.end,
        messageKey: 'conversion-in-yuan',
        params: { ...params, suggestion },
        suggestion,
      });
      continue;
    }
    out.push({ rule: 'currency-unit', severity: 'error', start: first.start, end: second.end, messageKey: 'same-currency', params });
  }
  return out;
}

function formatRate(rate: number): string {
  return String(Number(rate.toFixed(4)));
}

function wonText(value: Decimal, won: KoreanAmount): string {
  return `${formatKoreanAmount(value, 'groups')}${won.gapBeforeUnit}${won.unit}`;
}

/** The exact won value rounded to `exponent`, but never to zero and never coarser than `minDigits` significant digits. */
function roundedWon(expected: number, exponent: number, minDigits: number): Decimal {
  const magnitude = Math.floor(Math.log10(expected));
  return roundTo(fromNumber(expected), Math.max(0, Math.min(exponent, magnitude - (minDigits - 1))));
}

/** The yuan figure is a slip against the source and the won figure converts the source's amount. */
function wonFitsSourceInstead(conversion: Conversion, rate: number, sourceYuan: readonly SourceYuan[]): boolean {
  if (!sourceYuan.length || sourceYuan.some((s) => equals(s.amount.value, conversion.yuan.value))) return false;
  return sourceYuan.some((s) => {
    const exact = toNumber(s.amount.value) * rate;
    return exact > 0 && Math.abs(toNumber(conversion.won.value) - exact) <= allowedError(conversion, exact);
  });
}

function rateFindings(ctx: CheckContext, conversions: readonly Conversion[], sourceYuan: readonly SourceYuan[]): RawFinding[] {
  const issueRate = ctx.rate;
  const rate = issueRate ?? deriveRate(ctx.draft);
  if (rate === undefined || !(rate > 0)) return [];
  const derived = issueRate === undefined || ctx.rateDerived === true;
  const suffix = derived ? '-derived' : '';
  const out: RawFinding[] = [];
  for (const conversion of conversions) {
    const { yuan, won } = conversion;
    const expected = toNumber(yuan.value) * rate;
    if (!(expected > 0)) continue;
    if (Math.abs(toNumber(won.value) - expected) <= allowedError(conversion, expected)) continue;
    if (wonFitsSourceInstead(conversion, rate, sourceYuan)) continue;
    const exactText = wonText(roundedWon(expected, 4, 4), won);
    // As precise as written when that is close enough (약 1조 for 1.14조), else three (약) or four
    // significant digits (약 8,550억 for 45억 위안 at 190, not 약 1조).
    const asWritten = roundTo(fromNumber(expected), won.value.exponent);
    const closeEnough = conversion.approximate && Math.abs(toNumber(asWritten) - expected) <= allowedError(conversion, expected);
    const value = closeEnough ? asWritten : roundedWon(expected, won.value.exponent, conversion.approximate ? 3 : 4);
    const suggestion = `${conversion.approximate ? '약 ' : ''}${wonText(value, won)}`;
    out.push({
      rule: 'currency-rate',
      severity: 'warning',
      start: conversion.wonStart,
      end: conversion.wonEnd,
      messageKey: `${conversion.approximate ? 'rate-rounded' : 'rate-off'}${suffix}`,
      params: {
        yuan: yuan.text,
        won: ctx.draft.slice(conversion.wonStart, conversion.wonEnd),
        rate: formatRate(rate),
        derived: derived ? 1 : 0,
        expected: suggestion,
        exact: exactText,
      },
      suggestion,
    });
  }
  return out;
}
