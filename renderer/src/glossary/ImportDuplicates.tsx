// Each entry of an import that shares a Chinese term with another entry of the file or with a
// stored concept, with its choice (merge, keep both, skip). The preselected choice never loses data.
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice, ImportDuplicate } from '../../../glossary/model.ts';

const LIST_LIMIT = 100;
const CHOICES: DuplicateChoice[] = ['keep', 'merge', 'skip'];

interface Props {
  duplicates: ImportDuplicate[];
  /** All the duplicates of the file (the preview lists the first ones). */
  total?: number;
  choices: Record<number, DuplicateChoice>;
  disabled: boolean;
  onChoose: (id: number, choice: DuplicateChoice) => void;
}

export function ImportDuplicates({ duplicates, total = duplicates.length, choices, disabled, onChoose }: Props) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  const label: Record<DuplicateChoice, string> = { keep: t('import.choiceKeep'), merge: t('import.choiceMerge'), skip: t('import.choiceSkip') };
  return (
    <section className="import-duplicates" data-testid="import-duplicates">
      <h3>{t('import.duplicatesTitle')}</h3>
      <ul>
        {duplicates.slice(0, LIST_LIMIT).map((d) => {
          const zh = d.incoming.terms.filter((term) => term.lang.startsWith('zh')).map((term) => term.text).join(', ');
          const ko = d.incoming.terms.filter((term) => term.lang.startsWith('ko')).map((term) => term.text).join(', ');
          const other = d.withLine !== undefined ? t('import.duplicateWithLine', { line: d.withLine }) : t('import.duplicateWithConcept', { id: d.existingId });
          return (
            <li key={d.id} data-testid="import-duplicate">
              <span className="small-text muted">{d.line !== undefined ? t('import.duplicateLine', { line: d.line }) : `#${d.id + 1}`}</span>{' '}
              <strong>{zh}</strong> → {ko || '—'} <span className="muted">≈ {other}: {d.otherKo.join(', ') || '—'}</span>
              {d.identical && <span className="small-text muted"> ({t('import.duplicateIdentical')})</span>}
              <select
                value={choices[d.id] ?? d.choice}
                disabled={disabled}
                onChange={(e) => onChoose(d.id, e.target.value as DuplicateChoice)}
                aria-label={`${zh} ${other}`}
                data-testid="import-duplicate-choice"
              >
                {CHOICES.map((choice) => <option key={choice} value={choice}>{label[choice]}</option>)}
              </select>
            </li>
          );
        })}
      </ul>
      {total > Math.min(LIST_LIMIT, duplicates.length) && (
        <p className="small-text muted">{t('import.duplicateMore', { count: total - Math.min(LIST_LIMIT, duplicates.length) })}</p>
      )}
    </section>
  );
}
