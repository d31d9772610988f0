// A source text with its glossary hits coloured by category. Hover shows the Korean rendering and
// the note (title attribute); a click inserts the rendering into the draft.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import { preferredKorean } from './insertion.ts';
import { segmentText } from './segments.ts';

interface Props {
  text: string;
  hits: RecognizedTerm[];
  onPick: (hit: RecognizedTerm) => void;
  onSelectText: (start: number, end: number) => void;
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

export function SourceHighlights({ text, hits, onPick, onSelectText }: Props) {
  const { t } = useTranslation();
  const segments = useMemo(() => segmentText(text, hits.map((hit) => ({ start: hit.start, end: hit.end, data: hit }))), [text, hits]);
  if (text.trim() === '') return <div className="source-view empty muted">{t('editor.pasteHint')}</div>;
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
      {segments.map((segment) =>
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
        ),
      )}
    </div>
  );
}
