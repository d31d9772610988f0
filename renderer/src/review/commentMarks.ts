// Where comments stand in the draft being edited. The service anchors comments to the text as last
// saved; between saves the draft moves on, so anchors are moved along with the edit the same way
// live findings are (editor/rebase.ts). A comment the edit touched is found again by its quote.
import type { ArticleComment } from '../../../glossary/api.ts';
import type { Draft, DraftField } from '../editor/draft.ts';
import { rebaseRanges } from '../editor/rebase.ts';
import type { CommentMark } from '../editor/FindingsTextarea.tsx';

export function isDraftField(field: string): field is DraftField {
  return field === 'title' || field === 'lead' || field === 'body';
}

/** Open, attached comments on title, lead and body, at their place in the current draft. */
export function commentMarks(comments: readonly ArticleComment[], saved: Draft, draft: Draft): Record<DraftField, CommentMark[]> {
  const marks: Record<DraftField, CommentMark[]> = { title: [], lead: [], body: [] };
  for (const field of ['title', 'lead', 'body'] as const) {
    const here = comments
      .filter((c) => c.field === field && c.resolvedAt === null && !c.detached && c.end > c.start)
      .map((c) => ({ id: c.id, start: c.start, end: c.end }));
    marks[field] = rebaseRanges(here, saved[field], draft[field]);
  }
  return marks;
}

/** The range to select for a comment in the current draft, or null when its quote is gone. */
export function locateComment(comment: ArticleComment, saved: Draft, draft: Draft): { field: DraftField; start: number; end: number } | null {
  if (!isDraftField(comment.field)) return null;
  const field = comment.field;
  const text = draft[field];
  if (!comment.detached) {
    const [moved] = rebaseRanges([{ start: comment.start, end: comment.end }], saved[field], text);
    if (moved && text.slice(moved.start, moved.end) === comment.quoted) return { field, ...moved };
  }
  if (comment.quoted === '') return null;
  let best = -1;
  for (let at = text.indexOf(comment.quoted); at !== -1; at = text.indexOf(comment.quoted, at + 1)) {
    if (best === -1 || Math.abs(at - comment.start) < Math.abs(best - comment.start)) best = at;
  }
  return best === -1 ? null : { field, start: best, end: best + comment.quoted.length };
}
