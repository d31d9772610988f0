// One comment: the quoted text, what was said, who and when, and resolve/reopen. A click on it
// selects its range in the draft.
import { useTranslation } from 'react-i18next';
import type { ArticleComment } from '../../../glossary/api.ts';
import { formatWhen } from './when.ts';

const FIELD_LABEL: Record<string, string> = { title: 'editor.title', lead: 'editor.lead', body: 'editor.body' };

interface Props {
  comment: ArticleComment;
  active: boolean;
  onSelect: (comment: ArticleComment) => void;
  onResolve: (comment: ArticleComment) => void;
  onReopen: (comment: ArticleComment) => void;
}

export function CommentItem({ comment, active, onSelect, onResolve, onReopen }: Props) {
  const { t } = useTranslation();
  const resolved = comment.resolvedAt !== null;
  const field = FIELD_LABEL[comment.field];
  return (
    <li className={`comment-item${active ? ' active' : ''}${resolved ? ' resolved' : ''}`} data-testid="comment" data-resolved={resolved}>
      <button type="button" className="comment-main" onClick={() => onSelect(comment)}>
        <span className="muted small-text">{field ? t(field) : t('comments.sourceField')}</span>
        <blockquote className="quote" lang="ko">{comment.quoted}</blockquote>
        <span className="comment-body" data-testid="comment-text">{comment.body}</span>
        <span className="muted small-text">{comment.who} · {formatWhen(comment.createdAt)}</span>
        {comment.detached && <span className="detached-note" data-testid="comment-detached">{t('comments.detached')}</span>}
        {resolved && (
          <span className="muted small-text">{t('comments.resolvedBy', { who: comment.resolvedBy ?? '', when: formatWhen(comment.resolvedAt!) })}</span>
        )}
      </button>
      <span className="finding-actions">
        {resolved ? (
          <button type="button" className="ghost small" onClick={() => onReopen(comment)} data-testid="comment-reopen">{t('comments.reopen')}</button>
        ) : (
          <button type="button" className="ghost small" onClick={() => onResolve(comment)} data-testid="comment-resolve">{t('comments.resolve')}</button>
        )}
      </span>
    </li>
  );
}
