// Glossary: search (Chinese in either script, Korean), the virtualized table, the concept panel,
// import with preview and export.
import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept, ImportPlan } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useLoad } from '../shell/useLoad.ts';
import { ConceptPanel } from './ConceptPanel.tsx';
import { GlossaryTable } from './GlossaryTable.tsx';
import { GlossaryToolbar } from './GlossaryToolbar.tsx';
import { ImportDialog, type ImportSource } from './ImportDialog.tsx';
import { useConceptPages } from './useConceptPages.ts';
import { GlossaryFilters, type BrowseFilter, type BrowseSort } from '../workbench/GlossaryFilters.tsx';
import { useLiveRefresh } from '../team/useLiveRefresh.ts';

const SEARCH_DEBOUNCE_MS = 150;
// Memoized: each page of rows arriving while the table scrolls re-renders this screen; the toolbar
// and the filters, whose props have not changed, are skipped.
const Toolbar = memo(GlossaryToolbar);
const Filters = memo(GlossaryFilters);

export function GlossaryScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [settledQuery, setSettledQuery] = useState('');
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Concept | null>(null);
  const [editing, setEditing] = useState(false);
  const [plan, setPlan] = useState<{ plan: ImportPlan & { planId: string }; source: ImportSource } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<BrowseFilter>({});
  const [sort, setSort] = useState<BrowseSort | undefined>(undefined);
  const stats = useLoad(() => api.glossaryStats(), [version]);
  const pages = useConceptPages(settledQuery, version, { filter, sort });
  const narrowed = settledQuery.trim() !== '' || Object.keys(filter).length > 0;
  const selectConcept = useCallback((concept: Concept) => {
    setSelected(concept);
    setEditing(true);
  }, []);
  const newConcept = useCallback(() => {
    setSelected(null);
    setEditing(true);
  }, []);
  const preview = useCallback((preview: ImportPlan & { planId: string }, source: ImportSource) => setPlan({ plan: preview, source }), []);
  // Team mode: someone else's glossary change shows without a reload.
  useLiveRefresh((e) => e.kind === 'glossary', () => setVersion((v) => v + 1), []);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettledQuery(query), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  return (
    <div className={editing ? 'glossary-screen with-panel' : 'glossary-screen'}>
      <div className="glossary-main">
        <Toolbar query={query} onQuery={setQuery} onNew={newConcept} onPreview={preview} onError={setError} />
        <p className="muted small-text" data-testid="glossary-stats">
          {stats.value && t('glossary.stats', { concepts: stats.value.concepts, terms: stats.value.terms })}
          {pages.total !== null && narrowed && ` · ${t('glossary.results', { count: pages.total })}`}
        </p>
        <Filters filter={filter} onFilter={setFilter} version={version} />
        <ErrorBanner error={error ?? pages.error} onDismiss={() => setError(null)} />
        <GlossaryTable
          total={pages.total ?? 0}
          row={pages.row}
          ensureRows={pages.ensureRows}
          selectedId={selected?.id ?? null}
          sort={sort}
          onSort={setSort}
          onSelect={selectConcept}
        />
      </div>
      {editing && (
        <ConceptPanel
          concept={selected}
          onSaved={(concept) => {
            setSelected(concept);
            if (!concept) setEditing(false);
            setVersion((v) => v + 1);
          }}
          onClose={() => setEditing(false)}
          onOpen={setSelected}
        />
      )}
      {plan && (
        <ImportDialog
          plan={plan.plan}
          source={plan.source}
          onClose={(applied) => {
            setPlan(null);
            if (applied) setVersion((v) => v + 1);
          }}
        />
      )}
    </div>
  );
}
