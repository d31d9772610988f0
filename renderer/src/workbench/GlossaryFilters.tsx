// The glossary manager's filters: category, term status, approval, source issue, changed since.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowseRequest } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { CATEGORY_LIST, TERM_STATUS_LIST } from '../domain.ts';
import { DatePicker } from './DatePicker.tsx';

export type BrowseFilter = NonNullable<BrowseRequest['filter']>;
export type BrowseSort = NonNullable<BrowseRequest['sort']>;

interface Props {
  filter: BrowseFilter;
  onFilter: (filter: BrowseFilter) => void;
  version: number;
}

const APPROVALS = ['proposed', 'approved'] as const;

export function GlossaryFilters({ filter, onFilter, version }: Props) {
  const { t } = useTranslation();
  // Read when the list is opened, not with the screen: it reads every concept once (a large glossary).
  const [issues, setIssues] = useState<string[] | null>(null);
  useEffect(() => {
    setIssues(null);
  }, [version]);
  const loadIssues = () => {
    if (issues === null) api.sourceIssues().then(setIssues, () => setIssues([]));
  };
  const set = (patch: Partial<BrowseFilter>) => {
    const next: BrowseFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof BrowseFilter)[]) if (!next[key]) delete next[key];
    onFilter(next);
  };
  return (
    <div className="toolbar glossary-filters" data-testid="glossary-filters">
      <select value={filter.category ?? ''} onChange={(e) => set({ category: (e.target.value || undefined) as BrowseFilter['category'] })} aria-label={t('glossary.category')} data-testid="filter-category">
        <option value="">{t('glossary.category')}: {t('workbench.any')}</option>
        {CATEGORY_LIST.map((c) => (
          <option key={c} value={c}>{t(`category.${c}`)}</option>
        ))}
      </select>
      <select value={filter.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as BrowseFilter['status'] })} aria-label={t('glossary.status')} data-testid="filter-status">
        <option value="">{t('glossary.status')}: {t('workbench.any')}</option>
        {TERM_STATUS_LIST.map((s) => (
          <option key={s} value={s}>{t(`termStatus.${s}`)}</option>
        ))}
      </select>
      <select value={filter.approval ?? ''} onChange={(e) => set({ approval: (e.target.value || undefined) as BrowseFilter['approval'] })} aria-label={t('glossary.approval')} data-testid="filter-approval">
        <option value="">{t('glossary.approval')}: {t('workbench.any')}</option>
        {APPROVALS.map((a) => (
          <option key={a} value={a}>{t(`approval.${a}`)}</option>
        ))}
      </select>
      <select value={filter.sourceIssue ?? ''} onChange={(e) => set({ sourceIssue: e.target.value || undefined })} aria-label={t('workbench.sourceIssue')} onFocus={loadIssues} onMouseDown={loadIssues} data-testid="filter-source-issue">
        <option value="">{t('workbench.sourceIssue')}: {t('workbench.any')}</option>
        {filter.sourceIssue && !issues?.includes(filter.sourceIssue) && <option value={filter.sourceIssue}>{filter.sourceIssue}</option>}
        {issues?.map((issue) => (
          <option key={issue} value={issue}>{issue}</option>
        ))}
      </select>
      <span className="inline">
        {t('workbench.changedSince')}{' '}
        <DatePicker value={filter.changedSince} onChange={(day) => set({ changedSince: day })} label={t('workbench.changedSince')} testId="filter-changed-since" />
      </span>
    </div>
  );
}
