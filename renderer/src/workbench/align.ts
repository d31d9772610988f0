// Pairs the draft's paragraphs with the sources' paragraphs, so the editor sees which source
// paragraph the caret's draft paragraph translates. What a paragraph and its translation share:
// the glossary concepts (recognized in the source, their Korean renderings found in the draft) and
// the amounts (1.5万亿元 = 1조 5,000억 위안 by value). The pairing keeps the order of both texts
// (a monotone alignment that scores the shared concepts and amounts), and where nothing is shared,
// the relative position decides.
import type { RecognizedTerm } from '../../../glossary/api.ts';
import { findChineseAmounts } from '../../../glossary/text/numbers-zh.ts';
import { findKoreanAmounts } from '../../../glossary/text/numbers-ko.ts';
import { toPlainString } from '../../../glossary/text/numbers-decimal.ts';

export interface Paragraph {
  /** Offsets into its text (a source's or the draft body). */
  start: number;
  end: number;
  text: string;
}

export interface SourceParagraph extends Paragraph {
  /** Which source (index into the article's sources). */
  source: number;
  /** Hits of the glossary inside the paragraph. */
  hits: RecognizedTerm[];
}

/** Non-blank lines of a text, with their offsets. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') out.push({ start, end, text: line });
    start = end + 1;
  }
  return out;
}

export function sourceParagraphs(texts: readonly string[], hitsOf: (text: string) => RecognizedTerm[]): SourceParagraph[] {
  return texts.flatMap((text, source) => {
    const hits = hitsOf(text);
    return paragraphsOf(text).map((p) => ({ ...p, source, hits: hits.filter((h) => h.start >= p.start && h.end <= p.end) }));
  });
}

/** The index of the paragraph holding `offset` (the nearest before it when it falls on a blank line). */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let found = -1;
  paragraphs.forEach((p, i) => {
    if (p.start <= offset) found = i;
  });
  return paragraphs.length === 0 ? -1 : Math.max(found, 0);
}

function amountsOf(source: SourceParagraph): Set<string> {
  return new Set(findChineseAmounts(source.text).map((a) => toPlainString(a.value)));
}

function sharedScore(draft: string, source: SourceParagraph, draftAmounts: Set<string>, sourceAmounts: Set<string>): number {
  let score = 0;
  const seen = new Set<number>();
  for (const hit of source.hits) {
    if (seen.has(hit.conceptId)) continue;
    seen.add(hit.conceptId);
    if (hit.concept.ko.some((r) => r.text !== '' && draft.includes(r.text))) score += 2;
  }
  for (const amount of sourceAmounts) if (draftAmounts.has(amount)) score += 1;
  return score;
}

/**
 * For each draft paragraph, the index of its source paragraph (-1 when there is none). Monotone:
 * a later draft paragraph never pairs with an earlier source paragraph.
 */
export function alignParagraphs(draft: readonly Paragraph[], sources: readonly SourceParagraph[]): number[] {
  const n = draft.length;
  const m = sources.length;
  if (n === 0 || m === 0) return draft.map(() => -1);
  const amounts = draft.map((p) => new Set(findKoreanAmounts(p.text).map((a) => toPlainString(a.value))));
  const sourceAmounts = sources.map(amountsOf);
  // best[j]: the best total for the draft paragraphs so far with the last one paired to ≤ j.
  const choice: number[][] = [];
  let previous = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m);
    const from = new Array<number>(m);
    let bestBefore = -Infinity;
    let bestIndex = 0;
    for (let j = 0; j < m; j++) {
      if (previous[j]! > bestBefore) {
        bestBefore = previous[j]!;
        bestIndex = j;
      }
      // Position alone: a small pull towards the same relative place, so shared terms always win.
      const position = 0.5 * (1 - Math.abs((n === 1 ? 0 : i / (n - 1)) - (m === 1 ? 0 : j / (m - 1))));
      row[j] = bestBefore + sharedScore(draft[i]!.text, sources[j]!, amounts[i]!, sourceAmounts[j]!) + position;
      from[j] = bestIndex;
    }
    choice.push(from);
    previous = row;
  }
  const pairs = new Array<number>(n);
  let j = previous.indexOf(Math.max(...previous));
  for (let i = n - 1; i >= 0; i--) {
    pairs[i] = j;
    j = choice[i]![j]!;
  }
  return pairs;
}
