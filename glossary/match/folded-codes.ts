// The script fold (glossary/text/fold.ts) written into typed arrays for the scanner: folded code
// units plus, for each, the offset of the original character. Same result as foldWithOffsets but
// without building strings, which is most of the cost of scanning a 40,000-character source.
import { foldChar } from '../text/fold.ts';

// Folded form of each BMP code unit, computed once (foldChar needs a string; this avoids making one
// per character of the text).
const bmpFold: (string | undefined)[] = new Array(0x10000);

function foldedBmp(code: number): string {
  let folded = bmpFold[code];
  if (folded === undefined) {
    folded = foldChar(String.fromCharCode(code));
    bmpFold[code] = folded;
  }
  return folded;
}

// The same for the usual case, a code unit that folds to one code unit, as numbers: the scan loop
// then reads one typed array per character. 0 = not known yet or folds to several code units.
const singleFold = new Uint16Array(0x10000);
const multiFold = new Uint8Array(0x10000);

function learn(code: number): void {
  const folded = foldedBmp(code);
  if (folded.length === 1 && folded.charCodeAt(0) !== 0) singleFold[code] = folded.charCodeAt(0);
  else multiFold[code] = 1;
}

/**
 * The one code unit `code` folds to (專 → 专, Ａ → a), or 0 when it folds to several (㎞ → km) or
 * is half of a surrogate pair: for scanners that read the original text and need no offset map.
 */
/**
 * The table behind foldedUnit, for a scanner's inner loop: 0 = ask foldedUnit (not known yet,
 * folds to several code units, or a surrogate).
 */
export const foldedUnits: Readonly<Uint16Array> = singleFold;

export function foldedUnit(code: number): number {
  const single = singleFold[code]!;
  if (single !== 0 || multiFold[code] !== 0 || (code >= 0xd800 && code <= 0xdfff)) return single;
  learn(code);
  return singleFold[code]!;
}

export interface FoldedCodes {
  /** Folded UTF-16 code units; only the first `length` are meaningful. */
  codes: Uint16Array;
  length: number;
  /** For each folded index (and `length`), the UTF-16 offset in the original text. */
  toOriginal: Uint32Array;
}

/**
 * Fold `text`. Pass the result of an earlier call as `reuse` to write into its arrays (they grow
 * when needed): the source pane rescans on every edit, and fresh 40,000-entry typed arrays each
 * time cost more in garbage collection than the fold itself.
 */
export function foldToCodes(text: string, reuse?: FoldedCodes): FoldedCodes {
  let codes = reuse && reuse.codes.length >= text.length + 16 ? reuse.codes : new Uint16Array(text.length + 16);
  let toOriginal = reuse && reuse.toOriginal.length >= codes.length + 1 ? reuse.toOriginal : new Uint32Array(codes.length + 1);
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let single = singleFold[code]!;
    // One table read for a code unit seen before; the others only the first time.
    if (single === 0 && multiFold[code] === 0 && !(code >= 0xd800 && code <= 0xdbff)) {
      learn(code);
      single = singleFold[code]!;
    }
    if (single !== 0 && n + 2 <= codes.length) {
      codes[n] = single;
      toOriginal[n++] = i++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const folded = pair ? foldChar(text.slice(i, i + 2)) : foldedBmp(code);
    if (n + folded.length + 1 > codes.length) {
      const bigger = new Uint16Array(codes.length * 2 + folded.length);
      bigger.set(codes);
      codes = bigger;
      const biggerMap = new Uint32Array(codes.length + 1);
      biggerMap.set(toOriginal);
      toOriginal = biggerMap;
    }
    if (folded.length === 1) {
      codes[n] = folded.charCodeAt(0);
      toOriginal[n++] = i;
    } else {
      for (let k = 0; k < folded.length; k++) {
        codes[n] = folded.charCodeAt(k);
        toOriginal[n++] = i;
      }
    }
    i += pair ? 2 : 1;
  }
  toOriginal[n] = text.length;
  if (reuse) {
    reuse.codes = codes;
    reuse.toOriginal = toOriginal;
    reuse.length = n;
    return reuse;
  }
  return { codes, length: n, toOriginal };
}
