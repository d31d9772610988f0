// Concordance search: every occurrence of a Chinese or Korean string in the folded corpus, newest
// issue first, with the line around it. The query is folded like the corpus (either Chinese script
// finds both); a Korean query loses its trailing particles (전정특신을 → 전정특신), so a search
// finds the word whatever particle follows it in the archive.
import { fold, foldWithOffsets } from '../text/fold.ts';
import { splitParticles } from '../text/korean.ts';
import type { ConcordanceField, CorpusIssue, CorpusLine } from './corpus.ts';

export interface ConcordanceHit {
  issueId: number;
  /** The issue as printed (number) and its date. */
  issue: string;
  date: string;
  articleId: number;
  /** The article's title. */
  article: string;
  field: ConcordanceField;
  sourceIndex: number;
  /** 1-based line in the field. */
  line: number;
  /** The surrounding text (the line, shortened around the match with …). */
  text: string;
  /** The match inside `text`. */
  start: number;
  end: number;
  /** The match as offsets into the whole field (to open the place). */
  fieldStart: number;
  fieldEnd: number;
}

export interface ConcordanceResult {
  /** The string searched for, after folding and dropping Korean particles. */
  query: string;
  hits: ConcordanceHit[];
  /** Every occurrence, also those past the limit. */
  total: number;
}

const CONTEXT = 40;
const HANGUL_WORD_END = /[\uac00-\ud7a3]+$/u;

/**
 * The folded search key of a query. Trailing Korean particles go (the stem keeps at least two
 * syllables, so 전정특신을 → 전정특신 but 국가 stays 국가).
 */
export function concordanceKey(query: string): string {
  const folded = fold(query.trim());
  const word = HANGUL_WORD_END.exec(folded)?.[0];
  if (!word || word.length < 3) return folded;
  for (let cut = 2; cut < word.length; cut++) {
    if (splitParticles(word.slice(cut))) return folded.slice(0, folded.length - word.length + cut);
  }
  return folded;
}

function hitOf(issue: CorpusIssue, line: CorpusLine, foldedStart: number, foldedEnd: number): ConcordanceHit {
  const { toOriginal } = foldWithOffsets(line.text);
  const start = toOriginal[foldedStart - line.foldedStart]!;
  const end = toOriginal[foldedEnd - line.foldedStart]!;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(line.text.length, end + CONTEXT);
  const before = from > 0 ? '…' : '';
  const text = `${before}${line.text.slice(from, to)}${to < line.text.length ? '…' : ''}`;
  return {
    issueId: issue.id,
    issue: issue.number,
    date: issue.date,
    articleId: line.articleId,
    article: line.articleTitle,
    field: line.field,
    sourceIndex: line.sourceIndex,
    line: line.line,
    text,
    start: start - from + before.length,
    end: end - from + before.length,
    fieldStart: line.fieldOffset + start,
    fieldEnd: line.fieldOffset + end,
  };
}

/** The line holding folded offset `at` (lines are in folded order). */
function lineAt(lines: CorpusLine[], at: number): CorpusLine {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.foldedStart <= at) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]!;
}

/** Searches the issues (newest first, as given); at most `limit` hits are built, all are counted. */
export function searchConcordance(issues: readonly CorpusIssue[], query: string, limit = 200): ConcordanceResult {
  const key = concordanceKey(query);
  if (key === '') throw new Error('concordance: give a Chinese or Korean string to look for');
  const hits: ConcordanceHit[] = [];
  let total = 0;
  for (const issue of issues) {
    let at = issue.folded.indexOf(key);
    while (at >= 0) {
      total++;
      if (hits.length < limit) hits.push(hitOf(issue, lineAt(issue.lines, at), at, at + key.length));
      at = issue.folded.indexOf(key, at + key.length);
    }
  }
  return { query: key, hits, total };
}
