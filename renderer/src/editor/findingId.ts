// Identity of a finding in the UI. The suppression key alone is not unique: several findings can
// cover the same text with the same rule (one term-missing per absent term, all on one line).
import type { Finding } from '../../../glossary/checks/types.ts';

// Findings are never mutated, and a finding shown again keeps its object (shareFindings), so the
// id is worked out once per object: rows, keys and underlines ask for it on every render.
const ids = new WeakMap<Finding, string>();

export function findingId(finding: Finding): string {
  let id = ids.get(finding);
  if (id === undefined) {
    id = `${finding.key}\u241f${finding.messageKey}\u241f${JSON.stringify(finding.params ?? {})}`;
    ids.set(finding, id);
  }
  return id;
}

/**
 * Whether the suggestion replaces the flagged text. A term-missing finding's suggestion is the
 * rendering to add somewhere in the line, not a replacement for the line.
 */
export function canQuickFix(finding: Finding): boolean {
  return finding.suggestion !== undefined && finding.rule !== 'term-missing';
}
