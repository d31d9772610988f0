// Saved versions of an article (with the whole-issue versions that hold it) or of an issue: label,
// who, when. Tick one (against the current text) or two to compare them side by side.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useLoad } from '../shell/useLoad.ts';
import { ComparisonDialog } from './ComparisonDialog.tsx';
import { comparePair, toggleVersion, type ComparePair } from './pickVersions.ts';
import { formatWhen } from './when.ts';

interface Props {
  issueId: number;
  articleId?: number;
  /** Bumped when a version was saved, so the list shows it. */
  refreshKey: number;
  onSave: () => void;
  /** Runs before a comparison (the editor saves pending edits, so "current" is what is on screen). */
  beforeCompare?: () => Promise<void>;
}

export function VersionsPanel({ issueId, articleId, refreshKey, onSave, beforeCompare }: Props) {
  const { t } = useTranslation();
  const versions = useLoad(() => api.listVersions({ issueId, ...(articleId === undefined ? {} : { articleId }) }), [issueId, articleId, refreshKey]);
  const [selected, setSelected] = useState<number[]>([]);
  const [comparing, setComparing] = useState<ComparePair | null>(null);
  // The issue's own list holds whole-issue snapshots only: an article snapshot compared with the
  // whole issue would show every other article as added or removed.
  const list = (versions.value ?? []).filter((v) => articleId !== undefined || v.articleId === null);
  const pair = comparePair(list, selected);
  const compare = async () => {
    if (!pair) return;
    try {
      await beforeCompare?.();
    } finally {
      setComparing(pair);
    }
  };
  return (
    <div className="versions-panel" data-testid="versions-panel">
      <div className="panel-head">
        <button type="button" className="small" onClick={onSave} title={articleId === undefined ? undefined : 'Ctrl+S'} data-testid="save-version">
          {articleId === undefined ? t('versions.saveIssue') : t('versions.save')}
        </button>
        <button type="button" className="primary small" disabled={!pair} onClick={() => void compare()} data-testid="compare-versions">
          {selected.length === 2 ? t('versions.compareTwo') : t('versions.compareCurrent')}
        </button>
      </div>
      <ErrorBanner error={versions.error} />
      {versions.value && list.length === 0 && <p className="muted" data-testid="no-versions">{t('versions.none')}</p>}
      <ul className="version-list">
        {list.map((version) => (
          <li key={version.id} data-testid="version-item" className={selected.includes(version.id) ? 'selected' : ''}>
            <label>
              <input type="checkbox" checked={selected.includes(version.id)} onChange={() => setSelected((s) => toggleVersion(s, version.id))} data-testid="version-pick" />
              <span className="version-label">{version.label || t('versions.unnamed', { id: version.id })}</span>
              {articleId !== undefined && version.articleId === null && <span className="badge">{t('versions.wholeIssue')}</span>}
            </label>
            <span className="muted small-text">{version.who} · {formatWhen(version.createdAt)}</span>
          </li>
        ))}
      </ul>
      <p className="muted small-text">{t('versions.pickHint')}</p>
      {comparing && <ComparisonDialog pair={comparing} articleId={articleId} onClose={() => setComparing(null)} />}
    </div>
  );
}
