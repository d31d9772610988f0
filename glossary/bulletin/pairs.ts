// `한글(漢字)` pairs: the house style writes a Chinese name in Hangul with the Chinese in
// parentheses at first mention (위화퉁(亿華通), 전정특신(專精特新), 경쟁형 과제(揭榜制)).
// Each pair found in an issue is a proposed glossary entry with its provenance.
import type { BulletinIssue } from './model.ts';
import { plainText } from './inline.ts';

export interface PairOccurrence {
  hangul: string;
  hanzi: string;
  /** Issue date (ISO) when extracted from an issue. */
  issue: string | null;
  /** Article or short-item title ('요약' for the summary); null for plain text. */
  article: string | null;
  line: number;
}

const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
const WORD_CHAR = /[\p{Script=Hangul}A-Za-z0-9]/u;
/** The parenthesised part: Chinese characters (with digits, Latin, ·, spaces), no Hangul. */
const PARENS = /\(([^()\p{Script=Hangul}]{1,40})\)/gu;

/** Administrative suffixes written in Hangul but often left out of the Chinese: 쓰촨성(四川). */
const ADMIN_SUFFIXES: Record<string, string[]> = {
  성: ['省'],
  시: ['市'],
  구: ['区', '區'],
  현: ['县', '縣'],
  주: ['州'],
};
/** A Hangul phrase may take up to this many words to match a longer Chinese name. */
const MAX_WORDS = 3;

function syllables(text: string): number {
  return [...text].filter((ch) => ch >= '\uac00' && ch <= '\ud7a3').length;
}

function hanCount(text: string): number {
  return [...text].filter((ch) => HAN.test(ch)).length;
}

/** The word (Hangul with Latin/digits) ending just before `end`, as [start, end). */
function wordBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return start;
}

/**
 * The Hangul written for `hanzi`, ending at `end`: the word before the parenthesis, extended
 * by earlier words while it has fewer syllables than the Chinese has characters (스마트
 * 융합(超智融合)), then without an administrative suffix the Chinese lacks (쓰촨성(四川) → 쓰촨).
 */
function hangulBefore(text: string, end: number, hanzi: string): string | null {
  let start = wordBefore(text, end);
  if (start === end || !HANGUL.test(text.slice(start, end))) return null;
  const wanted = hanCount(hanzi);
  for (let words = 1; words < MAX_WORDS && syllables(text.slice(start, end)) < wanted; words++) {
    if (text[start - 1] !== ' ') break;
    const previous = wordBefore(text, start - 1);
    if (previous === start - 1 || !HANGUL.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  let hangul = text.slice(start, end);
  const last = hangul.slice(-1);
  const suffixHanzi = ADMIN_SUFFIXES[last];
  const extra = syllables(hangul) - wanted;
  // 성 (province) may follow a transcription longer than the Chinese (구이저우성(貴州)); the
  // other suffixes only when they are the one syllable too many (so 산시(陝西) keeps its 시).
  const dropSuffix = extra > 0 && (last === '성' || extra === 1);
  if (suffixHanzi && dropSuffix && !suffixHanzi.some((h) => hanzi.endsWith(h))) {
    hangul = hangul.slice(0, -1);
  }
  return hangul;
}

/** Every `한글(漢字)` pair in one line of text (a space before the parenthesis is allowed). */
export function pairsInText(text: string): { hangul: string; hanzi: string }[] {
  const found: { hangul: string; hanzi: string }[] = [];
  for (const match of text.matchAll(PARENS)) {
    const hanzi = match[1]!.trim();
    if (!HAN.test(hanzi)) continue;
    let end = match.index;
    if (text[end - 1] === ' ') end--;
    const hangul = hangulBefore(text, end, hanzi);
    if (hangul !== null) found.push({ hangul, hanzi });
  }
  return found;
}

interface Located {
  text: string;
  line: number;
  article: string | null;
}

function issueTexts(issue: BulletinIssue): Located[] {
  const texts: Located[] = issue.summary.map((s) => ({ text: s.text, line: s.line, article: '요약' }));
  const bodies = [
    ...issue.sections.flatMap((s) => s.articles),
    ...issue.shortItems,
  ];
  for (const body of bodies) {
    const article = body.title;
    texts.push({ text: body.title, line: body.line, article });
    if (body.lead) texts.push({ text: body.lead.text, line: body.lead.line, article });
    for (const block of body.blocks) {
      if (block.kind === 'table') {
        block.rows.forEach((row, i) => {
          for (const cell of row) texts.push({ text: cell, line: block.rowLines[i] ?? block.line, article });
        });
      } else if (block.kind === 'image') texts.push({ text: block.caption, line: block.line, article });
      else texts.push({ text: block.text, line: block.line, article });
    }
  }
  return texts;
}

/** All pairs of an issue (with provenance) or of a plain text (line numbers from 1). */
export function extractPairs(input: BulletinIssue | string): PairOccurrence[] {
  const issue = typeof input === 'string' ? null : input;
  const texts: Located[] = issue
    ? issueTexts(issue)
    : (input as string).split(/\r?\n/).map((text, i) => ({ text, line: i + 1, article: null }));
  return texts.flatMap(({ text, line, article }) =>
    pairsInText(plainText(text)).map((pair) => ({ ...pair, issue: issue?.date ?? null, article, line })),
  );
}

export { mergePairs, type PairMerge, type KoreanLookup, type ProposedPair, type ConflictingPair, type PairGroup } from './pair-merge.ts';
