// Recognition results shared by the rule families and kept across keystrokes. While an editor types,
// the sources do not change (one scan of a 3,000-character source against 100,000 terms costs more
// than all the rules together), and three families (terms, term-typo, josa) scan the same draft.
// A recognizer is an immutable snapshot of the glossary (edits make a new one), so its results for
// a text never change: they are remembered per recognizer and text. Callers must not mutate them.
import type { DraftHit, SourceHit, TermRecognizer } from './types.ts';

/** Texts remembered per recognizer: a few articles' sources, the last drafts. */
const SOURCES_KEPT = 16;
const DRAFTS_KEPT = 4;

/** Values computed from a recognizer and a text (or any string key), the last `size` per recognizer. */
export class RecognizerMemo<T> {
  private readonly byRecognizer = new WeakMap<TermRecognizer, Map<string, T>>();

  constructor(private readonly size: number) {}

  get(recognizer: TermRecognizer, text: string, compute: () => T): T {
    let memo = this.byRecognizer.get(recognizer);
    if (!memo) {
      memo = new Map();
      this.byRecognizer.set(recognizer, memo);
    }
    let value = memo.get(text);
    if (value === undefined) {
      value = compute();
      if (memo.size >= this.size) memo.delete(memo.keys().next().value!);
    } else {
      memo.delete(text); // most recently used goes last
    }
    memo.set(text, value);
    return value;
  }
}

const sources = new RecognizerMemo<readonly SourceHit[]>(SOURCES_KEPT);
const drafts = new RecognizerMemo<readonly DraftHit[]>(DRAFTS_KEPT);

/** recognizer.findInSource(text), remembered. */
export function sourceHits(recognizer: TermRecognizer, text: string): readonly SourceHit[] {
  return sources.get(recognizer, text, () => recognizer.findInSource(text));
}

/** recognizer.findInDraft(text), remembered. */
export function draftHits(recognizer: TermRecognizer, text: string): readonly DraftHit[] {
  return drafts.get(recognizer, text, () => recognizer.findInDraft(text));
}
