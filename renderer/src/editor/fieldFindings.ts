// Live findings split by the draft field they are on (a finding without a field is on the body:
// older services and the CLI's plain drafts do not name one), accepted ones left out, each moved
// along with the edits made since the checked text.
import type { Finding } from '../../../glossary/checks/types.ts';
import { DRAFT_FIELDS, type Draft, type DraftField } from './draft.ts';
import { rebaseFindings } from './rebase.ts';

export const NO_FINDINGS: Readonly<Record<DraftField, Finding[]>> = { title: [], lead: [], body: [] };

export function findingsByField(findings: readonly Finding[] | null, checked: Draft | null, draft: Draft): Record<DraftField, Finding[]> {
  if (findings === null || checked === null) return { ...NO_FINDINGS };
  const open = findings.filter((f) => !f.accepted);
  const out = { ...NO_FINDINGS };
  for (const field of DRAFT_FIELDS) {
    out[field] = rebaseFindings(open.filter((f) => (f.field ?? 'body') === field), checked[field], draft[field]);
  }
  return out;
}
