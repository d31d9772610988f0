// The checks engine's entry point: every rule family in a fixed order, and one function that checks
// a draft with the issue's exchange rate (or the rate derived from the issue's own conversions).
import type { CheckResult } from '../api.ts';
import type { Category, ConceptInput, TermStatus } from '../model.ts';
import { runChecks } from './engine.ts';
import type { ArchivedRendering, Finding, IndexedConcept, RuleFamily, TermRecognizer } from './types.ts';
import { ALL_FAMILIES } from './families.ts';
import { deriveRate } from './currency.ts';

export interface DraftCheck {
  draft: string;
  sources: string[];
  rate?: number;
  rateDerived?: boolean;
  recognizer: TermRecognizer;
  archive: ArchivedRendering[];
  accepted: ReadonlySet<string>;
  families?: readonly RuleFamily[];
}

export function checkDraft(input: DraftCheck): Finding[] {
  const { families = ALL_FAMILIES, accepted, ...ctx } = input;
  return runChecks(families, ctx, { accepted });
}

/** The rate the issue's own conversions imply: the median over all its drafts. */
export function deriveIssueRate(drafts: readonly string[]): number | undefined {
  return deriveRate(drafts.join('\n\n'));
}

/** Checks a draft; without a rate set on the issue, uses the median of the issue's conversions and says so. */
export function checkWithRate(input: DraftCheck & { issueDrafts: readonly string[] }): CheckResult {
  const { issueDrafts, ...rest } = input;
  if (rest.rate !== undefined) return { findings: checkDraft(rest), rate: rest.rate, rateSource: 'issue' };
  const derived = deriveIssueRate(issueDrafts.length ? issueDrafts : [rest.draft]);
  return {
    findings: checkDraft({ ...rest, rate: derived, rateDerived: derived !== undefined }),
    rate: derived ?? null,
    rateSource: derived === undefined ? 'none' : 'derived',
  };
}

/** A concept as the recognizer sees it: Chinese terms and Korean renderings with their status. */
export function indexConcept(
  id: number,
  concept: {
    category?: Category;
    note?: string | null;
    terms: readonly { lang: string; text: string; status?: TermStatus; established?: boolean }[];
  },
): IndexedConcept {
  const isLang = (tag: string, lang: string) => tag.toLowerCase() === lang || tag.toLowerCase().startsWith(`${lang}-`);
  return {
    id,
    category: concept.category ?? 'other',
    zh: concept.terms.filter((t) => isLang(t.lang, 'zh')).map((t) => t.text),
    ko: concept.terms
      .filter((t) => isLang(t.lang, 'ko'))
      .map((t) => ({ text: t.text, status: t.status ?? 'preferred', established: t.established ?? false })),
    note: concept.note ?? null,
  };
}

/** Concepts read from a glossary file (not the database), numbered in file order, for `check --glossary`. */
export function indexConceptInputs(inputs: readonly ConceptInput[]): IndexedConcept[] {
  return inputs.map((input, i) => indexConcept(i + 1, input));
}
