// Structural sharing between check results: a finding that is the same as one already on screen
// keeps that object, so memoized rows and underlines (compared by identity) skip their re-render.
// While typing, almost every finding of a new result equals one of the previous result.
import type { Finding } from '../../../glossary/checks/types.ts';
import { findingId } from './findingId.ts';

/**
 * Whether two findings show and do the same: equal ids (key, message key, parameters) and equal
 * place, text, state and messages. Field by field: cheaper than building a signature string.
 */
export function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.line === b.line &&
    a.column === b.column &&
    a.field === b.field &&
    a.accepted === b.accepted &&
    a.severity === b.severity &&
    a.rule === b.rule &&
    a.text === b.text &&
    a.suggestion === b.suggestion &&
    a.source?.index === b.source?.index &&
    a.source?.start === b.source?.start &&
    a.source?.end === b.source?.end &&
    a.message.ko === b.message.ko &&
    a.message.en === b.message.en &&
    findingId(a) === findingId(b)
  );
}

/**
 * `next` with each finding replaced by its equal from `previous` (each previous object is used once).
 * When every finding was reused in the same order, `previous` itself is returned.
 */
export function shareFindings(previous: Finding[], next: Finding[]): Finding[] {
  if (previous.length === 0) return next;
  const byKey = new Map<string, Finding[]>();
  for (const finding of previous) {
    const same = byKey.get(finding.key);
    if (same) same.push(finding);
    else byKey.set(finding.key, [finding]);
  }
  let unchanged = previous.length === next.length;
  const shared = next.map((finding, index) => {
    const candidates = byKey.get(finding.key);
    const at = candidates ? candidates.findIndex((c) => sameFinding(c, finding)) : -1;
    const reused = at < 0 ? finding : candidates!.splice(at, 1)[0]!;
    if (reused !== previous[index]) unchanged = false;
    return reused;
  });
  return unchanged ? previous : shared;
}
