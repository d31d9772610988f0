// The values a concept's rows are written with: the concept's sort keys, its update parameters,
// a term's row values and the term as stored (built without reading it back).
import type { ConceptInput, Term, TermInput, TermStatus } from '../model.ts';

const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

/** zh_sort, ko_sort, status_rank, status_mask of new terms: what REFRESH_KEYS_SQL computes, without reading back. */
export function sortKeys(terms: readonly TermInput[]): [string, string, number, number] {
  const zh: string[] = [];
  const ko: string[] = [];
  let rank = 4;
  let mask = 0;
  for (const term of terms) {
    const lang = term.lang.toLowerCase();
    const status = STATUS_RANK[term.status ?? 'preferred'];
    mask |= 1 << status;
    if (lang.startsWith('zh')) zh.push(term.text);
    else if (lang.startsWith('ko')) {
      ko.push(term.text);
      rank = Math.min(rank, status);
    }
  }
  return [zh.join(', '), ko.join(', '), rank, mask];
}

export function termKey(lang: string, text: string): string {
  return `${lang.toLowerCase()}\u0000${text}`;
}

/** A concept's own fields (no id, times or terms) with their stored defaults. */
export function conceptFields(input: ConceptInput) {
  return {
    category: input.category ?? 'other',
    definition: input.definition ?? null,
    note: input.note ?? null,
    pinyin: input.pinyin ?? null,
    subjectField: input.subjectField ?? null,
    sourceIssue: input.sourceIssue ?? null,
    sourceUrl: input.sourceUrl ?? null,
    approval: input.approval ?? 'proposed',
    externalId: input.externalId ?? null,
  };
}

/** The named parameters of the concept update statement. */
export function conceptParams(input: ConceptInput, now: string) {
  return { ...conceptFields(input), now };
}

/** Appends a terms row's values (in insertTerms' column order) to `values`. */
export function pushTermParams(values: unknown[], conceptId: number, term: TermInput, folded: string, position: number): unknown[] {
  values.push(
    conceptId, term.lang, term.text, folded, term.status ?? 'preferred', term.partOfSpeech ?? null, term.note ?? null,
    term.established ? 1 : 0, position,
  );
  return values;
}

export function storedTerm(id: number, conceptId: number, term: TermInput, folded: string): Term {
  return {
    id,
    conceptId,
    lang: term.lang,
    text: term.text,
    folded,
    status: term.status ?? 'preferred',
    partOfSpeech: term.partOfSpeech ?? null,
    note: term.note ?? null,
    established: term.established === true,
  };
}
