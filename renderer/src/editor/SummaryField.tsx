// The article's sentence in the 요약. Empty, the 요약 prints the lead while no article of the
// issue has a sentence of its own, and leaves this article out once some have (issueSummary).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  /** Whether another article of the issue has its own 요약 sentence. */
  othersHaveSummary: boolean;
  onChange: (value: string) => void;
}

export const SummaryField = memo(function SummaryField({ value, othersHaveSummary, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('parts.summary')}</span>
      <textarea
        className="summary-input"
        rows={2}
        value={value}
        // One line in the 요약: a line break would start a second bullet.
        onChange={(e) => onChange(e.target.value.replace(/[\r\n]+/g, ' '))}
        placeholder={othersHaveSummary ? t('parts.summaryOmitted') : t('parts.summaryFromLead')}
        data-testid="summary-input"
      />
    </label>
  );
});
