// The editable term list of a concept: language, text, status; rows without an id are new.
import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../../../glossary/model.ts';
import { TERM_STATUS_LIST } from '../domain.ts';

export interface EditableTerm {
  id?: number;
  lang: string;
  text: string;
  status: TermStatus;
  note: string;
}

interface Props {
  terms: EditableTerm[];
  onChange: (terms: EditableTerm[]) => void;
  onDeprecate: (termId: number) => void;
}

export function TermRows({ terms, onChange, onDeprecate }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<EditableTerm>) => onChange(terms.map((term, i) => (i === index ? { ...term, ...patch } : term)));
  return (
    <table className="terms-table">
      <thead>
        <tr>
          <th>{t('glossary.lang')}</th>
          <th>{t('glossary.term')}</th>
          <th>{t('glossary.status')}</th>
          <th>{t('glossary.note')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {terms.map((term, index) => (
          <tr key={term.id ?? `new-${index}`} className={`term-${term.status}`} data-testid="term-row">
            <td><input className="lang" value={term.lang} onChange={(e) => update(index, { lang: e.target.value })} aria-label={t('glossary.lang')} /></td>
            <td><input value={term.text} lang={term.lang} onChange={(e) => update(index, { text: e.target.value })} aria-label={t('glossary.term')} data-testid="term-text" /></td>
            <td>
              <select value={term.status} onChange={(e) => update(index, { status: e.target.value as TermStatus })} aria-label={t('glossary.status')}>
                {TERM_STATUS_LIST.map((status) => (
                  <option key={status} value={status}>{t(`termStatus.${status}`)}</option>
                ))}
              </select>
            </td>
            <td><input value={term.note} onChange={(e) => update(index, { note: e.target.value })} aria-label={t('glossary.note')} data-testid="term-note-input" /></td>
            <td>
              {term.id !== undefined && term.status !== 'deprecated' ? (
                <button type="button" className="ghost small" onClick={() => onDeprecate(term.id!)} data-testid="deprecate-term">{t('glossary.deprecate')}</button>
              ) : (
                term.id === undefined && <button type="button" className="ghost small" onClick={() => onChange(terms.filter((_, i) => i !== index))}>{t('common.remove')}</button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
