// A source text with its glossary hits coloured by category and the gazetteer's places (dashed,
// place colour) where no glossary term is. Hover shows the Korean rendering or official Korean
// place name and the note (title attribute); a click inserts it into the draft.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import { preferredKorean } from './insertion.ts';
import { segmentText } from './segments.ts';
import type { PlaceHit } from '../../../glossary/readings/gazetteer.ts';
import { placeKorean, placeTitle } from './placeHint.ts';

type Marked = { term: RecognizedTerm; place?: undefined } | { place: PlaceHit; term?: undefined };

interface Props {
  text: string;
  hits: RecognizedTerm[];
  /** Gazetteer places outside the glossary hits (they never overlap one). */
  places?: readonly PlaceHit[];
  onPick: (hit: RecognizedTerm) => void;
  /** A click on a place: its Korean form and the Chinese as written. */
  onPickPlace?: (korean: string, chinese: string) => void;
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

const NO_PLACES: readonly PlaceHit[] = [];

export function SourceHighlights({ text, hits, places = NO_PLACES, onPick, onPickPlace, onSelectText, paired }: Props) {
  const { t } = useTranslation();
  const pairedStart = paired?.start ?? -1;
  const pairedEnd = paired?.end ?? -1;
  // Before, inside and after the paired paragraph (hits never cross a line).
  const parts = useMemo(() => {
    const cuts = pairedStart >= 0 && pairedEnd <= text.length ? [0, pairedStart, pairedEnd, text.length] : [0, text.length];
    return cuts.slice(1).map((end, k) => {
      const start = cuts[k]!;
      const marks: { start: number; end: number; data: Marked }[] = [];
      for (const term of hits) if (term.start >= start && term.end <= end) marks.push({ start: term.start - start, end: term.end - start, data: { term } });
      for (const place of places) if (place.start >= start && place.end <= end) marks.push({ start: place.start - start, end: place.end - start, data: { place } });
      return segmentText(text.slice(start, end), marks).map((segment) => ({
        ...segment,
        start: segment.start + start,
        end: segment.end + start,
      }));
    });
  }, [text, hits, places, pairedStart, pairedEnd]);
  // The place under the pointer, spelled out under the text (the title tooltip shows it too).
  const [inspected, setInspected] = useState<PlaceHit | null>(null);
  useEffect(() => setInspected(null), [places]);
  const pairedRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    pairedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [pairedStart, pairedEnd]);
  if (text.trim() === '') return <div className="source-view empty muted">{t('editor.pasteHint')}</div>;

  const clickable = () => window.getSelection()?.isCollapsed !== false;
  const renderSegment = (segment: (typeof parts)[number][number]) => {
    const term = segment.data?.term;
    if (term) {
      const korean = preferredKorean(term.concept) ?? '';
      return (
        <mark
          key={segment.start}
          className={`hit cat-${term.concept.category}`}
          title={[korean, term.concept.note ?? ''].filter(Boolean).join(' — ')}
          data-testid="source-hit"
          data-ko={korean}
          onClick={() => clickable() && onPick(term)}
        >
          {segment.text}
        </mark>
      );
    }
    const place = segment.data?.place;
    if (place) {
      const korean = placeKorean(place);
      return (
        <mark
          key={segment.start}
          className="hit place-hit cat-place"
          title={placeTitle(place, t('places.source'), (count) => t('places.more', { count }))}
          data-testid="source-place"
          data-ko={korean}
          onClick={() => clickable() && onPickPlace?.(korean, place.text)}
          onMouseEnter={() => setInspected(place)}
          onMouseLeave={() => setInspected((shown) => (shown === place ? null : shown))}
        >
          {segment.text}
        </mark>
      );
    }
    return <span key={segment.start}>{segment.text}</span>;
  };

  return (
    <>
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
      {inspected && (
        <div className="place-detail cat-place" data-testid="place-detail" lang="ko">
          {placeTitle(inspected, t('places.source'), (count) => t('places.more', { count })).split('\n').map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      )}
    </>
  );
}
