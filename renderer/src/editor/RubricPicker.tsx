// The article's rubric, printed above its title and in CONTENTS: one of the five 정책동향 rubrics, or
// for 기술동향 a field typed freely (suggestions from the house's usual fields). 단신동향 has none.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../../glossary/model.ts';

/** The house's 정책동향 rubrics (printed text, not UI text). */
export const POLICY_RUBRICS = ['기술전략', '기초연구', '지역', '기업', '통계'] as const;
/** Usual 기술동향 fields, offered as suggestions only. */
const TECHNOLOGY_FIELDS = ['기계', '바이오', '소재', '에너지', '정보통신', '전자', '환경', '우주항공', '의료', '농업'];

interface Props {
  section: SectionId;
  value: string;
  onChange: (value: string) => void;
}

export const RubricPicker = memo(function RubricPicker({ section, value, onChange }: Props) {
  const { t } = useTranslation();
  if (section === 'brief') return null;
  if (section === 'policy') {
    const known = (POLICY_RUBRICS as readonly string[]).includes(value);
    return (
      <label className="field rubric-field">
        <span>{t('parts.rubric')}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="rubric-select">
          <option value="">{t('parts.rubricNone')}</option>
          {POLICY_RUBRICS.map((rubric) => <option key={rubric} value={rubric}>{rubric}</option>)}
          {!known && value !== '' && <option value={value}>{value}</option>}
        </select>
      </label>
    );
  }
  return (
    <label className="field rubric-field">
      <span>{t('parts.field')}</span>
      <input value={value} list="technology-fields" onChange={(e) => onChange(e.target.value)} placeholder={t('parts.fieldHint')} data-testid="rubric-input" />
      <datalist id="technology-fields">
        {TECHNOLOGY_FIELDS.map((field) => <option key={field} value={field} />)}
      </datalist>
    </label>
  );
});
