// Messages of number-mismatch in Korean, English and Chinese. {factor} is written as a number a
// reader knows (100, 1만, 1억), never as a power of ten.
import type { MessageTable } from './types.ts';

export const NUMBER_MESSAGES: MessageTable = {
  'magnitude-larger': {
    ko: "자릿수 불일치: '{text}'{^은} 원문 {sourceNo}({sourceTitle}) {sourceLine}행의 {source}보다 {times} 큽니다. 확인할 표기: '{suggestion}'.",
    en: "'{text}' is {factor} times the {source} of source {sourceNo} ({sourceTitle}, line {sourceLine}): should it be '{suggestion}'?",
    zh: "数量级不符：'{text}'是原文{sourceNo}（{sourceTitle}）第{sourceLine}行中{source}的{factor}倍。请核对：'{suggestion}'。",
  },
  'magnitude-smaller': {
    ko: "자릿수 불일치: '{text}'{^은} 원문 {sourceNo}({sourceTitle}) {sourceLine}행의 {source}의 {factor}분의 1입니다. 확인할 표기: '{suggestion}'.",
    en: "'{text}' is 1/{factor} of the {source} of source {sourceNo} ({sourceTitle}, line {sourceLine}): should it be '{suggestion}'?",
    zh: "数量级不符：'{text}'是原文{sourceNo}（{sourceTitle}）第{sourceLine}行中{source}的{factor}分之一。请核对：'{suggestion}'。",
  },
  'not-in-source': {
    ko: "'{text}'{^은} 원문에 없는 수치입니다. 원문과 대조해 확인하세요.",
    en: "'{text}' is in none of the sources: check it against them.",
    zh: "'{text}'在原文中找不到，请对照原文核实。",
  },
  'source-not-in-draft': {
    ko: '원문 {sourceNo}({sourceTitle}) {sourceLine}행의 {source}{^이} 초안에 없습니다(요약이라면 무시).',
    en: 'The {source} of source {sourceNo} ({sourceTitle}, line {sourceLine}) is not in the draft (fine in a summary).',
    zh: '原文{sourceNo}（{sourceTitle}）第{sourceLine}行中的{source}未出现在译稿中（如为摘要可忽略）。',
  },
};
