// The text the concordance searches: every line of every stored issue's articles (title, lead,
// body, each Chinese source), folded once (glossary/text/fold.ts: 專精特新 = 专精特新, full = half
// width) into one string per issue with a table of where each line starts. A search is then one
// indexOf loop per issue. Issues are read and folded once and kept until their updatedAt, article
// count or date moves, so a search after an edit re-reads only the edited issue.
import type { Issue, IssueSummary } from '../model.ts';
import { fold } from '../text/fold.ts';

export type ConcordanceField = 'title' | 'lead' | 'body' | 'source';

/** One line of one field of one article. */
export interface CorpusLine {
  articleId: number;
  articleTitle: string;
  field: ConcordanceField;
  /** Which source of the article (0-based); -1 for the draft fields. */
  sourceIndex: number;
  /** 1-based line number in the field. */
  line: number;
  /** Offset of the line in its field's text (for opening the place). */
  fieldOffset: number;
  text: string;
  /** Where the line's folded text starts in the issue's folded string. */
  foldedStart: number;
}

export interface CorpusIssue {
  id: number;
  number: string;
  date: string;
  /** The folded lines joined by '\n' (folding never produces '\n', so no match crosses a line). */
  folded: string;
  lines: CorpusLine[];
}

const LINE_BREAK = /\r\n|\r|\n/;

function addField(out: CorpusLine[], parts: string[], offset: { folded: number }, base: Omit<CorpusLine, 'line' | 'fieldOffset' | 'text' | 'foldedStart'>, value: string): void {
  let fieldOffset = 0;
  value.split(LINE_BREAK).forEach((text, index) => {
    const lineStart = fieldOffset;
    fieldOffset += text.length + (value.slice(fieldOffset + text.length, fieldOffset + text.length + 2) === '\r\n' ? 2 : 1);
    if (text.trim() === '') return;
    // Offsets back into the line are worked out for the lines that match only (search.ts).
    const folded = fold(text);
    out.push({ ...base, line: index + 1, fieldOffset: lineStart, text, foldedStart: offset.folded });
    parts.push(folded);
    offset.folded += folded.length + 1;
  });
}

/** Folds one issue for searching. */
export function corpusIssue(issue: Issue): CorpusIssue {
  const lines: CorpusLine[] = [];
  const parts: string[] = [];
  const offset = { folded: 0 };
  for (const article of issue.articles) {
    const base = { articleId: article.id, articleTitle: article.title, sourceIndex: -1 };
    addField(lines, parts, offset, { ...base, field: 'title' }, article.title);
    addField(lines, parts, offset, { ...base, field: 'lead' }, article.lead);
    addField(lines, parts, offset, { ...base, field: 'body' }, article.body);
    article.sources.forEach((source, sourceIndex) => {
      addField(lines, parts, offset, { ...base, field: 'source', sourceIndex }, source.text);
    });
  }
  return { id: issue.id, number: issue.number, date: issue.date, folded: parts.join('\n'), lines };
}

/** What the corpus needs from the store. */
export interface IssueReader {
  listIssues(): IssueSummary[];
  getIssue(id: number): Issue | undefined;
}

/** The folded issues of a store, newest first, re-read per issue only when it changed. */
export class ConcordanceCorpus {
  private readonly cache = new Map<number, { key: string; issue: CorpusIssue }>();

  constructor(private readonly reader: IssueReader) {}

  issues(): CorpusIssue[] {
    const summaries = this.reader.listIssues();
    const live = new Set(summaries.map((s) => s.id));
    for (const id of this.cache.keys()) if (!live.has(id)) this.cache.delete(id);
    const out: CorpusIssue[] = [];
    for (const summary of summaries) {
      const key = `${summary.updatedAt}|${summary.articleCount}|${summary.date}|${summary.number}`;
      let cached = this.cache.get(summary.id);
      if (!cached || cached.key !== key) {
        const issue = this.reader.getIssue(summary.id);
        if (!issue) continue;
        cached = { key, issue: corpusIssue(issue) };
        this.cache.set(summary.id, cached);
      }
      out.push(cached.issue);
    }
    // Newest first: by date, then the later-created issue.
    return out.sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1));
  }
}
