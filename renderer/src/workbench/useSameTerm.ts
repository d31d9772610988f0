// Concepts sharing a Chinese term (either script): an ambiguous source term such as 科技部 for two
// ministries, or one name for two people. The recognizer marks one concept per span; the term pane
// and the findings ask the glossary for every concept with that exact Chinese term, so the editor
// sees both candidates and chooses. Answers are kept per glossary version.
import { useEffect, useState } from 'react';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import type { Concept } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';

const cache = new Map<string, Promise<Concept[]>>();
let cachedVersion = -1;

/** Every concept with a Chinese term equal (folded) to `zh`, in id order. */
function sameTerm(zh: string, version: number): Promise<Concept[]> {
  if (version !== cachedVersion) {
    cache.clear();
    cachedVersion = version;
  }
  let found = cache.get(zh);
  if (!found) {
    found = api.searchGlossary({ query: zh, limit: 20 }).then(
      (result) =>
        result.hits
          .filter((hit) => hit.rank === 'exact' && hit.concept.terms.some((t) => t.id === hit.matchedTermId && t.lang.startsWith('zh')))
          .map((hit) => hit.concept)
          .sort((a, b) => a.id - b.id),
      () => [],
    );
    cache.set(zh, found);
  }
  return found;
}

/** For each Chinese text given: the concepts sharing it, when there are two or more. */
export function useSameTerm(texts: readonly string[], version: number): Map<string, Concept[]> {
  const [found, setFound] = useState(new Map<string, Concept[]>());
  const key = [...new Set(texts)].join('\u0000');
  useEffect(() => {
    let current = true;
    const wanted = key === '' ? [] : key.split('\u0000');
    Promise.all(wanted.map((zh) => sameTerm(zh, version).then((concepts) => [zh, concepts] as const))).then((pairs) => {
      if (current) setFound(new Map(pairs.filter(([, concepts]) => concepts.length > 1)));
    });
    return () => {
      current = false;
    };
  }, [key, version]);
  return found;
}

/** A stored concept as the term the editor inserts (what a recognized hit carries). */
export function asRecognized(concept: Concept, text: string): RecognizedTerm {
  return {
    start: 0,
    end: 0,
    conceptId: concept.id,
    text,
    concept: {
      id: concept.id,
      category: concept.category,
      zh: concept.terms.filter((t) => t.lang.startsWith('zh')).map((t) => t.text),
      ko: concept.terms.filter((t) => t.lang.startsWith('ko')).map((t) => ({ text: t.text, status: t.status, established: t.established })),
      note: concept.note,
    },
  };
}
