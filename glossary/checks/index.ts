// The checks engine's entry point: every rule family in a fixed order, and one function that checks
// a draft with the issue's exchange rate (or the rate derived from the issue's own conversions).
import type { CheckResult } from '../api.ts';
import type { ConceptInput } from '../model.ts';
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

/** Concepts read from a glossary file (not the database), numbered in file order, for `check --glossary`. */
export function indexConceptInputs(inputs: readonly ConceptInput[]): IndexedConcept[] {
  return inputs.map((input, i) => ({
    id: i + 1,
    category: input.category ?? 'other',
    zh: input.terms.filter((t) => t.lang.toLowerCase().startsWith('zh')).map((t) => t.text),
    ko: input.terms
      .filter((t) => t.lang.toLowerCase().startsWith('ko'))
      .map((t) => ({ text: t.text, status: t.status ?? 'preferred', established: t.established ?? false })),
    note: input.note ?? null,
  }));
}
