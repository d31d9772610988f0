// The writers accept both stored concepts (Concept: nulls, ids, timestamps) and plain inputs
// (ConceptInput: optional fields). This reduces either to one shape with `undefined` for
// "no value", which is also what the readers produce, so a round trip compares like with like.

import type { Concept, ConceptInput, TermInput } from '../model.ts';

function present(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

export function toTermInput(term: TermInput | Concept['terms'][number]): TermInput {
  const out: TermInput = { lang: term.lang, text: term.text };
  if (term.status !== undefined) out.status = term.status;
  const partOfSpeech = present(term.partOfSpeech);
  if (partOfSpeech !== undefined) out.partOfSpeech = partOfSpeech;
  const note = present(term.note);
  if (note !== undefined) out.note = note;
  if (term.established === true) out.established = true;
  return out;
}

export function toConceptInput(concept: Concept | ConceptInput): ConceptInput {
  const out: ConceptInput = { category: concept.category ?? 'other', terms: concept.terms.map(toTermInput) };
  const fields = ['definition', 'note', 'pinyin', 'subjectField', 'sourceIssue', 'sourceUrl', 'externalId'] as const;
  for (const field of fields) {
    const value = present(concept[field]);
    if (value !== undefined) out[field] = value;
  }
  if (concept.approval !== undefined) out.approval = concept.approval;
  return out;
}

/** Languages in order of first appearance, each with its terms in their original order. */
export function termsByLanguage(terms: readonly TermInput[]): Map<string, TermInput[]> {
  const groups = new Map<string, TermInput[]>();
  for (const term of terms) {
    const group = groups.get(term.lang);
    if (group) group.push(term);
    else groups.set(term.lang, [term]);
  }
  return groups;
}

/** Non-empty lines of a multi-line text field, trimmed. */
export function lines(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}
