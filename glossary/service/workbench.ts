// The translator's workbench methods of the service: the concordance over past issues and the
// names of a source the glossary lacks. Both only read; what they read is kept until it changes
// (the corpus per issue, the glossary's Chinese keys per store revision).
import type { DonghyangApi } from '../api.ts';
import { ConcordanceCorpus } from '../concordance/corpus.ts';
import { searchConcordance } from '../concordance/search.ts';
import { namesToAdd } from '../names/recommend.ts';
import type { GlossaryStore } from '../store/index.ts';

type WorkbenchMethods = Pick<DonghyangApi, 'concordance' | 'findNames'>;

/** The folded Chinese terms of the glossary, read again when the store's revision moves. */
export function glossaryChineseKeys(store: GlossaryStore): () => ReadonlySet<string> {
  let keys: Set<string> | undefined;
  let readAt = -1;
  return () => {
    const revision = store.revision;
    if (!keys || revision !== readAt) {
      keys = new Set();
      for (const concept of store.allConcepts()) {
        for (const term of concept.terms) if (term.lang.startsWith('zh')) keys.add(term.folded);
      }
      readAt = revision;
    }
    return keys;
  };
}

export function workbenchMethods(store: GlossaryStore): WorkbenchMethods {
  const corpus = new ConcordanceCorpus(store);
  const chineseKeys = glossaryChineseKeys(store);
  return {
    async concordance({ query, limit }) {
      return searchConcordance(corpus.issues(), query, Math.min(limit ?? 200, 5_000));
    },
    async findNames({ text, all }) {
      const keys = chineseKeys();
      return namesToAdd(text, (folded) => keys.has(folded), { all });
    },
  };
}
