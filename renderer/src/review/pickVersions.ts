// Which versions to compare: the user ticks one or two in the list. Two → the older is "before";
// one → that version against the current text. A third tick drops the earliest tick.
import type { VersionInfo } from '../../../glossary/api.ts';

export function toggleVersion(selected: readonly number[], id: number): number[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return [...selected, id].slice(-2);
}

export interface ComparePair {
  beforeId: number;
  /** undefined: against the current text. */
  afterId?: number;
}

export function comparePair(versions: readonly VersionInfo[], selected: readonly number[]): ComparePair | null {
  const picked = versions.filter((v) => selected.includes(v.id));
  if (picked.length === 0) return null;
  if (picked.length === 1) return { beforeId: picked[0]!.id };
  const [a, b] = picked.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id - y.id);
  return { beforeId: a!.id, afterId: b!.id };
}
