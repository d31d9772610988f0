// The glossary as a virtualized table: only the visible rows exist in the DOM, so 100,000 concepts
// scroll smoothly. Row geometry comes from the virtualizer and must be set per row; React writes it
// through the CSSOM (element.style), which the CSP's style-src does not govern (only style
// attributes in markup and <style> elements are).
import { memo, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Concept } from '../../../glossary/model.ts';
import { termList } from './conceptText.ts';
import type { BrowseSort } from '../workbench/GlossaryFilters.tsx';

const ROW_HEIGHT = 30;
/** Rows rendered beyond the visible ones: enough for a wheel step, few enough to keep a frame cheap. */
const OVERSCAN = 4;
/**
 * Rows are keyed by slot (index modulo this), not by index: a row scrolled out hands its DOM
 * elements to the row scrolling in, so a frame updates text instead of creating and removing
 * elements. A contiguous window of at most this many rows never has two rows in one slot.
 */
const MIN_SLOTS = 64;

interface Props {
  total: number;
  row: (index: number) => Concept | undefined;
  ensureRows: (first: number, last: number) => void;
  selectedId: number | null;
  onSelect: (concept: Concept) => void;
  sort?: BrowseSort;
  /** A click on a column header sorts by it; a second click reverses. */
  onSort?: (sort: BrowseSort) => void;
}

const COLUMNS = [
  ['zh', 'glossary.zh'],
  ['ko', 'glossary.ko'],
  ['category', 'glossary.category'],
  ['status', 'glossary.status'],
  ['approval', 'glossary.approval'],
] as const;

export function GlossaryTable({ total, row, ensureRows, selectedId, onSelect, sort, onSort }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensureRows(first, last);
  }, [first, last, total, ensureRows]);

  return (
    <div className="glossary-table" role="table" aria-rowcount={total} data-testid="glossary-table">
      <div className="gt-row gt-head" role="row">
        {COLUMNS.map(([column, label]) => (
          <span key={column} role="columnheader" aria-sort={sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
            <button
              type="button"
              className="link-plain"
              onClick={() => onSort?.({ column, descending: sort?.column === column ? !sort.descending : false })}
              data-testid={`sort-${column}`}
            >
              {t(label)} {sort?.column === column ? (sort.descending ? '▼' : '▲') : ''}
            </button>
          </span>
        ))}
      </div>
      <div className="gt-scroller" ref={scroller}>
        <div className="gt-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const concept = row(item.index);
            const slot = item.index % Math.max(MIN_SLOTS, items.length);
            return <GlossaryRow key={slot} concept={concept} top={item.start} height={item.size} selected={concept !== undefined && concept.id === selectedId} onSelect={onSelect} t={t} />;
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  concept: Concept | undefined;
  top: number;
  height: number;
  selected: boolean;
  onSelect: (concept: Concept) => void;
  /** From the table: one i18n subscription for the table, not one per row mounted while scrolling. */
  t: TFunction;
}

/** Memoized: while scrolling, a row that stays in view is not rendered again, only moved. */
const GlossaryRow = memo(function GlossaryRow({ concept, top, height, selected, onSelect, t }: RowProps) {
  const preferredKo = concept?.terms.find((term) => term.lang === 'ko' && term.status === 'preferred');
  return (
    <div
      role="row"
      className={`gt-row${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => concept && onSelect(concept)}
      data-testid="glossary-row"
    >
      {concept ? (
        <>
          <span role="cell" lang="zh">{termList(concept, 'zh')}</span>
          <span role="cell" lang="ko">{termList(concept, 'ko')}</span>
          <span role="cell"><span className={`swatch cat-${concept.category}`} />{t(`category.${concept.category}`)}</span>
          <span role="cell">{preferredKo ? t('termStatus.preferred') : t('glossary.noPreferred')}</span>
          <span role="cell" className={`approval ${concept.approval}`}>{t(`approval.${concept.approval}`)}</span>
        </>
      ) : (
        <span role="cell" className="muted">…</span>
      )}
    </div>
  );
});
