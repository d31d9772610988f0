// An article is checked as one text (title, lead and body together: a term missing from the body
// may be in the title, a lead's 1700억 위안 counts like the body's), then each finding is given back
// to the field it lies in, with offsets, line and column relative to that field.
import type { CheckResult } from '../api.ts';
import { lineColumn, lineStarts } from './engine.ts';
import type { Finding } from './types.ts';

export interface ArticleText {
  title: string;
  lead: string;
  body: string;
}

type Field = NonNullable<Finding['field']>;
const FIELDS: readonly Field[] = ['title', 'lead', 'body'];
const SEPARATOR = '\n';

/** The article as one draft: title, lead and body on their own lines. */
export function articleDraft(article: ArticleText): string {
  return [article.title, article.lead, article.body].join(SEPARATOR);
}

function fieldOffsets(article: ArticleText): Record<Field, number> {
  const title = 0;
  const lead = article.title.length + SEPARATOR.length;
  const body = lead + article.lead.length + SEPARATOR.length;
  return { title, lead, body };
}

/** Checks the article as one draft and splits the findings by field. */
export function checkArticleText(article: ArticleText, check: (draft: string) => CheckResult): CheckResult {
  const result = check(articleDraft(article));
  const offsets = fieldOffsets(article);
  const starts = { title: lineStarts(article.title), lead: lineStarts(article.lead), body: lineStarts(article.body) };
  const findings = result.findings.map((finding): Finding => {
    const field: Field = finding.start >= offsets.body ? 'body' : finding.start >= offsets.lead && finding.start > article.title.length ? 'lead' : 'title';
    const text = article[field];
    const start = Math.min(finding.start - offsets[field], text.length);
    const end = Math.min(Math.max(finding.end - offsets[field], start), text.length);
    const { line, column } = lineColumn(starts[field], start);
    // Changed in place: the finding was made by this check and is not shared (a spread copy of
    // every finding was most of a keystroke's cost).
    finding.field = field;
    finding.start = start;
    finding.end = end;
    finding.line = line;
    finding.column = column;
    finding.text = text.slice(start, end);
    return finding;
  });
  return { ...result, findings };
}
