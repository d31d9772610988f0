// Renderings one syllable away from a word (same length, one syllable different): the candidates
// for a typo such as 궈푸칭녕 for 궈푸칭넝. A one-jamo slip changes exactly one syllable, so an
// index keyed by "the word with syllable i blanked" finds them with one Map lookup per syllable
// (a SymSpell-style deletion index at syllable level; 100,000 concepts ≈ 0.5 M keys, built lazily).
import type { IndexedConcept } from '../checks/types.ts';
import { isHangulSyllable } from '../text/korean.ts';
import type { RenderingEntry } from './index-set.ts';

const BLANK = '\u0000';

function isHangulWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHangulSyllable(text.charCodeAt(i))) return false;
  return text.length > 0;
}

export class NearRenderings {
  private readonly entries: RenderingEntry[] = [];
  /** Blanked key → entry index, or several indexes. */
  private readonly byKey = new Map<string, number | number[]>();

  constructor(concepts: Iterable<IndexedConcept>) {
    for (const concept of concepts) {
      for (const rendering of concept.ko) {
        const text = rendering.text;
        if (text.length < 2 || !isHangulWord(text)) continue;
        const index = this.entries.length;
        this.entries.push({ conceptId: concept.id, rendering });
        for (let i = 0; i < text.length; i++) this.add(text.slice(0, i) + BLANK + text.slice(i + 1), index);
      }
    }
  }

  private add(key: string, index: number): void {
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, index);
    else if (typeof existing === 'number') this.byKey.set(key, [existing, index]);
    else existing.push(index);
  }

  /** Renderings of the same length as `word` that differ from it in exactly one syllable. */
  near(word: string): RenderingEntry[] {
    const out: RenderingEntry[] = [];
    for (let i = 0; i < word.length; i++) {
      const found = this.byKey.get(word.slice(0, i) + BLANK + word.slice(i + 1));
      if (found === undefined) continue;
      for (const index of typeof found === 'number' ? [found] : found) {
        const entry = this.entries[index]!;
        if (entry.rendering.text !== word) out.push(entry);
      }
    }
    return out;
  }
}
