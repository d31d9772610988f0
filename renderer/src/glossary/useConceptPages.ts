// Pages of concepts for the virtualized table, fetched as rows scroll into view: listConcepts when
// the search box is empty, searchGlossary otherwise. A new query or a change starts a fresh cache.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BrowseRequest } from '../../../glossary/api.ts';
import type { Concept } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { startOfLocalDay } from '../workbench/dates.ts';

/** Sort and filters of the manager's table; any set one sends the request to browseConcepts. */
export type ConceptView = Pick<BrowseRequest, 'sort' | 'filter'>;

export const PAGE_SIZE = 100;

async function fetchPage(query: string, page: number, view: ConceptView): Promise<{ concepts: Concept[]; total: number }> {
  const offset = page * PAGE_SIZE;
  if (view.sort || (view.filter && Object.keys(view.filter).length > 0)) {
    // "Changed since" a day: from the start of that day where the editor is, not in UTC.
    const since = view.filter?.changedSince;
    const filter = since && /^\d{4}-\d{2}-\d{2}$/.test(since) ? { ...view.filter, changedSince: startOfLocalDay(since) } : view.filter;
    return api.browseConcepts({ offset, limit: PAGE_SIZE, query: query.trim(), ...view, ...(filter ? { filter } : {}) });
  }
  if (query.trim() === '') return api.listConcepts({ offset, limit: PAGE_SIZE });
  const result = await api.searchGlossary({ query: query.trim(), offset, limit: PAGE_SIZE });
  return { concepts: result.hits.map((hit) => hit.concept), total: result.total };
}

export function useConceptPages(query: string, version: number, view: ConceptView = {}) {
  const viewKey = JSON.stringify(view);
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState(new Map<number, Concept[]>());
  const [error, setError] = useState<unknown>(null);
  const requested = useRef(new Set<number>());
  const generation = useRef(0);

  const load = useCallback((page: number) => {
    if (requested.current.has(page)) return;
    requested.current.add(page);
    const asked = generation.current;
    fetchPage(query, page, JSON.parse(viewKey) as ConceptView).then(
      (result) => {
        if (asked !== generation.current) return;
        setTotal(result.total);
        setPages((previous) => new Map(previous).set(page, result.concepts));
        setError(null);
      },
      (failure: unknown) => {
        requested.current.delete(page);
        if (asked === generation.current) setError(failure);
      },
    );
  }, [query, viewKey]);

  // A new query (debounced by the caller) or a glossary change: start over from page 0.
  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    setPages(new Map());
    load(0);
  }, [load, version]);

  // Half a page beyond the rows asked for, on both sides: a page arrives before its rows scroll
  // into view, so a fast scroll shows filled rows and is not re-rendered once more for each page.
  const ensureRows = useCallback((first: number, last: number) => {
    const from = Math.max(0, first - PAGE_SIZE / 2);
    for (let page = Math.floor(from / PAGE_SIZE); page <= Math.floor((last + PAGE_SIZE / 2) / PAGE_SIZE); page++) load(page);
  }, [load]);

  const row = (index: number): Concept | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return { total, row, ensureRows, error };
}
