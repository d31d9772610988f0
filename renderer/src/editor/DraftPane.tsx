// Right pane: the Korean draft (title, lead, body); the body carries the live findings.
import { forwardRef, type ChangeEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../glossary/checks/types.ts';
import type { Draft, DraftField } from './draft.ts';
import { FindingsTextarea } from './FindingsTextarea.tsx';

interface Props {
  draft: Draft;
  findings: Finding[];
  activeId: string | null;
  onEdit: (field: DraftField, value: string) => void;
  onCaret: (field: DraftField, start: number, end: number) => void;
}

export const DraftPane = forwardRef<HTMLTextAreaElement, Props>(function DraftPane({ draft, findings, activeId, onEdit, onCaret }, bodyRef) {
  const { t } = useTranslation();
  const caret = (field: DraftField) => (event: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onCaret(field, event.currentTarget.selectionStart ?? 0, event.currentTarget.selectionEnd ?? 0);
  const edit = (field: DraftField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    onEdit(field, event.target.value);
    onCaret(field, event.target.selectionStart ?? 0, event.target.selectionEnd ?? 0);
  };
  return (
    <section className="pane draft-pane" aria-label={t('editor.draft')} lang="ko">
      <label className="field">
        <span>{t('editor.title')}</span>
        <input value={draft.title} onChange={edit('title')} onSelect={caret('title')} onFocus={caret('title')} data-testid="draft-title" />
      </label>
      <label className="field">
        <span>{t('editor.lead')}</span>
        <div className="lead-row">
          <span className="lead-mark">■</span>
          <textarea rows={2} value={draft.lead} onChange={edit('lead')} onSelect={caret('lead')} onFocus={caret('lead')} data-testid="draft-lead" />
        </div>
      </label>
      <div className="field grow">
        <span>{t('editor.body')}</span>
        <FindingsTextarea
          ref={bodyRef}
          value={draft.body}
          findings={findings}
          activeId={activeId}
          onChange={edit('body')}
          onCaret={caret('body')}
          placeholder={t('editor.bodyHint')}
          label={t('editor.body')}
          testId="draft-body"
        />
      </div>
    </section>
  );
});
