// Merging two versions of a concept without losing anything: the import's "merge" choice for a
// duplicate, and the one-term-once rule inside an entry.
import type { ConceptInput, TermInput } from '../model.ts';

// Exact text: 專精特新 and 专精特新 are two written forms worth keeping, not one term.
const sameTerm = (a: TermInput, b: TermInput) => a.lang.toLowerCase() === String(b.lang).toLowerCase() && a.text.trim() === String(b.text).trim();

/**
 * `incoming` laid onto `base`: terms not yet there are appended (a second preferred term of a
 * language becomes admitted), attributes a term lacks are filled in, a note or definition that
 * differs is added as more lines, and other fields are kept from `base` or filled from `incoming`.
 */
export function mergeLossless(base: ConceptInput, incoming: ConceptInput): ConceptInput {
  const merged: ConceptInput = { ...base, terms: base.terms.map((t) => ({ ...t })) };
  for (const term of incoming.terms) {
    const same = merged.terms.find((t) => sameTerm(t, term));
    if (same) {
      same.partOfSpeech ??= term.partOfSpeech;
      if (term.note !== undefined && term.note !== same.note) same.note = same.note ? `${same.note}\n${term.note}` : term.note;
      if (term.established === true) same.established = true;
      continue;
    }
    const hasPreferred = merged.terms.some((t) => t.lang === term.lang && (t.status ?? 'preferred') === 'preferred');
    merged.terms.push((term.status ?? 'preferred') === 'preferred' && hasPreferred ? { ...term, status: 'admitted' } : { ...term });
  }
  for (const field of ['definition', 'note'] as const) {
    const add = incoming[field];
    const have = merged[field];
    if (add === undefined || add.trim() === '') continue;
    if (have === undefined || have.trim() === '') merged[field] = add;
    else if (!have.split('\n').includes(add)) merged[field] = `${have}\n${add}`;
  }
  for (const field of ['subjectField', 'sourceIssue', 'sourceUrl', 'externalId'] as const) {
    if ((merged[field] ?? '') === '' && incoming[field] !== undefined) merged[field] = incoming[field];
  }
  if (merged.category === undefined || merged.category === 'other') merged.category = incoming.category ?? merged.category;
  if (incoming.approval === 'approved') merged.approval = 'approved';
  return merged;
}

/** The entry with each term once (same language, same folded text); undefined when nothing repeats. */
export function withoutRepeatedTerms(input: ConceptInput): { input: ConceptInput; repeated: string[] } | undefined {
  if (!Array.isArray(input.terms)) return undefined;
  const kept: TermInput[] = [];
  const repeated: string[] = [];
  for (const term of input.terms) {
    if (typeof term?.text !== 'string' || typeof term.lang !== 'string') {
      kept.push(term);
      continue;
    }
    const same = kept.find((t) => typeof t?.text === 'string' && typeof t.lang === 'string' && sameTerm(t, term));
    if (same === undefined) kept.push(term);
    else repeated.push(term.text.trim());
  }
  return repeated.length === 0 ? undefined : { input: { ...input, terms: kept }, repeated };
}
