// Leftmost-longest search for a few thousand place names, reading the original text (no folded
// copy: every character of a place name folds to one code unit, so offsets need no map). Every
// name has at least two characters, so a scan looks at each pair of adjacent characters in a bit
// set (128 KB: stays in cache) saying whether any name starts with a pair of that hash. Only a pair
// that passes (a few in a hundred in running text) reads its bucket of names, longest first. One
// well-predicted branch per character: cheaper than an Aho–Corasick walk, and than a first-character
// test before the pair test (half of running text passes that one, so it mispredicts). Folding on
// the fly instead of into a copy saved a third of the scan; the 0.5 ms budget of a
// 40,000-character scan needs both. A character that folds to several (㍻, ㎞) is never part of a match.
import { foldedUnit, foldedUnits } from '../match/folded-codes.ts';

const PAIR_BITS = 20;
const PAIR_MASK = (1 << PAIR_BITS) - 1;

function pairHash(a: number, b: number): number {
  return ((a * 0x9e37) ^ b) & PAIR_MASK;
}

interface Key {
  codes: Uint16Array;
  id: number;
}

export class PlaceIndex {
  /** Bit per pair hash: some name starts with a pair of that hash. */
  private readonly pairs = new Uint32Array((1 << PAIR_BITS) >>> 5);
  /** Per pair hash: 1 + the index of its bucket in `buckets`, 0 = none (read only when `pairs` says so). */
  private readonly bucketOf = new Int32Array(1 << PAIR_BITS);
  /** Names whose first two code units hash alike, longest first. */
  private readonly buckets: Key[][] = [];

  /** `keys[i]` (folded, two code units or more) is reported with id i. */
  constructor(keys: readonly string[]) {
    keys.forEach((key, id) => {
      if (key.length < 2) return;
      const a = key.charCodeAt(0);
      const hash = pairHash(a, key.charCodeAt(1));
      this.pairs[hash >>> 5]! |= 1 << (hash & 31);
      if (this.bucketOf[hash] === 0) this.bucketOf[hash] = this.buckets.push([]);
      this.buckets[this.bucketOf[hash]! - 1]!.push({ codes: Uint16Array.from(key, (c) => c.charCodeAt(0)), id });
    });
    for (const list of this.buckets) list.sort((x, y) => y.codes.length - x.codes.length);
  }

  /**
   * Calls `found(start, end, id)` for each leftmost-longest match lying wholly inside
   * text[from..to), left to right; offsets into `text`.
   */
  scan(text: string, found: (start: number, end: number, id: number) => void, from = 0, to = text.length): void {
    const { pairs } = this;
    const length = Math.min(to, text.length);
    const table = foldedUnits;
    let i = Math.max(0, from);
    let a = i < length ? foldedUnit(text.charCodeAt(i)) : 0;
    while (i < length - 1) {
      const next = text.charCodeAt(i + 1);
      const b = table[next] || foldedUnit(next);
      const hash = pairHash(a, b);
      if ((pairs[hash >>> 5]! & (1 << (hash & 31))) !== 0 && a !== 0) {
        const matched = this.matchAt(text, i, length, hash);
        if (matched !== null) {
          found(i, i + matched.codes.length, matched.id);
          i += matched.codes.length;
          a = i < length ? foldedUnit(text.charCodeAt(i)) : 0;
          continue;
        }
      }
      a = b;
      i++;
    }
  }

  /** The longest name of the pair's bucket written at text[i..] (its first two code units match by hash only). */
  private matchAt(text: string, i: number, length: number, hash: number): Key | null {
    for (const key of this.buckets[this.bucketOf[hash]! - 1]!) {
      const n = key.codes.length;
      if (i + n > length) continue;
      let k = 0;
      while (k < n && (foldedUnits[text.charCodeAt(i + k)] || foldedUnit(text.charCodeAt(i + k))) === key.codes[k]) k++;
      if (k === n) return key;
    }
    return null;
  }
}
