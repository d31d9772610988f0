// Messages of the currency rules, in Korean, English and Chinese. Amounts come already in the house
// format (632억 3,670만 원); particles agree with them through {^…} (see engine.ts).
import type { MessageTable } from './types.ts';

const DERIVED_NOTE = {
  ko: ' (환율 {rate}: 이 글의 환산들이 가장 많이 따르는 값입니다. 호의 환율을 지정하세요.)',
  en: ' (rate {rate}: the one most of this text’s conversions agree with; set the issue’s rate.)',
  zh: '（汇率{rate}：本文多数换算所依据的汇率；请设定本期汇率。）',
};

const RATE_OFF = {
  ko: "{yuan}의 원화 환산 '{won}'{^이} 환율 {rate}원/위안으로 환산한 {exact}에서 0.5% 넘게 벗어납니다. 맞는 값: '{expected}'.",
  en: "The won conversion '{won}' of {yuan} is more than 0.5 % off {exact} at {rate} won per yuan: '{expected}'.",
  zh: "{yuan}的韩元换算'{won}'与按{rate}韩元/元计算的{exact}相差超过0.5%：应为'{expected}'。",
};
const RATE_ROUNDED = {
  ko: "{yuan} × {rate} = {exact}: '{won}'{^은} 어림값으로 보아도 너무 멉니다. '{expected}'{^으로} 쓰세요.",
  en: "{yuan} × {rate} = {exact}: '{won}' is too far off even as a round figure; write '{expected}'.",
  zh: "{yuan} × {rate} = {exact}：'{won}'作为约数也偏差过大，应为'{expected}'。",
};

function withNote(message: { ko: string; en: string; zh: string }) {
  return { ko: message.ko + DERIVED_NOTE.ko, en: message.en + DERIVED_NOTE.en, zh: message.zh + DERIVED_NOTE.zh };
}

export const CURRENCY_MESSAGES: MessageTable = {
  'won-for-yuan': {
    ko: "원문 {sourceNo}({sourceTitle}) {sourceLine}행의 금액 {source}: 위안화를 원으로 썼습니다. '{text}' 대신 '{suggestion}'{^으로} 쓰세요(元은 위안).",
    en: "The amount {source} of source {sourceNo} ({sourceTitle}, line {sourceLine}) is in yuan: write '{suggestion}', not '{text}' (元 is 위안, never 원).",
    zh: "原文{sourceNo}（{sourceTitle}）第{sourceLine}行的金额{source}以人民币计：应写'{suggestion}'，而非'{text}'（元译作위안，不作원）。",
  },
  'yuan-misspelt': {
    ko: "'{text}': 위안화는 외래어 표기법에 따라 '위안'으로 적습니다. '{suggestion}'{^으로} 고치세요.",
    en: "'{text}': the yuan is spelt 위안 (official transcription): '{suggestion}'.",
    zh: "'{text}'：人民币单位按外来语标记法写作위안：应为'{suggestion}'。",
  },
  'conversion-in-yuan': {
    ko: "괄호 안 환산액 '{second}'{^도} 위안입니다. 원화 환산이라면 '{suggestion}'입니다.",
    en: "The conversion '{second}' in parentheses is in yuan too; as a won conversion it is '{suggestion}'.",
    zh: "括号内的换算'{second}'也以人民币计；若为韩元换算，应为'{suggestion}'。",
  },
  'same-currency': {
    ko: "'{first}'{^과} 괄호 안 '{second}'{^이} 같은 통화입니다. 원문과 대조해 어느 쪽 통화가 맞는지 확인하세요.",
    en: "'{first}' and '{second}' in parentheses are in the same currency; check against the source which one is right.",
    zh: "'{first}'与括号内的'{second}'币种相同，请对照原文确认。",
  },
  'rate-off': RATE_OFF,
  'rate-off-derived': withNote(RATE_OFF),
  'rate-rounded': RATE_ROUNDED,
  'rate-rounded-derived': withNote(RATE_ROUNDED),
};
