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
