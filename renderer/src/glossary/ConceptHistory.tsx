import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../glossary/model.ts';
import { termList } from './conceptText.ts';

export function ConceptHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('glossary.noHistory')}</p>;
  return (
    <ol className="history" data-testid="concept-history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="muted">{entry.at.slice(0, 16).replace('T', ' ')}</span> <strong>{t(`historyAction.${entry.action}`)}</strong>{' '}
          <span className="muted">{entry.who}</span>
          {entry.after && <span className="history-terms"> {termList(entry.after, 'ko')}</span>}
        </li>
      ))}
    </ol>
  );
}
