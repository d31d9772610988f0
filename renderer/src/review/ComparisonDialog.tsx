// Two versions (or a version and the current text) side by side, per article and field.
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useEscape } from '../shell/useEscape.ts';
import { useLoad } from '../shell/useLoad.ts';
import { ArticleDiffView } from './ArticleDiffView.tsx';
import type { ComparePair } from './pickVersions.ts';
import { formatWhen } from './when.ts';

interface Props {
  pair: ComparePair;
  articleId?: number;
  onClose: () => void;
}

function VersionName({ version }: { version: VersionInfo }) {
  const { t } = useTranslation();
  if (version.id === 0) return <strong>{t('versions.current')}</strong>;
  return (
    <span>
      <strong>{version.label || t('versions.unnamed', { id: version.id })}</strong>{' '}
      <span className="muted small-text">{version.who} · {formatWhen(version.createdAt)}</span>
    </span>
  );
}

export function ComparisonDialog({ pair, articleId, onClose }: Props) {
  const { t } = useTranslation();
  useEscape(onClose);
  const comparison = useLoad(() => api.compareVersions({ ...pair, ...(articleId === undefined ? {} : { articleId }) }), [pair.beforeId, pair.afterId, articleId]);
  const value = comparison.value;
  const shown = value?.articles.filter((a) => a.change !== 'unchanged') ?? [];
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="comparison-title" data-testid="comparison-dialog" onClick={onClose}>
      <div className="dialog comparison" onClick={(event) => event.stopPropagation()}>
        <div className="panel-head">
          <h2 id="comparison-title">{t('versions.compareTitle')}</h2>
          <button type="button" className="ghost" onClick={onClose} title="Esc" data-testid="comparison-close">{t('common.close')}</button>
        </div>
        <ErrorBanner error={comparison.error} />
        {value && (
          <>
            <p className="comparison-sides">
              <VersionName version={value.before} /> <span className="muted">→</span> <VersionName version={value.after} />
            </p>
            {articleId === undefined && (
              <p className="muted small-text" data-testid="comparison-counts">
                {t('versions.counts', { changed: value.counts.changed, added: value.counts.added, removed: value.counts.removed, unchanged: value.counts.unchanged })}
              </p>
            )}
            {shown.length === 0 ? (
              <p className="muted" data-testid="comparison-same">{t('versions.same')}</p>
            ) : (
              shown.map((article) => <ArticleDiffView key={article.articleId} article={article} />)
            )}
          </>
        )}
      </div>
    </div>
  );
}
