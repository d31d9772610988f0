// The mapping step of the import preview: which sheet, what each column holds, which language is
// which. The detected choice is preselected; a change reads the file again with the new mapping.
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../glossary/model.ts';
import { choiceLabel, columnLabel, scriptsLabel } from './importLabels.ts';

export interface MappingRequest {
  columns?: string[];
  langMap?: string[];
  sheet?: string;
}

const COLUMN_CHOICES = ['zh', 'zh-Hant', 'ko', 'en', 'ja', 'definition', 'note', 'category', 'ignore'];
const LANGUAGE_TARGETS = ['zh', 'zh-Hant', 'ko', 'en', 'ja'];

interface Props {
  plan: ImportPlan;
  request: MappingRequest;
  busy: boolean;
  onChange: (request: MappingRequest) => void;
}

export function ImportMapping({ plan, request, busy, onChange }: Props) {
  const { t } = useTranslation();
  const table = plan.table;
  const languages = Object.entries(plan.languages ?? {});
  const langMap = Object.fromEntries((request.langMap ?? []).map((pair) => pair.split('=') as [string, string]));

  const setColumn = (index: number, choice: string) => {
    const columns = table ? table.columns.map((c) => c.choice) : [];
    columns[index] = choice;
    onChange({ ...request, columns });
  };
  const setLanguage = (from: string, to: string) => {
    const next = { ...langMap };
    if (to === '') delete next[from];
    else next[from] = to;
    onChange({ ...request, langMap: Object.entries(next).map(([a, b]) => `${a}=${b}`) });
  };

  return (
    <section className="import-mapping" data-testid="import-mapping">
      {plan.hasChineseOrKorean === false && (
        <p className="notice warning" role="alert" data-testid="import-no-zh-ko">
          {t('import.noChineseOrKorean', { languages: languages.map(([lang]) => lang).join(', ') })}
        </p>
      )}
      {plan.sheets && plan.sheets.length > 1 && (
        <label className="mapping-sheet">
          {t('import.sheet')}{' '}
          <select value={plan.sheet} disabled={busy} onChange={(e) => onChange({ sheet: e.target.value })} data-testid="import-sheet">
            {plan.sheets.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      )}
      {table && (
        <>
          <h3>{t('import.mappingTitle')}</h3>
          <p className="muted small-text">{table.headerless ? t('import.mappingHeaderless') : t('import.mappingHeader', { line: table.headerLine })}</p>
          <div className="mapping-columns">
            {table.columns.map((column) => {
              const options = COLUMN_CHOICES.includes(column.choice) ? COLUMN_CHOICES : [column.choice, ...COLUMN_CHOICES];
              return (
                <div key={column.index} className="mapping-column" data-testid="import-column">
                  <div className="mapping-head">{columnLabel(column, t)}</div>
                  <select
                    value={column.choice}
                    disabled={busy}
                    onChange={(e) => setColumn(column.index, e.target.value)}
                    aria-label={columnLabel(column, t)}
                    data-testid="import-column-choice"
                  >
                    {options.map((choice) => <option key={choice} value={choice}>{choiceLabel(choice, t)}</option>)}
                  </select>
                  {column.scripts && Object.keys(column.scripts).length > 0 && (
                    <div className="small-text muted" data-testid="import-column-scripts">{scriptsLabel(column.scripts, t)}</div>
                  )}
                  <ul className="mapping-sample">{column.sample.map((cell, i) => <li key={i}>{cell}</li>)}</ul>
                </div>
              );
            })}
          </div>
        </>
      )}
      {languages.length > 0 && (
        <div className="mapping-languages">
          <span className="small-text muted">{t('import.languagesTitle')}</span>
          {languages.map(([lang, count]) => (
            <label key={lang} className="mapping-language" data-testid="import-language">
              <span>{lang} ({count})</span>{' → '}
              <select value={langMap[lang] ?? ''} disabled={busy} onChange={(e) => setLanguage(lang, e.target.value)} aria-label={lang}>
                <option value="">{t('import.languageKeep')}</option>
                {LANGUAGE_TARGETS.filter((target) => target !== lang).map((target) => <option key={target} value={target}>{target}</option>)}
              </select>
            </label>
          ))}
        </div>
      )}
    </section>
  );
}
