// untranslated: Chinese characters left in the Korean text. Allowed are the places the house style
// keeps them:
//   - a gloss in parentheses right after the Korean or Latin name it explains: 위화퉁(亿華通),
//     이치자동차 (一汽), 전고체전지(신장·新疆), and CATL(宁德时代) — a company known by its Latin
//     name is glossed the same way;
//   - a reference line `☑ 原标题 URL` (references keep the original title; ▽/□ are the same mark
//     after PDF conversion) and a source line starting with 출처;
//   - URLs.
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
const REFERENCE_LINE = /^[\s\-*]*(?:[☑☐□▽✓✔]|출처)/;

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
  return /(?:[가-힣]|[A-Za-z][A-Za-z0-9]*)$/.test(text.slice(Math.max(line.start, wordEnd - 40), wordEnd));
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
    },
    'han-known': {
      ko: "번역되지 않은 한자 '{text}': 용어집 표기는 '{suggestion}'입니다.",
      en: "Untranslated Chinese '{text}': the glossary has '{suggestion}'.",
    },
  },
  run(ctx) {
    const text = ctx.draft;
    const urls = findUrls(text);
    const out: RawFinding[] = [];
    for (const m of text.matchAll(HAN_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      if (urls.some((u) => u.start <= start && end <= u.end)) continue;
      const line = lineBounds(text, start);
      if (REFERENCE_LINE.test(text.slice(line.start, line.end))) continue;
      if (insideGloss(text, start, end, line)) continue;
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
