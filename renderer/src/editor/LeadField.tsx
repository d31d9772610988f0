// The ■ lead: its text with its findings and comments, and its date in a date input (the stored
// lead keeps the printed `(6.4)`; see leadParts.ts). The date shows in the UI language.
import { memo, useMemo, type ChangeEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../glossary/checks/types.ts';
import { FindingsTextarea, type CommentMark } from './FindingsTextarea.tsx';
import { joinLead, leadDateFromIso, leadIsoDate, splitLead } from './leadParts.ts';
import { DateField } from '../shell/DateField.tsx';

interface Props {
  lead: string;
  issueDate: string | undefined;
  findings: Finding[];
  comments: CommentMark[];
  activeId: string | null;
  activeCommentId: number | null;
  /** Typing in the text (coalesced into one undo step). */
  onText: (lead: string, start: number, end: number) => void;
  /** A new date (one undo step). */
  onDate: (lead: string) => void;
  onCaret: (start: number, end: number) => void;
}

export const LeadField = memo(function LeadField({ lead, issueDate, findings, comments, activeId, activeCommentId, onText, onDate, onCaret }: Props) {
  const { t, i18n } = useTranslation();
  const parts = splitLead(lead);
  const iso = leadIsoDate(parts.date, issueDate);
  // Offsets of the text part are those of the whole lead: it comes first.
  const shown = useMemo(() => findings.filter((f) => f.end <= parts.text.length), [findings, parts.text.length]);
  const marks = useMemo(() => comments.filter((c) => c.end <= parts.text.length), [comments, parts.text.length]);
  const localized = iso ? new Intl.DateTimeFormat(i18n.language, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : '';
  return (
    <div className="field">
      <span>{t('editor.lead')}</span>
      <div className="lead-row">
        <span className="lead-mark">■</span>
        <FindingsTextarea
          value={parts.text}
          findings={shown}
          comments={marks}
          activeId={activeId}
          activeCommentId={activeCommentId}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) =>
            onText(joinLead({ ...parts, text: event.target.value }), event.target.selectionStart ?? 0, event.target.selectionEnd ?? 0)
          }
          onCaret={(event: SyntheticEvent<HTMLTextAreaElement>) => onCaret(event.currentTarget.selectionStart ?? 0, event.currentTarget.selectionEnd ?? 0)}
          testId="draft-lead"
          variant="lead"
          label={t('editor.lead')}
        />
      </div>
      <div className="lead-date">
        <label>
          {t('parts.leadDate')}{' '}
          <DateField value={iso ?? ''} onChange={(day) => onDate(joinLead({ ...parts, date: leadDateFromIso(day) }))} label={t('parts.leadDate')} testId="lead-date" />
        </label>
        <span className="muted" data-testid="lead-date-label">{parts.date ? t('parts.leadDatePrinted', { date: localized, printed: `(${parts.date})` }) : t('parts.leadDateNone')}</span>
        {parts.date && (
          <button type="button" className="ghost small" onClick={() => onDate(joinLead({ ...parts, date: '' }))} data-testid="lead-date-clear">{t('parts.leadDateClear')}</button>
        )}
      </div>
    </div>
  );
});
