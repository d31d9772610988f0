// The comments of the article being edited, in reading order; resolved ones only on request.
import { useTranslation } from 'react-i18next';
import type { ArticleComment } from '../../../glossary/api.ts';
import { CommentItem } from './CommentItem.tsx';

interface Props {
  comments: ArticleComment[];
  showResolved: boolean;
  onShowResolved: (show: boolean) => void;
  activeId: number | null;
  onSelect: (comment: ArticleComment) => void;
  onResolve: (comment: ArticleComment) => void;
  onReopen: (comment: ArticleComment) => void;
}

export function CommentsPanel({ comments, showResolved, onShowResolved, activeId, onSelect, onResolve, onReopen }: Props) {
  const { t } = useTranslation();
  return (
    <div className="comments-panel" data-testid="comments-panel">
      <label className="inline">
        <input type="checkbox" checked={showResolved} onChange={(e) => onShowResolved(e.target.checked)} data-testid="show-resolved" />
        {t('comments.showResolved')}
      </label>
      {comments.length === 0 ? (
        <p className="muted" data-testid="no-comments">{t('comments.none')}</p>
      ) : (
        <ul className="finding-list">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} active={comment.id === activeId} onSelect={onSelect} onResolve={onResolve} onReopen={onReopen} />
          ))}
        </ul>
      )}
      <p className="muted small-text">{t('comments.hint')}</p>
    </div>
  );
}
