// The live-check answer as changes to an earlier result (api.ts LiveFinding): a finding that was
// already in the base result, unchanged but for its place, is sent as its index there and its new
// place. While an editor types, that is nearly every finding, and a 200 KB answer becomes a few KB.
// The renderer rebuilds the full list (renderer/src/editor/liveFindings.ts).
import type { LiveFinding } from '../api.ts';
import type { Finding } from './types.ts';

function sameParams(a: Finding['params'], b: Finding['params']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

/** Whether two findings say and offer the same, wherever they lie. Field by field: no string building. */
export function sameButPlace(a: Finding, b: Finding): boolean {
  return (
    a.key === b.key &&
    a.field === b.field &&
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.messageKey === b.messageKey &&
    a.text === b.text &&
    a.accepted === b.accepted &&
    a.suggestion === b.suggestion &&
    a.message.ko === b.message.ko &&
    a.message.en === b.message.en &&
    a.source?.index === b.source?.index &&
    a.source?.start === b.source?.start &&
    a.source?.end === b.source?.end &&
    sameParams(a.params, b.params)
  );
}

/** `next` as LiveFindings against `base`; each base finding stands for at most one of `next`. */
export function encodeFindings(base: readonly Finding[], next: readonly Finding[]): LiveFinding[] {
  // Indices of the base findings by suppression key (it holds rule, text and context), in order.
  const byKey = new Map<string, number[]>();
  base.forEach((finding, index) => {
    const same = byKey.get(finding.key);
    if (same) same.push(index);
    else byKey.set(finding.key, [index]);
  });
  return next.map((finding): LiveFinding => {
    const candidates = byKey.get(finding.key);
    if (candidates) {
      const at = candidates.findIndex((i) => sameButPlace(base[i]!, finding));
      if (at >= 0) {
        const index = candidates.splice(at, 1)[0]!;
        return [index, finding.start, finding.end, finding.line, finding.column];
      }
    }
    return finding;
  });
}
