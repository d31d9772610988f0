// Script conversion for readings, character-aligned: the n-th character of the result is the
// n-th character of the input in the other script. Unlike the per-character fold, this converts
// whole words first (OpenCC phrases), so 乾隆 stays 乾隆 (qián) and 干燥 becomes 乾燥 (건조).
import { Converter as toSimplifiedConverter } from 'opencc-js/t2cn';
import { Converter as toTraditionalConverter } from 'opencc-js/cn2t';
import { foldChar } from '../text/fold.ts';

// The converters are built on first use (building OpenCC's tables is slow; most commands never need them).
let converters: { toCn: (text: string) => string; toT: (text: string) => string } | undefined;
function opencc(): { toCn: (text: string) => string; toT: (text: string) => string } {
  if (!converters) {
    const hkToCn = toSimplifiedConverter({ from: 'hk', to: 'cn' });
    const twToCn = toSimplifiedConverter({ from: 'tw', to: 'cn' });
    converters = { toCn: (t) => twToCn(hkToCn(t)), toT: toTraditionalConverter({ from: 'cn', to: 't' }) };
  }
  return converters;
}

const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{323af}]$/u;

/** One code point: is it a Han character (CJK unified or compatibility ideograph)? */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

// Compatibility ideographs (U+F900–FAFF) to their unified form; other characters untouched, so
// the character count never changes.
function unifyIdeographs(chars: string[]): string[] {
  return chars.map((c) => (/[\uf900-\ufaff]/u.test(c) ? c.normalize('NFKC') : c));
}

function convertAligned(chars: string[], convert: (text: string) => string, perChar: (ch: string) => string): string[] {
  const converted = [...convert(chars.join(''))];
  if (converted.length === chars.length) return converted;
  // A phrase changed length (rare): fall back to character by character.
  return chars.map((c) => {
    const one = [...perChar(c)];
    return one.length === 1 ? one[0]! : c;
  });
}

// The same names are converted several times in one suggestion (pinyin, Hanja reading, name
// kinds): the last results are kept. Bounded, so a long session does not grow it.
const MEMO_LIMIT = 4096;
const simplifiedMemo = new Map<string, string[]>();
const traditionalMemo = new Map<string, string[]>();

function remembered(memo: Map<string, string[]>, text: string, convert: () => string[]): string[] {
  let chars = memo.get(text);
  if (!chars) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    chars = convert();
    memo.set(text, chars);
  }
  return chars;
}

/** The characters of `text` in simplified script, one per input code point. */
export function simplifiedChars(text: string): string[] {
  return remembered(simplifiedMemo, text, () => {
    const chars = unifyIdeographs([...text]);
    // Already simplified (every character folds to itself): no phrase of OpenCC's can apply.
    if (chars.every((c) => !isHan(c) || foldChar(c) === c)) return chars;
    return convertAligned(chars, (t) => opencc().toCn(t), (c) => (isHan(c) ? foldChar(c) : c));
  }).slice();
}

/** The characters of `text` in traditional script (OpenCC standard forms), one per input code point. */
export function traditionalChars(text: string): string[] {
  return remembered(traditionalMemo, text, () => convertAligned(unifyIdeographs([...text]), (t) => opencc().toT(t), (t) => opencc().toT(t))).slice();
}
