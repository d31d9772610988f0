// A changed field side by side: one row per line, before on the left, after on the right.
import { useTranslation } from 'react-i18next';
import type { FieldDiff } from '../../../glossary/bulletin/diff.ts';
import { DiffParts } from './DiffParts.tsx';

export function FieldDiffView({ label, diff }: { label: string; diff: FieldDiff }) {
  const { t } = useTranslation();
  return (
    <section className="diff-field" data-testid="diff-field">
      <h4>{label}</h4>
      <table className="diff-table">
        <colgroup>
          <col className="line-no-col" />
          <col />
          <col className="line-no-col" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th colSpan={2}>{t('versions.before')}</th>
            <th colSpan={2}>{t('versions.after')}</th>
          </tr>
        </thead>
        <tbody>
          {diff.rows.map((row, index) => (
            <tr key={index} className={row.changed ? 'changed' : ''}>
              <td className="line-no">{row.leftLine ?? ''}</td>
              <td className={row.left === null ? 'diff-side filler' : 'diff-side'}>{row.left && <DiffParts parts={row.left} />}</td>
              <td className="line-no">{row.rightLine ?? ''}</td>
              <td className={row.right === null ? 'diff-side filler' : 'diff-side'}>{row.right && <DiffParts parts={row.right} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
