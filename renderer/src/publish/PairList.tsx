// 한글(漢字) pairs of an imported issue with where each was found (article and line).
import { useTranslation } from 'react-i18next';
import type { PairGroup } from '../../../glossary/bulletin/pair-merge.ts';

const LIST_LIMIT = 100;

interface Props {
  title: string;
  pairs: (PairGroup & { note?: string })[];
  kind: 'proposed' | 'confirmed' | 'conflict';
}

export function PairList({ title, pairs, kind }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`pair-list pair-${kind}`} data-testid={`pairs-${kind}`}>
      <h3>{title} <span className="badge">{pairs.length}</span></h3>
      <ul>
        {pairs.slice(0, LIST_LIMIT).map((pair) => {
          const first = pair.occurrences[0];
          const where = t('issueImport.provenance', { article: first?.article ?? t('issueImport.noArticle'), line: first?.line ?? 0 });
          return (
            <li key={`${pair.folded}-${pair.hangul}`} data-testid="pair">
              <span lang="ko">{pair.hangul}</span>(<span lang="zh">{pair.hanzi}</span>)
              {pair.note && <span className="pair-note"> {pair.note}</span>}
              <span className="pair-where muted small-text" title={where}>
                {where}
                {pair.occurrences.length > 1 && ` · ${t('issueImport.more', { count: pair.occurrences.length - 1 })}`}
              </span>
            </li>
          );
        })}
        {pairs.length > LIST_LIMIT && <li className="muted">{t('issueImport.more', { count: pairs.length - LIST_LIMIT })}</li>}
      </ul>
    </div>
  );
}
