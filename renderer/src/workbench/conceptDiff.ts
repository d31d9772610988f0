// What one history entry changed, field by field: the concept's own fields, then each term added,
// removed or changed (text, status, note), by term id.
import type { Concept } from '../../../glossary/model.ts';

export interface FieldChange {
  /** A concept field ('category', 'definition' …) or 'term'. */
  field: string;
  /** For a term: its language. */
  lang?: string;
  before: string;
  after: string;
}

const FIELDS = ['category', 'pinyin', 'definition', 'note', 'subjectField', 'sourceIssue', 'sourceUrl', 'approval'] as const;

function termText(term: Concept['terms'][number]): string {
  return `${term.text} (${term.status})${term.note ? ` — ${term.note}` : ''}`;
}

export function conceptDiff(before: Concept | null, after: Concept | null): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of FIELDS) {
    const a = before?.[field] ?? '';
    const b = after?.[field] ?? '';
    if (a !== b) out.push({ field, before: String(a), after: String(b) });
  }
  const old = new Map((before?.terms ?? []).map((t) => [t.id, t]));
  const next = new Map((after?.terms ?? []).map((t) => [t.id, t]));
  for (const term of after?.terms ?? []) {
    const was = old.get(term.id);
    if (!was) out.push({ field: 'term', lang: term.lang, before: '', after: termText(term) });
    else if (termText(was) !== termText(term) || was.lang !== term.lang) out.push({ field: 'term', lang: term.lang, before: termText(was), after: termText(term) });
  }
  for (const term of before?.terms ?? []) if (!next.has(term.id)) out.push({ field: 'term', lang: term.lang, before: termText(term), after: '' });
  return out;
}
