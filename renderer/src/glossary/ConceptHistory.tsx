import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../glossary/model.ts';
import { conceptDiff } from '../workbench/conceptDiff.ts';
import { formatWhen } from '../review/when.ts';

export function ConceptHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('glossary.noHistory')}</p>;
  const labels: Record<string, string> = {
    category: t('glossary.category'),
    pinyin: t('workbench.pinyin'),
    definition: t('workbench.definition'),
    note: t('glossary.note'),
    subjectField: t('workbench.subjectField'),
    sourceIssue: t('workbench.sourceIssue'),
    sourceUrl: t('workbench.sourceUrl'),
    approval: t('glossary.approval'),
  };
  const fieldLabel = (field: string, lang?: string) => (field === 'term' ? `${t('glossary.term')} ${lang ?? ''}` : (labels[field] ?? field));
  return (
    <ol className="history" data-testid="concept-history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="muted">{formatWhen(entry.at)}</span> <strong>{t(`historyAction.${entry.action}`)}</strong>{' '}
          <span className="muted">{entry.who}</span>
          <div className="history-changes" data-testid="history-changes">
            {conceptDiff(entry.before, entry.after).map((change, i) => (
              <div key={i}>
                {fieldLabel(change.field, change.lang)}: {change.before && <del>{change.before}</del>} {change.before && change.after && '→ '}
                {change.after && <ins>{change.after}</ins>}
              </div>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
