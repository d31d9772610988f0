import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { formatDate } from '../workbench/dates.ts';

/** Number, date and the CNY→KRW rate of the issue; the rate is saved when the field is left. */
export function IssueHeader({ issue, onChange, onError }: { issue: Issue; onChange: (issue: Issue) => void; onError: (e: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const [rate, setRate] = useState(issue.rate === null ? '' : String(issue.rate));
  useEffect(() => setRate(issue.rate === null ? '' : String(issue.rate)), [issue.rate]);

  const saveRate = async () => {
    const parsed = rate.trim() === '' ? null : Number(rate.replace(/,/g, ''));
    if (parsed === issue.rate) return;
    try {
      onChange(await api.updateIssue({ id: issue.id, rate: parsed }));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <div className="issue-header">
      <a href="#/" className="back">← {t('nav.issues')}</a>
      <h1 data-testid="issue-title">
        {t('issues.issueNumber', { number: issue.number })} <span className="muted" data-testid="issue-date-shown">{formatDate(issue.date, i18n.language)}</span>
      </h1>
      <label className="inline">
        {t('issues.rateLong')}
        <input
          className="rate-input"
          inputMode="decimal"
          value={rate}
          onChange={(e) => setRate(e.target.value)}
          onBlur={() => void saveRate()}
          onKeyDown={(e) => e.key === 'Enter' && void saveRate()}
          data-testid="issue-rate-edit"
        />
      </label>
    </div>
  );
}
