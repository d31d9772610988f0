// A source text with its glossary hits coloured by category. Hover shows the Korean rendering and
// the note (title attribute); a click inserts the rendering into the draft.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import { preferredKorean } from './insertion.ts';
import { segmentText } from './segments.ts';

interface Props {
  text: string;
  hits: RecognizedTerm[];
  onPick: (hit: RecognizedTerm) => void;
  onSelectText: (start: number, end: number) => void;
  /** The paragraph paired with the caret's draft paragraph: tinted and scrolled into view. */
  paired?: { start: number; end: number } | null;
}

/** Offsets of the DOM selection inside `container`, counted in characters of its text. */
function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

export function SourceHighlights({ text, hits, onPick, onSelectText, paired }: Props) {
  const { t } = useTranslation();
  const pairedStart = paired?.start ?? -1;
  const pairedEnd = paired?.end ?? -1;
  // Before, inside and after the paired paragraph (hits never cross a line).
  const parts = useMemo(() => {
    const cuts = pairedStart >= 0 && pairedEnd <= text.length ? [0, pairedStart, pairedEnd, text.length] : [0, text.length];
    return cuts.slice(1).map((end, k) => {
      const start = cuts[k]!;
      const inside = hits.filter((hit) => hit.start >= start && hit.end <= end);
      return segmentText(text.slice(start, end), inside.map((hit) => ({ start: hit.start - start, end: hit.end - start, data: hit }))).map((segment) => ({
        ...segment,
        start: segment.start + start,
        end: segment.end + start,
      }));
    });
  }, [text, hits, pairedStart, pairedEnd]);
  const pairedRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    pairedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [pairedStart, pairedEnd]);
  if (text.trim() === '') return <div className="source-view empty muted">{t('editor.pasteHint')}</div>;

  const renderSegment = (segment: (typeof parts)[number][number]) =>
    segment.data ? (
      <mark
        key={segment.start}
        className={`hit cat-${segment.data.concept.category}`}
        title={[preferredKorean(segment.data.concept) ?? '', segment.data.concept.note ?? ''].filter(Boolean).join(' — ')}
        data-testid="source-hit"
        data-ko={preferredKorean(segment.data.concept) ?? ''}
        onClick={() => {
          const hit = segment.data!;
          if (window.getSelection()?.isCollapsed !== false) onPick(hit);
        }}
      >
        {segment.text}
      </mark>
    ) : (
      <span key={segment.start}>{segment.text}</span>
    );

  return (
    <div
      className="source-view"
      data-testid="source-view"
      lang="zh"
      onMouseUp={(event) => {
        const offsets = selectionOffsets(event.currentTarget);
        if (offsets && offsets.end > offsets.start) onSelectText(offsets.start, offsets.end);
      }}
    >
      {parts.length === 3 ? (
        <>
          {parts[0]!.map(renderSegment)}
          <span className="paired-paragraph" ref={pairedRef} data-testid="paired-paragraph">
            {parts[1]!.map(renderSegment)}
          </span>
          {parts[2]!.map(renderSegment)}
        </>
      ) : (
        parts[0]!.map(renderSegment)
      )}
    </div>
  );
}
