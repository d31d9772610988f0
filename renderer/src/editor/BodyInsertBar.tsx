// Buttons that start a footnote (`- * `), a ▶ note or a `* 출처: ` line below the caret's line in
// the body: the house forms the layout prints, without remembering their markers.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

export const BODY_LINE_STARTS = {
  footnote: '- * ',
  note: '- ▶ ',
  source: '* 출처: ',
} as const;

export type BodyLineKind = keyof typeof BODY_LINE_STARTS;

const KINDS: BodyLineKind[] = ['footnote', 'note', 'source'];

export const BodyInsertBar = memo(function BodyInsertBar({ onInsert }: { onInsert: (kind: BodyLineKind) => void }) {
  const { t } = useTranslation();
  const labels: Record<BodyLineKind, string> = { footnote: t('parts.insert_footnote'), note: t('parts.insert_note'), source: t('parts.insert_source') };
  return (
    <div className="body-insert" role="toolbar" aria-label={t('parts.insert')}>
      {KINDS.map((kind) => (
        // mousedown keeps the body's caret where it is
        <button key={kind} type="button" className="ghost small" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(kind)} data-testid={`insert-${kind}`}>
          {labels[kind]}
        </button>
      ))}
    </div>
  );
});
