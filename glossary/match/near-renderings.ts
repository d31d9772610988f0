// Renderings one syllable away from a word (same length, one syllable different): the candidates
// for a typo such as 궈푸칭녕 for 궈푸칭넝. A one-jamo slip changes exactly one syllable, so an
// index of "the word with syllable i blanked" finds them with one lookup per syllable (a
// SymSpell-style deletion index at syllable level; 100,000 concepts ≈ 0.6 M blanked forms).
// The blanked forms are kept as 32-bit hashes in one sorted typed array, not as strings in a Map:
// that builds in a fraction of the time and memory (it is built while the editor opens), and a
// lookup checks each candidate against the word itself, so a hash collision costs nothing but time.
import type { IndexedConcept } from '../checks/types.ts';
import { isHangulSyllable } from '../text/korean.ts';
import type { RenderingEntry } from './index-set.ts';

/** Entry indexes are packed below the hash in a float64 (53 bits: 32 for the hash, 21 for the entry). */
const ENTRY_BITS = 2 ** 21;

function isHangulWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHangulSyllable(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** FNV-1a over the code units of `text` with the one at `blank` left out, and the length. */
function blankedHash(text: string, blank: number): number {
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ (i === blank ? 0xffff : text.charCodeAt(i)), 0x01000193);
  }
  return h >>> 0;
}

/** Same length, equal everywhere except at `at`, and not the word itself. */
function differsOnlyAt(text: string, word: string, at: number): boolean {
  if (text.length !== word.length || text === word) return false;
  for (let i = 0; i < text.length; i++) if (i !== at && text.charCodeAt(i) !== word.charCodeAt(i)) return false;
  return true;
}

export class NearRenderings {
  private readonly entries: RenderingEntry[] = [];
  /** hash × 2^21 + entry index, one per blanked form, sorted. */
  private readonly forms: Float64Array;

  /** The index from its entries and forms (see `parts`), without hashing anything again. */
  static fromParts(entries: RenderingEntry[], forms: Float64Array): NearRenderings {
    const index = Object.create(NearRenderings.prototype) as NearRenderings;
    Object.assign(index, { entries, forms });
    return index;
  }

  parts(): { entries: readonly RenderingEntry[]; forms: Float64Array } {
    return { entries: this.entries, forms: this.forms };
  }

  constructor(concepts: Iterable<IndexedConcept>) {
    const packed: number[] = [];
    for (const concept of concepts) {
      for (const rendering of concept.ko) {
        const text = rendering.text;
        if (text.length < 2 || !isHangulWord(text)) continue;
        const index = this.entries.length;
        if (index >= ENTRY_BITS) throw new Error(`more than ${ENTRY_BITS} Hangul renderings: the typo index cannot hold them`);
        this.entries.push({ conceptId: concept.id, rendering });
        for (let i = 0; i < text.length; i++) packed.push(blankedHash(text, i) * ENTRY_BITS + index);
      }
    }
    this.forms = Float64Array.from(packed).sort();
  }

  /** Renderings of the same length as `word` that differ from it in exactly one syllable. */
  near(word: string): RenderingEntry[] {
    const out: RenderingEntry[] = [];
    for (let i = 0; i < word.length; i++) {
      const low = blankedHash(word, i) * ENTRY_BITS;
      // Entry indexes ascend within a hash: candidates come out in glossary order.
      for (let k = this.lowerBound(low); k < this.forms.length && this.forms[k]! < low + ENTRY_BITS; k++) {
        const entry = this.entries[this.forms[k]! - low]!;
        if (differsOnlyAt(entry.rendering.text, word, i)) out.push(entry);
      }
    }
    return out;
  }

  private lowerBound(value: number): number {
    let lo = 0;
    let hi = this.forms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.forms[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
