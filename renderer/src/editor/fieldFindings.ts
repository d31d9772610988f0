// Live findings split by the draft field they are on (a finding without a field is on the body:
// older services and the CLI's plain drafts do not name one), accepted ones left out, each moved
// along with the edits made since the checked text.
import type { Finding } from '../../../glossary/checks/types.ts';
import { DRAFT_FIELDS, type Draft, type DraftField } from './draft.ts';
import { rebaseFindings } from './rebase.ts';

export const NO_FINDINGS: Readonly<Record<DraftField, Finding[]>> = { title: [], lead: [], body: [] };

type ByField = Record<DraftField, Finding[]>;

function sameItems(a: readonly Finding[], b: readonly Finding[] | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function openByField(findings: readonly Finding[]): ByField {
  const out: ByField = { title: [], lead: [], body: [] };
  for (const finding of findings) if (!finding.accepted) out[finding.field ?? 'body'].push(finding);
  return out;
}

/**
 * findingsByField with memory: a field whose findings did not change (another field is being edited,
 * or every finding lies before the caret) gets the very array it got last time, and when no field
 * changed, the very record. Memoized views compare by identity, so they skip the re-render.
 */
export function createFieldFindings(): (findings: readonly Finding[] | null, checked: Draft | null, draft: Draft) => ByField {
  let lastFindings: readonly Finding[] | null = null;
  let split: ByField = { ...NO_FINDINGS };
  let last: ByField = { ...NO_FINDINGS };
  return (findings, checked, draft) => {
    if (findings !== lastFindings) {
      const next = findings === null ? { ...NO_FINDINGS } : openByField(findings);
      for (const field of DRAFT_FIELDS) if (sameItems(next[field], split[field])) next[field] = split[field];
      split = next;
      lastFindings = findings;
    }
    const out = { ...NO_FINDINGS };
    let changed = false;
    for (const field of DRAFT_FIELDS) {
      const moved = checked === null ? [] : checked[field] === draft[field] ? split[field] : rebaseFindings(split[field], checked[field], draft[field]);
      out[field] = sameItems(moved, last[field]) ? last[field] : moved;
      if (out[field] !== last[field]) changed = true;
    }
    if (changed) last = out;
    return last;
  };
}

export function findingsByField(findings: readonly Finding[] | null, checked: Draft | null, draft: Draft): ByField {
  return createFieldFindings()(findings, checked, draft);
}
