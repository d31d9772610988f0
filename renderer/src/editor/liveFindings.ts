// Rebuilds the findings of a live check (api.ts LiveCheckResult) from the results this editor
// already holds. A finding that did not move keeps its object, so memoized rows and underlines
// (compared by identity) skip their re-render; one that moved is a copy with its new place.
import type { LiveCheckResult, LiveFinding } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';

/** Two checks in flight share a base, and the next may still name the one before: a few suffice. */
const RESULTS_KEPT = 4;

export class UnknownBaseError extends Error {
  constructor(base: string) {
    super(`live check answered against result ${base}, which this editor no longer holds`);
    this.name = 'UnknownBaseError';
  }
}

export function decodeFindings(base: readonly Finding[], entries: readonly LiveFinding[]): Finding[] {
  return entries.map((entry) => {
    if (!Array.isArray(entry)) return entry as Finding;
    const [index, start, end, line, column] = entry as readonly number[];
    const before = base[index!];
    if (!before) throw new RangeError(`live check refers to finding ${index} of a result with ${base.length}`);
    if (before.start === start && before.end === end && before.line === line && before.column === column) return before;
    return { ...before, start: start!, end: end!, line: line!, column: column! };
  });
}

/** The last results received, by token: what the next request names as its base. */
export class LiveResults {
  private readonly held = new Map<string, Finding[]>();
  private newest: string | undefined;

  /** The token to send as `base`: the newest result held. */
  get base(): string | undefined {
    return this.newest;
  }

  /** The full findings of an answer; remembers them under the answer's token. */
  receive(result: LiveCheckResult): Finding[] {
    let findings: Finding[];
    if (result.base === undefined) findings = result.findings as Finding[];
    else {
      const base = this.held.get(result.base);
      if (!base) throw new UnknownBaseError(result.base);
      findings = decodeFindings(base, result.findings);
    }
    this.held.set(result.token, findings);
    this.newest = result.token;
    if (this.held.size > RESULTS_KEPT) this.held.delete(this.held.keys().next().value!);
    return findings;
  }

  /** Forgets everything: the next request asks for whole findings. */
  clear(): void {
    this.held.clear();
    this.newest = undefined;
  }
}
