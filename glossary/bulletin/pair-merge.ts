// Merge the pairs found in an issue with the glossary: new pairs are proposed, known pairs
// confirmed, and a pair whose Chinese the glossary (or the issue itself) renders with other
// Hangul is a conflict for a reviewer. Chinese is compared folded (專精特新 = 专精特新), Hangul
// without spaces (루이화 홀딩스 = 루이화홀딩스).
import type { ConceptInput } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { PairOccurrence } from './pairs.ts';

export interface Provenance {
  issue: string | null;
  article: string | null;
  line: number;
}

export interface PairGroup {
  hangul: string;
  /** The Chinese as first written in the issue. */
  hanzi: string;
  /** The folded Chinese: the glossary key. */
  folded: string;
  occurrences: Provenance[];
}

export interface ProposedPair extends PairGroup {
  /** The glossary entry to add when a reviewer accepts it. */
  entry: ConceptInput;
}

export interface ConflictingPair extends PairGroup {
  /** The glossary's Korean renderings of this Chinese (empty when it has none). */
  glossaryKo: string[];
  /** Other Hangul the same issue writes for this Chinese. */
  issueKo: string[];
}

export interface PairMerge {
  proposed: ProposedPair[];
  confirmed: PairGroup[];
  conflicts: ConflictingPair[];
}

/** The glossary's Korean renderings for a folded Chinese term. */
export type KoreanLookup = (foldedHanzi: string) => string[];

function hangulKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

function group(pairs: PairOccurrence[]): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  for (const pair of pairs) {
    const folded = fold(pair.hanzi);
    const key = `${folded}\u0000${hangulKey(pair.hangul)}`;
    let entry = groups.get(key);
    if (!entry) {
      entry = { hangul: pair.hangul, hanzi: pair.hanzi, folded, occurrences: [] };
      groups.set(key, entry);
    }
    entry.occurrences.push({ issue: pair.issue, article: pair.article, line: pair.line });
  }
  return [...groups.values()];
}

function proposedEntry(pair: PairGroup): ConceptInput {
  const first = pair.occurrences[0];
  const where = first ? `${first.article ?? ''} (line ${first.line})`.trim() : undefined;
  return {
    approval: 'proposed',
    ...(first?.issue ? { sourceIssue: first.issue } : {}),
    ...(where ? { note: `from ${where}` } : {}),
    terms: [
      { lang: 'zh', text: pair.hanzi },
      { lang: 'ko', text: pair.hangul },
    ],
  };
}

export function mergePairs(pairs: PairOccurrence[], lookup: KoreanLookup): PairMerge {
  const groups = group(pairs);
  const result: PairMerge = { proposed: [], confirmed: [], conflicts: [] };
  for (const pair of groups) {
    const glossaryKo = lookup(pair.folded);
    const own = hangulKey(pair.hangul);
    const issueKo = groups
      .filter((other) => other.folded === pair.folded && hangulKey(other.hangul) !== own)
      .map((other) => other.hangul);
    if (glossaryKo.some((ko) => hangulKey(ko) === own)) result.confirmed.push(pair);
    else if (glossaryKo.length > 0 || issueKo.length > 0) result.conflicts.push({ ...pair, glossaryKo, issueKo });
    else result.proposed.push({ ...pair, entry: proposedEntry(pair) });
  }
  return result;
}
