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

/**
 * The finding F8 (direction 1) or Shift+F8 (-1) moves to from the active one: through the list in
 * severity order (errors, warnings, style, info; text order within a severity), wrapping around.
 */
export function stepFinding<T extends Finding>(findings: readonly T[], isActive: (finding: T) => boolean, direction: 1 | -1): T | undefined {
  const ordered = arrangeFindings(findings, NO_FILTER) as T[];
  if (ordered.length === 0) return undefined;
  const index = ordered.findIndex(isActive);
  const next = index < 0 ? (direction > 0 ? 0 : ordered.length - 1) : (index + direction + ordered.length) % ordered.length;
  return ordered[next];
}
