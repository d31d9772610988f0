// Units and counters written after numbers, in Chinese sources and Korean drafts, mapped to one
// "kind" so a draft amount can be matched with its source amount (元 ↔ 위안, 个/项/家 ↔ 개/건/곳,
// 名/人 ↔ 명). Kinds: a currency code, 'percent', 'people', 'count', 'times', 'ton', 'year' …, or
// 'unit:<latin unit in lower case>' (GWh, MW, EFLOPS) which both languages write the same way.

export type UnitKind = string;

/** Currency kinds: a yuan amount must be written 위안 (元 is never 원). */
export const CNY = 'CNY';
export const KRW = 'KRW';

/** Counters after a Chinese number (folded, simplified). Longest first when matching. */
export const ZH_UNITS: Readonly<Record<string, UnitKind>> = {
  人民币元: CNY,
  元人民币: CNY,
  人民币: CNY,
  元: CNY,
  块: CNY,
  美元: 'USD',
  欧元: 'EUR',
  日元: 'JPY',
  韩元: KRW,
  港元: 'HKD',
  英镑: 'GBP',
  个百分点: 'percent-point',
  '%': 'percent',
  个: 'count',
  项: 'count',
  家: 'count',
  件: 'count',
  所: 'count',
  座: 'count',
  款: 'count',
  种: 'count',
  类: 'count',
  条: 'count',
  批: 'count',
  套: 'count',
  篇: 'count',
  台: 'count',
  辆: 'count',
  艘: 'count',
  架: 'count',
  颗: 'count',
  处: 'count',
  名: 'people',
  人: 'people',
  位: 'people',
  人次: 'people',
  倍: 'times',
  吨: 'ton',
  克: 'gram',
  公斤: 'kg',
  千克: 'kg',
  年: 'year',
  月: 'month',
  日: 'day',
  天: 'day',
  千瓦时: 'unit:kwh',
  千瓦: 'unit:kw',
};

/** Counters after a Korean number. */
export const KO_UNITS: Readonly<Record<string, UnitKind>> = {
  위안: CNY,
  // A misspelling of 위안 (currency-unit says so); read as yuan so the amount is still compared.
  위엔: CNY,
  원: KRW,
  달러: 'USD',
  유로: 'EUR',
  엔: 'JPY',
  파운드: 'GBP',
  '%p': 'percent-point',
  '%': 'percent',
  퍼센트: 'percent',
  개: 'count',
  건: 'count',
  곳: 'count',
  종: 'count',
  가지: 'count',
  개사: 'count',
  개국: 'count',
  개소: 'count',
  편: 'count',
  대: 'count',
  척: 'count',
  항목: 'count',
  명: 'people',
  인: 'people',
  배: 'times',
  톤: 'ton',
  그램: 'gram',
  킬로그램: 'kg',
  년: 'year',
  년도: 'year',
  개년: 'year',
  개월: 'month',
  월: 'month',
  일: 'day',
  // Labels, not quantities (room 1308호, 3위, 2차): never grouped with commas.
  호: 'label',
  번: 'label',
  번지: 'label',
  층: 'label',
  위: 'label',
  차: 'label',
  점: 'score',
  세: 'age',
  회: 'times-event',
  시간: 'hour',
};

/**
 * Latin units written the same in both languages (compared in lower case). Single letters (m, t, g)
 * are left out: 5G, 3D and model names would read as units.
 */
export const LATIN_UNITS: readonly string[] = [
  'GWh', 'MWh', 'kWh', 'TWh', 'GW', 'MW', 'kW', 'TW', 'kV', 'EFLOPS', 'PFLOPS', 'TFLOPS', 'Gbps',
  'mm', 'cm', 'km', 'kg', 'nm',
];

/** Kinds that are dates or labels: never compared, never comma-grouped. */
export const LABEL_KINDS: ReadonlySet<UnitKind> = new Set(['year', 'month', 'day', 'label', 'age', 'hour']);

export function latinUnitKind(unit: string): UnitKind {
  return `unit:${unit.toLowerCase()}`;
}

/** Keys of a table, longest first, so 美元 wins over 元 and 개사 over 개. */
export function longestFirst(table: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(table).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
