import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../glossary/model.ts';
import { hrefOf } from '../shell/route.ts';

interface Props {
  article: Article;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
}

export function ArticleRow({ article, canMoveUp, canMoveDown, onMove, onDelete }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp' && canMoveUp) {
      event.preventDefault();
      onMove(-1);
    } else if (event.key === 'ArrowDown' && canMoveDown) {
      event.preventDefault();
      onMove(1);
    }
  };
  return (
    <li className="article-row" tabIndex={0} onKeyDown={onKeyDown} data-testid="article-row" data-article-id={article.id}>
      <span className="article-category">{article.category}</span>
      <a className="article-title" href={hrefOf({ screen: 'article', id: article.id })} data-testid="open-article">
        {article.title.trim() || t('issues.untitled')}
      </a>
      <span className={`state state-${article.state}`}>{t(`articleState.${article.state}`)}</span>
      <span className="row-actions">
        <button type="button" className="icon" disabled={!canMoveUp} onClick={() => onMove(-1)} title={t('issues.moveUp')} aria-label={t('issues.moveUp')} data-testid="move-up">↑</button>
        <button type="button" className="icon" disabled={!canMoveDown} onClick={() => onMove(1)} title={t('issues.moveDown')} aria-label={t('issues.moveDown')} data-testid="move-down">↓</button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={onDelete} data-testid="confirm-delete">{t('issues.confirmDelete')}</button>
            <button type="button" className="ghost" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
          </>
        ) : (
          <button type="button" className="ghost" onClick={() => setConfirming(true)} data-testid="delete-article">{t('common.delete')}</button>
        )}
      </span>
    </li>
  );
}
