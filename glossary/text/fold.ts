// The one script fold used everywhere a Chinese (or any) text is compared: glossary keys, search,
// recognition. Per character, so a folded string maps back to offsets in the original text:
//   NFKC (full width → half width, compatibility ideographs → unified)
//   → lower case (Latin terms match regardless of case)
//   → a few variant characters OpenCC leaves alone (resources/fold-variants.json)
//   → traditional → simplified (OpenCC's Hong Kong and Taiwan tables, character by character).
// 專精特新, 专精特新 and ＡＩ/ai therefore fold to the same key.
import { Converter } from 'opencc-js/t2cn';
import variants from '../../resources/fold-variants.json' with { type: 'json' };

// Built on first use: building OpenCC's tables takes a quarter of a second, which a command that
// never folds (`donghyang --help`) should not pay.
let toCn: ((text: string) => string) | undefined;
function traditionalToCn(text: string): string {
  if (!toCn) {
    const hkToCn = Converter({ from: 'hk', to: 'cn' });
    const twToCn = Converter({ from: 'tw', to: 'cn' });
    toCn = (t) => twToCn(hkToCn(t));
  }
  return toCn(text);
}
const variantMap: Record<string, string> = Object.fromEntries(
  Object.entries(variants).filter(([key]) => !key.startsWith('_')),
);

// Cache of folded BMP code units (the hot path: a 40,000-character scan folds every character).
// undefined = not computed yet.
const bmpCache: (string | undefined)[] = new Array(0x10000);

function computeFold(ch: string): string {
  let out = ch.normalize('NFKC').toLowerCase();
  out = [...out].map((c) => variantMap[c] ?? c).join('');
  if (/[\u3400-\u9fff\uf900-\ufaff]/u.test(out) || out.codePointAt(0)! > 0xffff) {
    out = traditionalToCn(out);
  }
  return out;
}

/** Fold one character (one code point, as a string). */
export function foldChar(ch: string): string {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    const cached = bmpCache[code];
    if (cached !== undefined) return cached;
    const folded = computeFold(ch);
    bmpCache[code] = folded;
    return folded;
  }
  return computeFold(ch);
}

/** Fold a whole string (glossary keys, search queries). */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export interface FoldedText {
  /** The folded text. */
  folded: string;
  /**
   * For each UTF-16 index of `folded` (and one past its end), the UTF-16 index in the original
   * text of the character it came from. A match folded[a..b) spans original[map[a]..map[b]).
   */
  toOriginal: Uint32Array;
}

/** Fold a text and keep, for every folded position, the offset in the original. */
export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const folded = foldChar(width === 1 ? text[i]! : text.slice(i, i + 2));
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    i += width;
  }
  offsets.push(text.length);
  return { folded: parts.join(''), toOriginal: Uint32Array.from(offsets) };
}
