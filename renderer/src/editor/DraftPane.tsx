// Right pane: the Korean draft (title, lead, body), each field with its live findings underlined and
// its commented ranges tinted; a selection in any field can be commented on.
import { forwardRef, memo, useMemo, type ChangeEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../glossary/checks/types.ts';
import { DRAFT_FIELDS, type Draft, type DraftField } from './draft.ts';
import { FindingsTextarea, type CommentMark } from './FindingsTextarea.tsx';

interface Props {
  draft: Draft;
  findings: Record<DraftField, Finding[]>;
  comments: Record<DraftField, CommentMark[]>;
  activeId: string | null;
  activeCommentId: number | null;
  /** Whether some draft text is selected (the comment button is enabled then). */
  canComment: boolean;
  onComment: () => void;
  onEdit: (field: DraftField, value: string) => void;
  onCaret: (field: DraftField, start: number, end: number) => void;
}

interface FieldHandlers {
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onCaret: (event: SyntheticEvent<HTMLTextAreaElement>) => void;
}

/** Memoized, with handlers that stay the same per field: typing in one field leaves the others alone. */
export const DraftPane = memo(forwardRef<HTMLTextAreaElement, Props>(function DraftPane(
  { draft, findings, comments, activeId, activeCommentId, canComment, onComment, onEdit, onCaret },
  bodyRef,
) {
  const { t } = useTranslation();
  const handlers = useMemo(() => {
    const out = {} as Record<DraftField, FieldHandlers>;
    for (const field of DRAFT_FIELDS) {
      out[field] = {
        onCaret: (event) => onCaret(field, event.currentTarget.selectionStart ?? 0, event.currentTarget.selectionEnd ?? 0),
        onChange: (event) => {
          onEdit(field, event.target.value);
          onCaret(field, event.target.selectionStart ?? 0, event.target.selectionEnd ?? 0);
        },
      };
    }
    return out;
  }, [onEdit, onCaret]);
  const common = (field: DraftField) => ({
    value: draft[field],
    findings: findings[field],
    comments: comments[field],
    activeId,
    activeCommentId,
    onChange: handlers[field].onChange,
    onCaret: handlers[field].onCaret,
    testId: `draft-${field}`,
    variant: field,
  });
  return (
    <section className="pane draft-pane" aria-label={t('editor.draft')} lang="ko">
      <div className="draft-tools">
        <span className="muted small-text">{t('comments.selectHint')}</span>
        <span className="spacer" />
        <button type="button" className="small" disabled={!canComment} onMouseDown={(e) => e.preventDefault()} onClick={onComment} title="Ctrl+Alt+M" data-testid="comment-button">
          {t('comments.add')}
        </button>
      </div>
      <div className="field">
        <span>{t('editor.title')}</span>
        <FindingsTextarea {...common('title')} label={t('editor.title')} />
      </div>
      <div className="field">
        <span>{t('editor.lead')}</span>
        <div className="lead-row">
          <span className="lead-mark">■</span>
          <FindingsTextarea {...common('lead')} label={t('editor.lead')} />
        </div>
      </div>
      <div className="field grow">
        <span>{t('editor.body')}</span>
        <FindingsTextarea ref={bodyRef} {...common('body')} placeholder={t('editor.bodyHint')} label={t('editor.body')} />
      </div>
    </section>
  );
}));
