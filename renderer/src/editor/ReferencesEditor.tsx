// 참고자료: the article's reference list (original title and URL), printed at the article's end.
// Entries are added from the article's sources, typed, edited and reordered; the list is the body's
// 참고자료 block (body-parts.ts), so the exports print exactly what is shown here.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyParts, replaceReferences } from '../../../glossary/bulletin/body-parts.ts';
import type { Reference } from '../../../glossary/bulletin/model.ts';
import type { EditableSource } from './draft.ts';
import { referencesFromSources } from './referencesFromSources.ts';

interface Props {
  body: string;
  latestBody: () => string;
  sources: EditableSource[];
  onBody: (body: string, group: string | null) => void;
}

export const ReferencesEditor = memo(function ReferencesEditor({ body, latestBody, sources, onBody }: Props) {
  const { t } = useTranslation();
  const references = useMemo(() => bodyParts(body).references, [body]);
  const write = (next: Reference[], group: string | null) => onBody(replaceReferences(latestBody(), next), group);
  const current = () => bodyParts(latestBody()).references;
  const edit = (i: number, patch: Partial<Reference>) => write(current().map((r, j) => (j === i ? { ...r, ...patch } : r)), `reference-${i}-${Object.keys(patch)[0]}`);
  const move = (i: number, by: -1 | 1) => {
    const next = [...current()];
    const [moved] = next.splice(i, 1);
    next.splice(i + by, 0, moved!);
    write(next, null);
  };
  const fromSources = referencesFromSources(sources, references);
  return (
    <details className="parts-section" open={references.length > 0 || undefined} data-testid="parts-references">
      <summary>{t('parts.references')} <span className="badge">{references.length}</span></summary>
      <ol className="reference-list">
        {references.map((ref, i) => (
          <li key={i} data-testid="reference-row">
            <span className="reference-mark">☑</span>
            <input lang="zh" value={ref.title} onChange={(e) => edit(i, { title: e.target.value })} placeholder={t('parts.referenceTitle')} aria-label={t('parts.referenceTitle')} data-testid="reference-title" />
            <input value={ref.url ?? ''} onChange={(e) => edit(i, { url: e.target.value || null })} placeholder="https://…" aria-label={t('parts.referenceUrl')} data-testid="reference-url" />
            <button type="button" className="ghost small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('parts.moveUp')} title={t('parts.moveUp')} data-testid="reference-up">↑</button>
            <button type="button" className="ghost small" disabled={i === references.length - 1} onClick={() => move(i, 1)} aria-label={t('parts.moveDown')} title={t('parts.moveDown')} data-testid="reference-down">↓</button>
            <button type="button" className="ghost small" onClick={() => write(current().filter((_, j) => j !== i), null)} aria-label={t('parts.remove')} title={t('parts.remove')} data-testid="reference-remove">×</button>
          </li>
        ))}
      </ol>
      <div className="parts-tools">
        <button type="button" className="small" disabled={fromSources.length === 0} onClick={() => write([...current(), ...referencesFromSources(sources, current())], null)} data-testid="references-from-sources">
          {t('parts.fromSources', { count: fromSources.length })}
        </button>
        <button type="button" className="small" onClick={() => write([...current(), { title: '제목', url: null, line: 0 }], null)} data-testid="reference-add">{t('parts.addReference')}</button>
      </div>
    </details>
  );
});
