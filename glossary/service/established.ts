// Established renderings (香港 → 홍콩) come from the glossary: a Korean term marked established on a
// concept whose Chinese folds to the same key.
import { fold } from '../text/fold.ts';
import type { GlossaryStore } from '../store/index.ts';

export function establishedLookup(store: GlossaryStore): (zh: string) => string | undefined {
  return (zh) => {
    const key = fold(zh);
    for (const hit of store.search(zh, { limit: 20 }).hits) {
      if (hit.rank !== 'exact') continue;
      const matchesZh = hit.concept.terms.some((t) => t.lang.startsWith('zh') && t.folded === key);
      const established = hit.concept.terms.find((t) => t.lang.startsWith('ko') && t.established);
      if (matchesZh && established) return established.text;
    }
    return undefined;
  };
}
