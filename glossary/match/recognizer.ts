// Term recognition: glossary Chinese terms in a source (either script, either width) and glossary
// Korean renderings in a draft (followed only by particles or a name suffix). Offsets are always
// into the original text.
import type { DraftHit, IndexedConcept, SourceHit, TermRecognizer } from '../checks/types.ts';
import { fold } from '../text/fold.ts';
import { isHangulSyllable, splitTail } from '../text/korean.ts';
import { LongestMatches, MatchBuffer } from './matches.ts';
import { foldToCodes, type FoldedCodes } from './folded-codes.ts';
import { ConceptIndex, type ConceptIndexParts, type RenderingEntry } from './index-set.ts';

function isLatinOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Code units that continue a word of the same kind as `code` (Hangul after Hangul, a–z9 after a–z9). */
function continuesWord(code: number, neighbour: number): boolean {
  if (Number.isNaN(neighbour)) return false;
  if (isHangulSyllable(code)) return isHangulSyllable(neighbour);
  if (isLatinOrDigit(code)) return isLatinOrDigit(neighbour);
  return false;
}

interface DraftCandidate {
  start: number;
  end: number;
  tail: string;
  entries: RenderingEntry[];
}

/**
 * A recognizer over a glossary snapshot. `withConcept`/`withoutConcept` return a recognizer that
 * overlays a few edits on the same base automaton, so an edit does not cost a full rebuild; build
 * a fresh one with buildRecognizer when the overlay grows (see `overlaySize`).
 */
export class Recognizer implements TermRecognizer {
  private readonly overlay: ConceptIndex | null;
  // Scratch buffers reused by every scan (allocation and GC were a third of a 40,000-character scan).
  private readonly found = new MatchBuffer();
  private readonly picked = new MatchBuffer();
  private readonly longest = new LongestMatches();
  private readonly folded: FoldedCodes = { codes: new Uint16Array(0), length: 0, toOriginal: new Uint32Array(0) };

  private constructor(
    private readonly base: ConceptIndex,
    private readonly additions: readonly IndexedConcept[],
    /** Base concepts hidden by an edit (deleted, or replaced by an addition). */
    private readonly hidden: ReadonlySet<number>,
  ) {
    this.overlay = additions.length > 0 ? new ConceptIndex(additions) : null;
  }

  static build(concepts: readonly IndexedConcept[]): Recognizer {
    return new Recognizer(new ConceptIndex(concepts), [], new Set());
  }

  /** A recognizer over an index taken over from another thread (ConceptIndex.fromParts). */
  static fromIndex(index: ConceptIndex): Recognizer {
    return new Recognizer(index, [], new Set());
  }

  /** The built indexes of a recognizer without edits since its build, as parts for another thread. */
  parts(): ConceptIndexParts {
    if (this.overlaySize > 0) throw new Error('a recognizer with edits overlaid has no parts of its own: build a fresh one');
    return this.base.parts();
  }

  /** Concepts added, replaced or removed since the base was built. */
  get overlaySize(): number {
    const touched = new Set(this.hidden);
    for (const c of this.additions) touched.add(c.id);
    return touched.size;
  }

  /** Add a concept, or replace the one with the same id. */
  withConcept(concept: IndexedConcept): Recognizer {
    const hidden = new Set(this.hidden);
    if (this.base.byId.has(concept.id)) hidden.add(concept.id);
    const additions = [...this.additions.filter((c) => c.id !== concept.id), concept];
    return new Recognizer(this.base, additions, hidden);
  }

  withoutConcept(id: number): Recognizer {
    const hidden = new Set(this.hidden);
    if (this.base.byId.has(id)) hidden.add(id);
    return new Recognizer(this.base, this.additions.filter((c) => c.id !== id), hidden);
  }

  /** The indexes to consult, each with a filter for concepts it must not report. */
  private *layers(): Generator<[ConceptIndex, (id: number) => boolean]> {
    if (this.overlay) yield [this.overlay, () => true];
    yield [this.base, (id) => !this.hidden.has(id)];
  }

  /**
   * Build now what the draft checks build on first use (the Korean automaton, the typo index: about
   * a second for 100,000 concepts), so that the first keystroke that needs them does not wait.
   */
  prepareDraftIndexes(): void {
    for (const [index] of this.layers()) {
      void index.ko;
      void index.near;
    }
  }

  /** Every concept currently in the glossary (base minus hidden, plus additions). */
  *allConcepts(): Generator<IndexedConcept> {
    for (const [index, visible] of this.layers()) {
      for (const concept of index.concepts) if (visible(concept.id)) yield concept;
    }
  }

  concept(id: number): IndexedConcept | undefined {
    // Called for every hit by the checks: no generator when there is no overlay.
    if (!this.overlay) return this.hidden.has(id) ? undefined : this.base.byId.get(id);
    for (const [index, visible] of this.layers()) {
      const found = index.byId.get(id);
      if (found && visible(id)) return found;
    }
    return undefined;
  }

  conceptByZh(zh: string): IndexedConcept | undefined {
    const key = fold(zh.trim());
    for (const [index, visible] of this.layers()) {
      const id = index.byZh.get(key);
      if (id !== undefined && visible(id)) return index.byId.get(id);
    }
    return undefined;
  }

  /** Every (concept, rendering) whose rendering is exactly `text` (after folding). */
  renderingsOf(text: string): RenderingEntry[] {
    const key = fold(text.trim());
    const out: RenderingEntry[] = [];
    for (const [index, visible] of this.layers()) {
      const { slot, entries } = index.ko;
      const k = slot.get(key);
      if (k !== undefined) for (const e of entries[k]!) if (visible(e.conceptId)) out.push(e);
    }
    return out;
  }

  /** Renderings of the same length as `word` that differ from it in exactly one syllable. */
  nearRenderings(word: string): RenderingEntry[] {
    const out: RenderingEntry[] = [];
    for (const [index, visible] of this.layers()) {
      for (const entry of index.near.near(word)) if (visible(entry.conceptId)) out.push(entry);
    }
    return out;
  }

  findInSource(text: string): SourceHit[] {
    const { codes, length, toOriginal } = foldToCodes(text, this.folded);
    const { found, longest, picked } = this;
    longest.reset(length);
    for (const [index, visible] of this.layers()) {
      // Without edits every concept is visible: no filter call per match.
      const everyone = index !== this.base || this.hidden.size === 0;
      found.count = 0;
      index.zh.scanCodes(codes, length, found);
      for (let k = 0; k < found.count; k++) {
        const id = found.payloads[k]!; // the concept id (see ConceptIndex)
        if (everyone || visible(id)) longest.offer(found.starts[k]!, found.ends[k]!, id);
      }
    }
    longest.pick(picked);
    const hits: SourceHit[] = new Array(picked.count);
    for (let k = 0; k < picked.count; k++) {
      const from = toOriginal[picked.starts[k]!]!;
      const to = toOriginal[picked.ends[k]!]!;
      hits[k] = { start: from, end: to, conceptId: picked.payloads[k]!, text: text.slice(from, to) };
    }
    return hits;
  }

  findInDraft(text: string): DraftHit[] {
    const { codes, length, toOriginal } = foldToCodes(text, this.folded);
    const candidates: DraftCandidate[] = [];
    const { found, longest, picked } = this;
    longest.reset(length);
    for (const [index, visible] of this.layers()) {
      const { automaton, entries } = index.ko;
      found.count = 0;
      automaton.scanCodes(codes, length, found);
      for (let k = 0; k < found.count; k++) {
        const matched = entries[found.payloads[k]!]!.filter((e) => visible(e.conceptId));
        if (matched.length === 0) continue;
        const start = found.starts[k]!;
        const end = found.ends[k]!;
        const candidate = this.checkBoundaries(text, toOriginal[start]!, toOriginal[end]!, matched);
        if (!candidate) continue;
        candidates.push(candidate);
        longest.offer(start, end, candidates.length - 1);
      }
    }
    const hits: DraftHit[] = [];
    longest.pick(picked);
    for (let k = 0; k < picked.count; k++) {
      const { start, end, tail, entries } = candidates[picked.payloads[k]!]!;
      for (const entry of entries) {
        hits.push({ start, end, conceptId: entry.conceptId, rendering: entry.rendering, tail });
      }
    }
    return hits;
  }

  /**
   * A rendering counts only as a whole word: not preceded by a letter of its own kind, and the
   * rest of the Hangul word after it is nothing, particles, or a name suffix (+ particles).
   */
  private checkBoundaries(text: string, start: number, end: number, entries: RenderingEntry[]): DraftCandidate | null {
    if (end <= start) return null;
    if (start > 0 && continuesWord(text.charCodeAt(start), text.charCodeAt(start - 1))) return null;
    const last = text.charCodeAt(end - 1);
    if (isLatinOrDigit(last) && end < text.length && isLatinOrDigit(text.charCodeAt(end))) return null;
    let stop = end;
    while (stop < text.length && isHangulSyllable(text.charCodeAt(stop))) stop++;
    const tail = text.slice(end, stop);
    if (!splitTail(tail)) return null;
    return { start, end, tail, entries };
  }
}

export function buildRecognizer(concepts: readonly IndexedConcept[]): Recognizer {
  return Recognizer.build(concepts);
}
