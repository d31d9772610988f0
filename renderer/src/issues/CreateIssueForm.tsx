import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { DateField } from '../shell/DateField.tsx';
import { todayIso } from '../shell/dateText.ts';

export function CreateIssueForm({ onCreated }: { onCreated: (issue: Issue) => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayIso);
  const [rate, setRate] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const parsedRate = rate.trim() === '' ? null : Number(rate.replace(/,/g, ''));
      onCreated(await api.createIssue({ number: number.trim(), date, rate: parsedRate }));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form className="form" onSubmit={submit} data-testid="create-issue-form">
      <label>
        {t('issues.number')}
        <input required value={number} onChange={(e) => setNumber(e.target.value)} placeholder="2024-23" data-testid="issue-number" />
      </label>
      <label>
        {t('issues.date')}
        <DateField required value={date} onChange={setDate} label={t('issues.date')} testId="issue-date" />
      </label>
      <label>
        {t('issues.rateLong')}
        <input inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} placeholder="189.5" data-testid="issue-rate" />
      </label>
      <ErrorBanner error={error} />
      <button type="submit" className="primary" data-testid="create-issue">{t('issues.createButton')}</button>
    </form>
  );
}
