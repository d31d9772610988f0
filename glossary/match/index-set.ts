// The automata over one list of concepts: Chinese terms (built at once, it is the hot path of the
// source pane) and Korean renderings (built on first use: only the checks need them).
import type { IndexedConcept, Rendering } from '../checks/types.ts';
import { fold } from '../text/fold.ts';
import { Automaton } from './automaton.ts';
import { NearRenderings } from './near-renderings.ts';

/** One Korean rendering of one concept, as stored under a folded rendering key. */
export interface RenderingEntry {
  conceptId: number;
  rendering: Rendering;
}

export interface KoreanIndex {
  automaton: Automaton;
  /** Payload k → every (concept, rendering) whose folded text is key k. */
  entries: RenderingEntry[][];
  /** Folded rendering text → payload. */
  slot: Map<string, number>;
}

export class ConceptIndex {
  readonly byId = new Map<number, IndexedConcept>();
  /** Folded Chinese term → concept id (the first concept listing it wins). */
  readonly byZh = new Map<string, number>();
  /** Folded Chinese terms; a match's payload is the concept id. */
  readonly zh: Automaton;
  private koCache: KoreanIndex | undefined;
  private nearCache: NearRenderings | undefined;

  constructor(readonly concepts: readonly IndexedConcept[]) {
    const keys: string[] = [];
    const owners: number[] = [];
    for (const concept of concepts) {
      this.byId.set(concept.id, concept);
      for (const term of concept.zh) {
        const key = fold(term.trim());
        if (key === '' || this.byZh.has(key)) continue;
        this.byZh.set(key, concept.id);
        keys.push(key);
        owners.push(concept.id);
      }
    }
    this.zh = new Automaton(keys, owners);
  }

  /** Renderings one syllable away from a word (typo candidates); built on first use. */
  get near(): NearRenderings {
    this.nearCache ??= new NearRenderings(this.concepts);
    return this.nearCache;
  }

  /** Automaton over folded Korean renderings; payload k → every (concept, rendering) with key k. */
  get ko(): KoreanIndex {
    if (!this.koCache) {
      const slot = new Map<string, number>();
      const keys: string[] = [];
      const entries: RenderingEntry[][] = [];
      for (const concept of this.concepts) {
        for (const rendering of concept.ko) {
          const key = fold(rendering.text.trim());
          if (key === '') continue;
          let k = slot.get(key);
          if (k === undefined) {
            k = keys.length;
            slot.set(key, k);
            keys.push(key);
            entries.push([]);
          }
          const list = entries[k]!;
          // One entry per concept and key: 'CATL' and 'catl' are the same rendering to a reader.
          if (!list.some((e) => e.conceptId === concept.id)) list.push({ conceptId: concept.id, rendering });
        }
      }
      this.koCache = { automaton: new Automaton(keys), entries, slot };
    }
    return this.koCache;
  }
}
