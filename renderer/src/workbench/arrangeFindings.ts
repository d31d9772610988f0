// The findings list as the editor reads it: filtered by severity and rule, errors first and the
// informational items (term-missing, often dozens) after everything else; in text order within a
// severity.
import type { Finding, Severity } from '../../../glossary/checks/types.ts';

export interface FindingFilter {
  severity: Severity | 'all';
  rule: string | 'all';
}

export const NO_FILTER: FindingFilter = { severity: 'all', rule: 'all' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, style: 2, info: 3 };

export function arrangeFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings
    .map((finding, order) => ({ finding, order }))
    .filter(({ finding }) => (filter.severity === 'all' || finding.severity === filter.severity) && (filter.rule === 'all' || finding.rule === filter.rule))
    .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.order - b.order)
    .map(({ finding }) => finding);
}

/** The rules present, for the rule filter's choices, in first-seen order. */
export function rulesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))];
}
