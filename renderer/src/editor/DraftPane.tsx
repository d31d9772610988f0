// Right pane: the Korean draft and every part of the article the layout prints: rubric, title, 요약
// sentence, ■ lead with its date, body (with buttons for notes and `* 출처`), tables and 참고자료.
// The text fields show their live findings underlined and commented ranges tinted; a selection in
// any of them can be commented on.
import { forwardRef, memo, useMemo, type ChangeEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../glossary/checks/types.ts';
import type { SectionId } from '../../../glossary/model.ts';
import { BodyInsertBar, type BodyLineKind } from './BodyInsertBar.tsx';
import type { ArticleDraft, DraftField, EditableSource } from './draft.ts';
import { FindingsTextarea, type CommentMark } from './FindingsTextarea.tsx';
import { LeadField } from './LeadField.tsx';
import { ReferencesEditor } from './ReferencesEditor.tsx';
import { RubricPicker } from './RubricPicker.tsx';
import { SummaryField } from './SummaryField.tsx';
import { TablesSection } from './TablesSection.tsx';

/** The article as the parts editors need it beyond the draft. */
export interface DraftContext {
  section: SectionId;
  issueDate: string | undefined;
  /** Whether another article of the issue has its own 요약 sentence. */
  othersHaveSummary: boolean;
  sources: EditableSource[];
}

interface Props {
  draft: ArticleDraft;
  context: DraftContext;
  findings: Record<DraftField, Finding[]>;
  comments: Record<DraftField, CommentMark[]>;
  activeId: string | null;
  activeCommentId: number | null;
  /** Whether some draft text is selected (the comment button is enabled then). */
  canComment: boolean;
  onComment: () => void;
  onEdit: (field: DraftField, value: string) => void;
  onCaret: (field: DraftField, start: number, end: number) => void;
  /** A change of the layout parts; group coalesces typing into one undo step, null is one step. */
  onParts: (patch: Partial<ArticleDraft>, group: string | null) => void;
  onInsertLine: (kind: BodyLineKind) => void;
  /** The body as of the last edit (structured editors apply to it). */
  latestBody: () => string;
}

interface FieldHandlers {
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onCaret: (event: SyntheticEvent<HTMLTextAreaElement>) => void;
}

/** Memoized, with handlers that stay the same per field: typing in one field leaves the others alone. */
export const DraftPane = memo(forwardRef<HTMLTextAreaElement, Props>(function DraftPane(
  { draft, context, findings, comments, activeId, activeCommentId, canComment, onComment, onEdit, onCaret, onParts, onInsertLine, latestBody },
  bodyRef,
) {
  const { t } = useTranslation();
  const handlers = useMemo(() => {
    const out = {} as Record<'title' | 'body', FieldHandlers>;
    for (const field of ['title', 'body'] as const) {
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
  const lead = useMemo(() => ({
    onText: (value: string, start: number, end: number) => {
      onEdit('lead', value);
      onCaret('lead', start, end);
    },
    onDate: (value: string) => onParts({ lead: value }, null),
    onCaret: (start: number, end: number) => onCaret('lead', start, end),
  }), [onEdit, onCaret, onParts]);
  const parts = useMemo(() => ({
    category: (value: string) => onParts({ category: value }, null),
    summary: (value: string) => onParts({ summary: value }, 'summary'),
    body: (body: string, group: string | null) => onParts({ body }, group),
  }), [onParts]);
  const common = (field: 'title' | 'body') => ({
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
  const main = context.section !== 'brief';
  return (
    <section className="pane draft-pane" aria-label={t('editor.draft')} lang="ko">
      <div className="draft-tools">
        <span className="muted small-text">{t('comments.selectHint')}</span>
        <span className="spacer" />
        <button type="button" className="small" disabled={!canComment} onMouseDown={(e) => e.preventDefault()} onClick={onComment} title="Ctrl+Alt+M" data-testid="comment-button">
          {t('comments.add')}
        </button>
      </div>
      <RubricPicker section={context.section} value={draft.category} onChange={parts.category} />
      <div className="field">
        <span>{t('editor.title')}</span>
        <FindingsTextarea {...common('title')} label={t('editor.title')} />
      </div>
      {main && <SummaryField value={draft.summary} othersHaveSummary={context.othersHaveSummary} onChange={parts.summary} />}
      <LeadField
        lead={draft.lead}
        issueDate={context.issueDate}
        findings={findings.lead}
        comments={comments.lead}
        activeId={activeId}
        activeCommentId={activeCommentId}
        onText={lead.onText}
        onDate={lead.onDate}
        onCaret={lead.onCaret}
      />
      <div className="field grow">
        <span className="body-label">{t('editor.body')} <BodyInsertBar onInsert={onInsertLine} /></span>
        <FindingsTextarea ref={bodyRef} {...common('body')} placeholder={t('editor.bodyHint')} label={t('editor.body')} />
      </div>
      <TablesSection body={draft.body} latestBody={latestBody} onBody={parts.body} />
      {main && <ReferencesEditor body={draft.body} latestBody={latestBody} sources={context.sources} onBody={parts.body} />}
    </section>
  );
}));
