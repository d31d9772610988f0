// While a fresh check is on its way, the last findings are moved along with the user's edit instead
// of vanishing: findings before the edit keep their offsets, findings after it shift, findings the
// edit touches are dropped until the new result arrives.
import type { Finding } from '../../../glossary/checks/types.ts';

export function rebaseFindings(findings: readonly Finding[], oldText: string, newText: string): Finding[] {
  if (oldText === newText) return findings.slice();
  let prefix = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) suffix++;
  const oldEditEnd = oldText.length - suffix;
  const delta = newText.length - oldText.length;
  const out: Finding[] = [];
  for (const finding of findings) {
    if (finding.end <= prefix) out.push(finding);
    else if (finding.start >= oldEditEnd) out.push({ ...finding, start: finding.start + delta, end: finding.end + delta });
  }
  return out;
}
