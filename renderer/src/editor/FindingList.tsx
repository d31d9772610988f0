// The article's findings as a list. A long list (a source full of names gives hundreds of
// term-missing items) is virtualized: only the rows in view of the side panel's scroller exist in
// the DOM, so a keystroke neither mounts nor lays out or paints hundreds of rows. A short list is
// rendered whole. The active finding is scrolled into view, so it is always in the DOM.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Finding } from '../../../glossary/checks/types.ts';
import { FindingItem } from './FindingItem.tsx';
import { findingId } from './findingId.ts';

/** Below this many rows everything is rendered: cheap enough, and nothing is ever out of the DOM. */
export const VIRTUALIZE_FROM = 60;
const ROW_ESTIMATE_PX = 64;
const ROW_GAP_PX = 6; // .finding-list's gap, which absolutely placed rows do not get
const OVERSCAN = 6;

interface Props {
  findings: Finding[];
  activeId: string | null;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onAccept: (finding: Finding) => void;
  onAddTerm?: (zh: string) => void;
}

export function FindingList(props: Props) {
  return props.findings.length < VIRTUALIZE_FROM ? <WholeList {...props} /> : <VirtualList {...props} />;
}

function WholeList({ findings, activeId, onSelect, onFix, onAccept, onAddTerm }: Props) {
  return (
    <ul className="finding-list" data-testid="finding-list">
      {findings.map((finding) => (
        <FindingItem key={findingId(finding)} finding={finding} active={findingId(finding) === activeId} onSelect={onSelect} onFix={onFix} onAccept={onAccept} onAddTerm={onAddTerm} />
      ))}
    </ul>
  );
}

/** The side panel scrolls (not the list): the list's distance from the top of the scroller. */
function offsetIn(scroller: HTMLElement, list: HTMLElement): number {
  return list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

function VirtualList({ findings, activeId, onSelect, onFix, onAccept, onAddTerm }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // Measured when the list mounts and when its length changes, not on every keystroke (a layout read).
  useLayoutEffect(() => {
    const element = list.current;
    const scrolling = element?.closest<HTMLElement>('.findings-panel') ?? null;
    setScroller(scrolling);
    if (element && scrolling) setMargin(offsetIn(scrolling, element));
  }, [findings.length]);

  const virtualizer = useVirtualizer({
    count: findings.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => findingId(findings[index]!),
    gap: ROW_GAP_PX,
    overscan: OVERSCAN,
    scrollMargin: margin,
  });

  const activeIndex = activeId === null ? -1 : findings.findIndex((f) => findingId(f) === activeId);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeId]);

  return (
    <ul ref={list} className="finding-list" data-testid="finding-list" data-virtual="true" style={{ position: 'relative', display: 'block', height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const finding = findings[item.index]!;
        return (
          <FindingItem
            key={item.key}
            finding={finding}
            active={item.index === activeIndex}
            onSelect={onSelect}
            onFix={onFix}
            onAccept={onAccept}
            onAddTerm={onAddTerm}
            index={item.index}
            top={item.start - margin}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
    </ul>
  );
}
