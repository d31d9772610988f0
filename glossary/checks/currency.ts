// Currency rules. currency-unit: a yuan amount of the source written with 원 (元 is 위안, never 원).
// currency-rate: the won conversion in `X 위안(Y 원)` must be X × the issue's rate (±0.5 %), and in
// `X 위안(약 Y 원)` it must be X × rate rounded to the precision Y is written to (약 1조 → 조,
// 약 8,000억 → 1,000억). Without an issue rate the draft's own conversions give one (their median),
// and the message says so.
import { type Decimal, equals, fromNumber, roundTo, toNumber } from '../text/numbers-decimal.ts';
import { type KoreanAmount, findKoreanAmounts, formatKoreanAmount } from '../text/numbers-ko.ts';
import { type ChineseAmount, findChineseAmounts } from '../text/numbers-zh.ts';
import { CNY, KRW } from '../text/numbers-units.ts';
import { type Conversion, deriveRate, findConversions } from './currency-conversions.ts';
import type { CheckContext, RawFinding, RuleFamily } from './types.ts';

export { deriveRate, findConversions } from './currency-conversions.ts';
export type { Conversion } from './currency-conversions.ts';

/** Relative tolerance of an exact (not 약) conversion. */
export const RATE_TOLERANCE = 0.005;

const DERIVED_NOTE = {
  ko: ' (사용한 환율 {rate}: 이 글의 환산 표기들의 중앙값. 호의 환율을 지정하세요.)',
  en: ' (rate {rate} is the median of this text\'s own conversions; set the issue\'s rate.)',
};

const RATE_OFF = {
  ko: "{yuan}의 원화 환산 '{won}': 환율 {rate}원/위안 기준으로 0.5% 넘게 차이 납니다. 맞는 값: '{expected}'.",
  en: "The won conversion '{won}' of {yuan} is off by more than 0.5 % at {rate} won/yuan: it should be {expected}.",
};
const RATE_ROUNDED = {
  ko: "{yuan} × {rate} = {exact}원, 반올림하면 '{expected}'입니다 ('{won}' 아님).",
  en: "{yuan} × {rate} = {exact} won, which rounds to '{expected}', not '{won}'.",
};

export const currencyRules: RuleFamily = {
  rules: ['currency-unit', 'currency-rate'],
  messages: {
    'won-for-yuan': {
      ko: "원문 {source}: 위안화 금액입니다. '{text}' 대신 '{suggestion}' (元은 위안, 원이 아님).",
      en: "The source amount {source} is in yuan: write '{suggestion}', not '{text}' (元 is 위안, never 원).",
    },
    'rate-off': RATE_OFF,
    'rate-off-derived': { ko: RATE_OFF.ko + DERIVED_NOTE.ko, en: RATE_OFF.en + DERIVED_NOTE.en },
    'rate-rounded': RATE_ROUNDED,
    'rate-rounded-derived': { ko: RATE_ROUNDED.ko + DERIVED_NOTE.ko, en: RATE_ROUNDED.en + DERIVED_NOTE.en },
  },
  run(ctx) {
    const amounts = findKoreanAmounts(ctx.draft);
    const conversions = findConversions(ctx.draft, amounts);
    return [...wonForYuan(ctx, amounts, conversions), ...rateFindings(ctx, conversions)];
  },
};

function wonForYuan(ctx: CheckContext, amounts: readonly KoreanAmount[], conversions: readonly Conversion[]): RawFinding[] {
  const conversionWon = new Set(conversions.map((c) => c.won.start));
  const sourceYuan: { index: number; amount: ChineseAmount }[] = [];
  ctx.sources.forEach((source, index) => {
    for (const amount of findChineseAmounts(source)) if (amount.kind === CNY) sourceYuan.push({ index, amount });
  });
  if (!sourceYuan.length) return [];
  const out: RawFinding[] = [];
  for (const amount of amounts) {
    if (amount.kind !== KRW || conversionWon.has(amount.start)) continue;
    const evidence = sourceYuan.find((s) => equals(s.amount.value, amount.value));
    if (!evidence) continue;
    const suggestion = `${ctx.draft.slice(amount.start, amount.numberEnd)} 위안`;
    out.push({
      rule: 'currency-unit',
      severity: 'error',
      start: amount.start,
      end: amount.end,
      messageKey: 'won-for-yuan',
      params: { source: evidence.amount.text, text: amount.text, suggestion },
      suggestion,
      source: { index: evidence.index, start: evidence.amount.start, end: evidence.amount.end },
    });
  }
  return out;
}

function formatRate(rate: number): string {
  return String(Number(rate.toFixed(4)));
}

function wonText(value: Decimal, won: KoreanAmount): string {
  return `${formatKoreanAmount(value, 'groups')}${won.gapBeforeUnit}${won.unit}`;
}

function rateFindings(ctx: CheckContext, conversions: readonly Conversion[]): RawFinding[] {
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
    const params = { yuan: yuan.text, won: won.text, rate: formatRate(rate), derived: derived ? 1 : 0 };
    if (conversion.approximate) {
      // Rounded to the place of the last non-zero digit written: 약 1조 → 10^12, 약 8,000억 → 10^11.
      const rounded = roundTo(fromNumber(expected), won.value.exponent);
      if (equals(rounded, won.value)) continue;
      const suggestion = `약 ${wonText(rounded, won)}`;
      out.push({
        rule: 'currency-rate',
        severity: 'warning',
        start: conversion.wonStart,
        end: conversion.wonEnd,
        messageKey: `rate-rounded${suffix}`,
        params: { ...params, expected: suggestion, exact: formatKoreanAmount(roundTo(fromNumber(expected), 4), 'groups') },
        suggestion,
      });
      continue;
    }
    if (Math.abs(toNumber(won.value) - expected) / expected <= RATE_TOLERANCE) continue;
    // As precise as written, and never coarser than four significant digits (32조 → 32조 2,800억).
    const magnitude = Math.floor(Math.log10(expected));
    const precision = Math.max(0, Math.min(won.value.exponent, magnitude - 3));
    const suggestion = wonText(roundTo(fromNumber(expected), precision), won);
    out.push({
      rule: 'currency-rate',
      severity: 'warning',
      start: conversion.wonStart,
      end: conversion.wonEnd,
      messageKey: `rate-off${suffix}`,
      params: { ...params, expected: suggestion },
      suggestion,
    });
  }
  return out;
}
