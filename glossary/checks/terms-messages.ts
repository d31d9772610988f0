// Messages of the glossary term rules in Korean, English and Chinese; particles agree with the
// words they follow ({^은}, see engine.ts).
import type { MessageTable } from './types.ts';

export const TERM_MESSAGES: MessageTable = {
  forbidden: {
    ko: "'{found}'{^은} {zh}의 금지된 표기입니다. '{preferred}'{^으로} 쓰십시오.",
    en: "'{found}' is a forbidden rendering of {zh}; use '{preferred}'.",
    zh: "'{found}'是{zh}的禁用译名，请改用'{preferred}'。",
  },
  deprecated: {
    ko: "'{found}'{^은} {zh}의 더 이상 쓰지 않는 표기입니다. '{preferred}'{^으로} 쓰십시오.",
    en: "'{found}' is a deprecated rendering of {zh}; use '{preferred}'.",
    zh: "'{found}'是{zh}已停用的译名，请改用'{preferred}'。",
  },
  'forbidden-no-alternative': {
    ko: "'{found}'{^은} {zh}의 금지된 표기입니다.",
    en: "'{found}' is a forbidden rendering of {zh}.",
    zh: "'{found}'是{zh}的禁用译名。",
  },
  'deprecated-no-alternative': {
    ko: "'{found}'{^은} {zh}의 더 이상 쓰지 않는 표기입니다.",
    en: "'{found}' is a deprecated rendering of {zh}.",
    zh: "'{found}'是{zh}已停用的译名。",
  },
  mismatch: {
    ko: "{zh}의 용어집 표기는 '{preferred}'입니다('{found}' 아님).",
    en: "The glossary renders {zh} as '{preferred}', not '{found}'.",
    zh: "术语表中{zh}的译名是'{preferred}'，而非'{found}'。",
  },
  'hanja-reading': {
    ko: "'{found}'{^은} {zh}의 한자음입니다. 용어집 표기는 외래어 표기법에 따른 '{preferred}'입니다.",
    en: "'{found}' is the Sino-Korean reading of {zh}; the glossary uses the official transcription '{preferred}'.",
    zh: "'{found}'是{zh}的汉字音读法；术语表采用外来语标记法译名'{preferred}'。",
  },
  missing: {
    ko: "원문 {source}({sourceTitle}) {sourceLine}행의 {zh}{^이} 초안에 나오지 않습니다. 용어집 표기: '{preferred}'.",
    en: "{zh} (source {source}, {sourceTitle}, line {sourceLine}) does not appear in the draft; glossary rendering: '{preferred}'.",
    zh: "原文{source}（{sourceTitle}）第{sourceLine}行的{zh}未出现在译稿中；术语表译名：'{preferred}'。",
  },
};
