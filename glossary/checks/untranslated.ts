// untranslated: Chinese characters left in the Korean text. Allowed are the places the house style
// keeps them:
//   - a gloss in parentheses right after the Korean or Latin name it explains: 위화퉁(亿華通),
//     이치자동차 (一汽), 전고체전지(신장·新疆), CATL(宁德时代), and after a quoted name '쌍탄소'(双碳);
//   - reference lines, which keep the original title on purpose: a line starting with a reference
//     mark (☑ ☞ ※ ▷ ▽ ✓ ✔ ☐), with 출처, or with a dated source `(24.9.18, 国家统计局) 标题`; every
//     line of a `<참고자료>` / `〈참고자료〉` block; a line whose only Hangul-free content is a title
//     and a URL (a ☑ line whose mark a PDF conversion turned into □);
//   - Korean's own single-hanja abbreviations: 中 과기부, 前 센터장, 全 산업, 韓中, 對中 수출, 美 실리콘밸리;
//   - URLs.
// A line starting with □ or ○ is running text (the 2025 house style) and is checked.
// Every other run of Han characters is flagged; when the glossary knows it, the suggestion is the
// approved Korean with the Chinese as a gloss.
import { findUrls } from '../text/numbers-ko.ts';
import type { CheckContext, RawFinding, RuleFamily } from './types.ts';

const HAN = '\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}';
/**
 * A run of Han characters; a middle dot, a space or kana between two Han characters keeps the run
 * whole (Japanese text garbled in by a PDF conversion is one finding, not one per kanji).
 */
const HAN_RUN = new RegExp(`[${HAN}](?:[${HAN}·・ \u3040-\u30ff]*[${HAN}])?`, 'gu');
const REFERENCE_MARK = /^[\s\-*]*(?:[☑☐☞※▷▽✓✔]|출처|\(\s*\d{2,4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?\.?\s*,)/;
const REFERENCE_BLOCK_HEAD = /^\s*[<〈《]\s*참고\s*자료\s*[>〉》]/;
/** A line that is a Chinese title and a URL and nothing Korean (a reference whose mark was lost). */
const TITLE_AND_URL = /^[^가-힣]*(?:https?:\/\/|www\.)\S+\s*$/;

/**
 * Hanja that Korean itself writes as abbreviations (country names, 前/現/全/對 …). A run made only
 * of these, at most three long, standing as its own word or before Korean, is Korean, not Chinese.
 */
const KOREAN_HANJA = new Set([...'中美日韓北英獨佛露印臺前現全對新舊故總副各反親脫非靑與野']);

function isKoreanAbbreviation(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  if (run.length > 3 || ![...run].every((ch) => KOREAN_HANJA.has(ch))) return false;
  const after = text[end] ?? '';
  const before = text[start - 1] ?? '';
  return /[\s가-힣,·'"‘“)]|^$/.test(after) && /[\s(‘“'"]|^$/.test(before);
}

/** Lines that list references: a marked line, a dated source line, the lines of a 참고자료 block. */
export function referenceLines(text: string): Set<number> {
  const out = new Set<number>();
  let inBlock = false;
  let at = 0;
  for (const line of text.split('\n')) {
    if (REFERENCE_BLOCK_HEAD.test(line)) inBlock = true;
    else if (inBlock && (line.trim() === '' || /^\s*[□○■◆●]/.test(line))) inBlock = false;
    if (inBlock || REFERENCE_MARK.test(line) || TITLE_AND_URL.test(line)) out.add(at);
    at += line.length + 1;
  }
  return out;
}

function lineBounds(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return { start, end: newline < 0 ? text.length : newline };
}

/** True when [start, end) sits inside parentheses that follow a Korean or Latin word (a gloss). */
function insideGloss(text: string, start: number, end: number, line: { start: number; end: number }): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < line.start || text.lastIndexOf(')', start) > open) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close > line.end || text.slice(end, close).includes('(')) return false;
  const wordEnd = text[open - 1] === ' ' ? open - 1 : open;
  // A Hangul word, or a Latin name (model names with digits too: CG11837), but not a bare number.
  // A quoted name keeps its gloss after the closing quote: '쌍탄소'(双碳), 「창업」(創業).
  return /(?:[가-힣]|[A-Za-z][A-Za-z0-9]*)['"’”」』》〉]?$/.test(text.slice(Math.max(line.start, wordEnd - 40), wordEnd));
}

function suggestionFor(ctx: CheckContext, han: string): string | undefined {
  const concept = ctx.recognizer.conceptByZh(han);
  const korean = concept?.ko.find((r) => r.status === 'preferred') ?? concept?.ko.find((r) => r.status === 'admitted');
  return korean ? `${korean.text}(${han})` : undefined;
}

export const untranslatedRules: RuleFamily = {
  rules: ['untranslated'],
  messages: {
    han: {
      ko: "번역되지 않은 한자 '{text}': 한글로 쓰고, 처음 나올 때만 괄호 안에 원문을 병기하세요.",
      en: "Untranslated Chinese '{text}': write it in Hangul, with the Chinese in parentheses at first mention only.",
      zh: "未翻译的汉字'{text}'：请用韩文书写，仅在首次出现时在括号内附原文。",
    },
    'han-known': {
      ko: "번역되지 않은 한자 '{text}': 용어집 표기는 '{suggestion}'입니다.",
      en: "Untranslated Chinese '{text}': the glossary has '{suggestion}'.",
      zh: "未翻译的汉字'{text}'：术语表译名为'{suggestion}'。",
    },
  },
  run(ctx) {
    const text = ctx.draft;
    const urls = findUrls(text);
    const references = referenceLines(text);
    const out: RawFinding[] = [];
    for (const m of text.matchAll(HAN_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      if (urls.some((u) => u.start <= start && end <= u.end)) continue;
      const line = lineBounds(text, start);
      if (references.has(line.start)) continue;
      if (insideGloss(text, start, end, line) || isKoreanAbbreviation(text, start, end)) continue;
      const suggestion = suggestionFor(ctx, m[0]);
      out.push({
        rule: 'untranslated',
        severity: 'warning',
        start,
        end,
        messageKey: suggestion ? 'han-known' : 'han',
        params: suggestion ? { text: m[0], suggestion } : { text: m[0] },
        ...(suggestion ? { suggestion } : {}),
      });
    }
    return out;
  },
};
