// The dry-run preview of importing a past issue: what was read (articles, short items, tables,
// references), the 한글(漢字) pairs against the glossary (proposed, confirmed, conflicting) and
// the lines that could not be placed. "가져오기" stores the issue and opens it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueImportSummary } from '../../../glossary/api.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useEscape } from '../shell/useEscape.ts';
import { PairList } from './PairList.tsx';

const COUNTS = [
  ['articles', 'issueImport.articles'],
  ['shortItems', 'issueImport.shortItems'],
  ['tables', 'issueImport.tables'],
  ['references', 'issueImport.references'],
  ['sections', 'issueImport.sections'],
  ['summary', 'issueImport.summary'],
  ['images', 'issueImport.images'],
] as const;

interface Props {
  fileName: string;
  preview: IssueImportSummary;
  onApply: (addProposed: boolean) => Promise<void>;
  onClose: () => void;
}

export function IssueImportDialog({ fileName, preview, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const [addProposed, setAddProposed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEscape(() => !busy && onClose());
  const { counts, merge, unplaced } = preview;

  const apply = async () => {
    setBusy(true);
    try {
      await onApply(addProposed);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="issue-import-title" data-testid="issue-import-dialog">
      <div className="dialog wide">
        <h2 id="issue-import-title">{t('issueImport.title', { file: fileName })}</h2>
        <div className="import-counts wrap">
          {COUNTS.map(([key, label]) => (
            <span key={key} className="count update" data-testid={`import-count-${key}`} data-count={counts[key]}>
              {t(label, { count: counts[key] })}
            </span>
          ))}
        </div>
        <div className="import-lists">
          <PairList kind="proposed" title={t('issueImport.proposed')} pairs={merge.proposed} />
          <PairList kind="confirmed" title={t('issueImport.confirmed')} pairs={merge.confirmed} />
          <PairList
            kind="conflict"
            title={t('issueImport.conflicts')}
            pairs={merge.conflicts.map((c) => ({
              ...c,
              note: t('issueImport.conflictNote', { ko: [...c.glossaryKo, ...c.issueKo].join(', ') || '—' }),
            }))}
          />
        </div>
        <div data-testid="import-unplaced">
          <h3>{t('issueImport.unplaced')} <span className="badge">{unplaced.length}</span></h3>
          {unplaced.length === 0 ? (
            <p className="muted small-text">{t('issueImport.allPlaced')}</p>
          ) : (
            <ul className="unplaced-list">
              {unplaced.map((line) => (
                <li key={line.line}>
                  <span className="muted">{t('issueImport.line', { line: line.line })}</span> <span lang="ko">{line.text}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <label className="inline">
          <input type="checkbox" checked={addProposed} onChange={(e) => setAddProposed(e.target.checked)} data-testid="import-add-proposed" />
          {t('issueImport.addProposed', { count: merge.proposed.length })}
        </label>
        <ErrorBanner error={error} />
        <div className="dialog-actions">
          <button type="button" className="ghost" disabled={busy} onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" disabled={busy} onClick={() => void apply()} data-testid="issue-import-apply">
            {busy ? t('issueImport.importing') : t('issueImport.apply')}
          </button>
        </div>
      </div>
    </div>
  );
}
