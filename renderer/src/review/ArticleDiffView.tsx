// What changed in one article between two versions: each changed field side by side (title, lead,
// body, then each source's title, URL and text); unchanged fields are only named.
import { useTranslation } from 'react-i18next';
import type { ArticleDiff, ChangeKind, FieldDiff } from '../../../glossary/bulletin/diff.ts';
import { FieldDiffView } from './FieldDiffView.tsx';

const CHANGE_LABEL: Record<ChangeKind, string> = {
  added: 'versions.added',
  removed: 'versions.removed',
  changed: 'versions.changed',
  unchanged: 'versions.unchanged',
};

interface NamedField {
  key: string;
  label: string;
  diff: FieldDiff;
}

function fieldsOf(article: ArticleDiff, t: (key: string, options?: Record<string, unknown>) => string): NamedField[] {
  const fields: NamedField[] = [
    { key: 'title', label: t('editor.title'), diff: article.fields.title },
    { key: 'lead', label: t('editor.lead'), diff: article.fields.lead },
    { key: 'body', label: t('editor.body'), diff: article.fields.body },
  ];
  article.sources.forEach((source, index) => {
    const n = index + 1;
    fields.push(
      { key: `s${source.sourceId}-title`, label: t('versions.sourceField', { n, field: t('editor.sourceTitle') }), diff: source.title },
      { key: `s${source.sourceId}-url`, label: t('versions.sourceField', { n, field: t('editor.sourceUrl') }), diff: source.url },
      { key: `s${source.sourceId}-text`, label: t('versions.sourceField', { n, field: t('editor.sourceText') }), diff: source.text },
    );
  });
  return fields;
}

export function ArticleDiffView({ article }: { article: ArticleDiff }) {
  const { t } = useTranslation();
  const fields = fieldsOf(article, t);
  const changed = fields.filter((f) => f.diff.changed);
  const unchanged = fields.filter((f) => !f.diff.changed && (f.diff.rows.length > 0 || f.key === 'title' || f.key === 'lead' || f.key === 'body'));
  const { before, after } = article.state;
  return (
    <article className="diff-article" data-testid="diff-article" data-change={article.change}>
      <header className="diff-article-head">
        <h3>{article.title.trim() || t('issues.untitled')}</h3>
        <span className={`change change-${article.change}`}>{t(CHANGE_LABEL[article.change])}</span>
        {before !== after && before && after && (
          <span className="muted small-text">
            {t('versions.stateChange', { before: t(`articleState.${before}`), after: t(`articleState.${after}`) })}
          </span>
        )}
        {article.moved && <span className="muted small-text">{t('versions.moved')}</span>}
      </header>
      {changed.map((field) => (
        <FieldDiffView key={field.key} label={field.label} diff={field.diff} />
      ))}
      {unchanged.length > 0 && (
        <p className="muted small-text">{t('versions.unchangedFields', { fields: unchanged.map((f) => f.label).join(', ') })}</p>
      )}
    </article>
  );
}
