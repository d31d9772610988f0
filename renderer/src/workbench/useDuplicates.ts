// Other concepts that already have one of the Chinese terms being typed (either script): the
// glossary manager warns before a second concept for the same term is saved.
import { useEffect, useState } from 'react';
import type { Concept } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';

const DEBOUNCE_MS = 250;

export function useDuplicates(zhTerms: string[], selfId: number | undefined): Concept[] {
  const [found, setFound] = useState<Concept[]>([]);
  const key = zhTerms.map((z) => z.trim()).filter(Boolean).join('\u0000');
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      const wanted = key === '' ? [] : key.split('\u0000');
      Promise.all(wanted.map((query) => api.searchGlossary({ query, limit: 20 }))).then(
        (results) => {
          if (!current) return;
          const byId = new Map<number, Concept>();
          for (const result of results) {
            for (const hit of result.hits) if (hit.rank === 'exact' && hit.concept.id !== selfId) byId.set(hit.concept.id, hit.concept);
          }
          setFound([...byId.values()]);
        },
        () => current && setFound([]),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, selfId]);
  return found;
}
