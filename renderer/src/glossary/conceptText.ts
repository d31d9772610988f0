import type { Concept, Term } from '../../../glossary/model.ts';

const STATUS_RANK = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 } as const;

/** Terms of one language family ('zh' also covers zh-Hant …), best status first. */
export function termsOf(concept: Concept, lang: 'zh' | 'ko' | 'en'): Term[] {
  return concept.terms
    .filter((term) => term.lang === lang || term.lang.startsWith(`${lang}-`))
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
}

export function termList(concept: Concept, lang: 'zh' | 'ko' | 'en'): string {
  return termsOf(concept, lang)
    .filter((t) => t.status === 'preferred' || t.status === 'admitted')
    .map((t) => t.text)
    .join(', ');
}
