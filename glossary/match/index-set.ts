// The automata over one list of concepts: Chinese terms (built at once, it is the hot path of the
// source pane) and Korean renderings (built on first use: only the checks need them).
import type { IndexedConcept, Rendering } from '../checks/types.ts';
import { fold } from '../text/fold.ts';
import { Automaton, type AutomatonParts } from './automaton.ts';
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

/**
 * A built ConceptIndex as typed arrays and strings, to be taken over by another thread together with
 * the same concepts (`fromParts`): building costs seconds for 100,000 concepts, taking over does not.
 * A rendering is named by its concept's place in the list and its place in that concept's `ko`.
 */
export interface ConceptIndexParts {
  /** byZh's keys in insertion order, joined by KEY_SEPARATOR (one string crosses threads far faster than 100,000). */
  zhKeys: string;
  zhIds: Int32Array;
  zh: AutomatonParts;
  /** keys: the folded renderings by payload, joined by KEY_SEPARATOR. */
  ko: { automaton: AutomatonParts; keys: string; /** Per key: a count, then that many renderings. */ entries: Int32Array };
  near: { entries: Int32Array; forms: Float64Array };
}

/** Joins the keys of ConceptIndexParts: a control character no glossary term contains. */
const KEY_SEPARATOR = '\u0001';

function joinKeys(keys: Iterable<string>): string {
  const list = [...keys];
  if (list.some((key) => key.includes(KEY_SEPARATOR))) throw new Error('a glossary key contains U+0001: the index cannot be handed over');
  return list.join(KEY_SEPARATOR);
}

function splitKeys(joined: string): string[] {
  return joined === '' ? [] : joined.split(KEY_SEPARATOR);
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

  /** This index as parts (building the Korean and typo indexes first if they are not yet). */
  parts(): ConceptIndexParts {
    const place = new Map<Rendering, number>();
    this.concepts.forEach((concept, c) => concept.ko.forEach((rendering, r) => place.set(rendering, c * 0x10000 + r)));
    const pair = (entry: RenderingEntry, out: number[]) => {
      const at = place.get(entry.rendering)!;
      out.push(Math.floor(at / 0x10000), at % 0x10000);
    };
    const koEntries: number[] = [];
    for (const list of this.ko.entries) {
      koEntries.push(list.length);
      for (const entry of list) pair(entry, koEntries);
    }
    const near = this.near.parts();
    const nearEntries: number[] = [];
    for (const entry of near.entries) pair(entry, nearEntries);
    const koKeys: string[] = [];
    for (const [key, k] of this.ko.slot) koKeys[k] = key;
    return {
      zhKeys: joinKeys(this.byZh.keys()),
      zhIds: Int32Array.from(this.byZh.values()),
      zh: this.zh.parts(),
      ko: { automaton: this.ko.automaton.parts(), keys: joinKeys(koKeys), entries: Int32Array.from(koEntries) },
      near: { entries: Int32Array.from(nearEntries), forms: near.forms },
    };
  }

  /** The index `parts()` describes, over the same concepts in the same order, without building. */
  static fromParts(concepts: readonly IndexedConcept[], parts: ConceptIndexParts): ConceptIndex {
    const steps = ConceptIndex.fromPartsInSteps(concepts, parts);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * fromParts in steps of a few tens of milliseconds each for 100,000 concepts, so that a page can
   * take an index over between frames (run the next step in a later task).
   */
  static *fromPartsInSteps(concepts: readonly IndexedConcept[], parts: ConceptIndexParts): Generator<void, ConceptIndex> {
    const byId = new Map<number, IndexedConcept>();
    for (const concept of concepts) byId.set(concept.id, concept);
    yield;
    const byZh = new Map<string, number>();
    splitKeys(parts.zhKeys).forEach((key, i) => byZh.set(key, parts.zhIds[i]!));
    yield;
    const entry = (array: Int32Array, at: number): RenderingEntry => {
      const concept = concepts[array[at]!]!;
      return { conceptId: concept.id, rendering: concept.ko[array[at + 1]!]! };
    };
    const entries: RenderingEntry[][] = [];
    const slot = new Map<string, number>();
    const ko = parts.ko.entries;
    const koKeys = splitKeys(parts.ko.keys);
    for (let at = 0, k = 0; at < ko.length; k++) {
      const count = ko[at++]!;
      const list: RenderingEntry[] = [];
      for (let i = 0; i < count; i++, at += 2) list.push(entry(ko, at));
      entries.push(list);
      slot.set(koKeys[k]!, k);
    }
    yield;
    const near: RenderingEntry[] = [];
    for (let at = 0; at < parts.near.entries.length; at += 2) near.push(entry(parts.near.entries, at));
    const index = Object.create(ConceptIndex.prototype) as ConceptIndex;
    Object.assign(index, {
      concepts,
      byId,
      byZh,
      zh: Automaton.fromParts(parts.zh),
      koCache: { automaton: Automaton.fromParts(parts.ko.automaton), entries, slot },
      nearCache: NearRenderings.fromParts(near, parts.near.forms),
    });
    return index;
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
