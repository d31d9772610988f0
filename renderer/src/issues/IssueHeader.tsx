import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue, IssuePatch } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { formatDate } from '../workbench/dates.ts';
import { DateField } from '../shell/DateField.tsx';
import { DeleteIssueButton } from './DeleteIssueButton.tsx';

type Patch = IssuePatch;

/** A text field of the issue saved when it is left (or on Enter); unchanged text is not sent. */
function IssueField({ label, value, testId, className, parse, save }: {
  label: string;
  value: string;
  testId: string;
  className: string;
  parse: (text: string) => Patch | null;
  save: (patch: Patch) => Promise<void>;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() === value) return;
    const patch = parse(text.trim());
    if (patch) void save(patch);
    else setText(value);
  };
  return (
    <label className="inline">
      {label}
      <input className={className} value={text} onChange={(e) => setText(e.target.value)} onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()} data-testid={testId} />
    </label>
  );
}

/** Name, number, date and the CNY→KRW rate of the issue (what the cover and the checks use), each saved when left (the date once it is one); delete. */
export function IssueHeader({ issue, onChange, onError }: { issue: Issue; onChange: (issue: Issue) => void; onError: (e: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const save = async (patch: Patch) => {
    try {
      onChange(await api.updateIssue({ id: issue.id, ...patch }));
    } catch (error) {
      onError(error);
    }
  };
  const rateText = issue.rate === null ? '' : String(issue.rate);

  return (
    <div className="issue-header">
      <a href="#/" className="back">← {t('nav.issues')}</a>
      <h1 data-testid="issue-title">
        {t('issues.issueNumber', { number: issue.number })} <span className="muted" data-testid="issue-date-shown">{formatDate(issue.date, i18n.language)}</span>
        {issue.name ? <span className="issue-name" data-testid="issue-name-shown">{issue.name}</span> : null}
      </h1>
      <IssueField label={t('issueAdmin.name')} value={issue.name ?? ''} className="name-input" testId="issue-name-edit" save={save}
        parse={(text) => ({ name: text })} />
      <IssueField label={t('issues.number')} value={issue.number} className="number-input" testId="issue-number-edit" save={save}
        parse={(text) => (text === '' ? null : { number: text.replace(/^제\s*|\s*호$/g, '') })} />
      {/* In the window's language, typed in any common form or picked; saved once it is a date. */}
      <span className="inline-field">
        {t('issues.date')}
        <DateField required value={issue.date} label={t('issues.date')} testId="issue-date-edit"
          onChange={(date) => date !== issue.date && void save({ date })} />
      </span>
      <IssueField label={t('issues.rateLong')} value={rateText} className="rate-input" testId="issue-rate-edit" save={save}
        parse={(text) => {
          if (text === '') return { rate: null };
          const rate = Number(text.replace(/,/g, ''));
          return Number.isFinite(rate) && rate > 0 ? { rate } : null;
        }} />
      <DeleteIssueButton issue={issue} onError={onError} />
    </div>
  );
}
