// While a fresh check (or a save that re-anchors comments) is on its way, ranges computed on an
// older text are moved along with the user's edit instead of vanishing: ranges before the edit keep
// their offsets, ranges after it shift, ranges the edit touches are dropped until fresh ones arrive.
import type { Finding } from '../../../glossary/checks/types.ts';

export function rebaseRanges<T extends { start: number; end: number }>(ranges: readonly T[], oldText: string, newText: string): T[] {
  if (oldText === newText) return ranges.slice();
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
  const out: T[] = [];
  for (const range of ranges) {
    if (range.end <= prefix) out.push(range);
    else if (range.start >= oldEditEnd) out.push({ ...range, start: range.start + delta, end: range.end + delta });
  }
  return out;
}

export function rebaseFindings(findings: readonly Finding[], oldText: string, newText: string): Finding[] {
  return rebaseRanges(findings, oldText, newText);
}
