// Reviewers' comments anchored to a text range of an article field (title, lead, body or one
// source's text). Anchors follow the text: every save moves them to where their quoted text now
// is (reanchor); a comment whose quote is gone stays, marked detached.
// Callers run writes inside a transaction (see store.ts).
import type { Article } from '../model.ts';
import type { Db } from './database.ts';
import { NotFoundError } from '../errors.ts';

/** 'source:<id>' is the Chinese text of that source of the article. */
export type CommentField = 'title' | 'lead' | 'body' | `source:${number}`;

export interface ArticleComment {
  id: number;
  articleId: number;
  field: CommentField;
  /** UTF-16 offsets into the field's current text, end exclusive. */
  start: number;
  end: number;
  /** The text the comment was made on. */
  quoted: string;
  body: string;
  who: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The quoted text is no longer in the field: start/end are only where it last was. */
  detached: boolean;
}

export interface Anchor {
  start: number;
  end: number;
  detached: boolean;
}

interface CommentRow {
  id: number;
  article_id: number;
  field: CommentField;
  start_offset: number;
  end_offset: number;
  quoted: string;
  body: string;
  who: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  detached: number;
}

const FIELD = /^(?:title|lead|body|source:[1-9]\d*)$/;

/** Where `offset` of `oldText` lands in `newText`, assuming one edited region between them. */
function mapOffset(oldText: string, newText: string, offset: number): number {
  const shortest = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shortest && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (offset <= prefix) return offset;
  if (offset >= oldText.length - suffix) return offset + newText.length - oldText.length;
  return prefix;
}

/**
 * The new anchor of a range [start, end) of `oldText` quoting `quoted` after the text became
 * `newText`: the occurrence of the quote nearest to where the old offset moved (earlier one on a
 * tie). Without any occurrence the anchor keeps its offsets (clamped) and is detached.
 */
export function reanchor(oldText: string, newText: string, start: number, end: number, quoted: string): Anchor {
  const expected = mapOffset(oldText, newText, start);
  if (quoted === '') return { start: expected, end: expected, detached: false };
  let best = -1;
  let bestDistance = Infinity;
  for (let at = newText.indexOf(quoted); at !== -1; at = newText.indexOf(quoted, at + 1)) {
    const distance = Math.abs(at - expected);
    if (distance < bestDistance) {
      best = at;
      bestDistance = distance;
    } else if (at > expected) {
      break; // occurrences only get farther from here on
    }
  }
  if (best === -1) {
    const clampedStart = Math.min(start, newText.length);
    return { start: clampedStart, end: Math.max(clampedStart, Math.min(end, newText.length)), detached: true };
  }
  return { start: best, end: best + quoted.length, detached: false };
}

/** The current text of a comment field, or undefined when the field's source no longer exists. */
export function fieldText(article: Article, field: CommentField): string | undefined {
  if (field === 'title' || field === 'lead' || field === 'body') return article[field];
  const sourceId = Number(field.slice('source:'.length));
  return article.sources.find((s) => s.id === sourceId)?.text;
}

function toComment(row: CommentRow): ArticleComment {
  return {
    id: row.id,
    articleId: row.article_id,
    field: row.field,
    start: row.start_offset,
    end: row.end_offset,
    quoted: row.quoted,
    body: row.body,
    who: row.who,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    detached: row.detached === 1,
  };
}

const FIELD_ORDER = `CASE field WHEN 'title' THEN 0 WHEN 'lead' THEN 1 WHEN 'body' THEN 2 ELSE 3 END,
  CAST(substr(field, 8) AS INTEGER)`;

export class CommentRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** `article` is the article as saved now; the quote is taken from it, never from the caller. */
  add(req: { field: string; start: number; end: number; body: string }, article: Article, who: string, now: string): ArticleComment {
    if (typeof req.field !== 'string' || !FIELD.test(req.field)) {
      throw new Error(`comment field "${String(req.field)}" is not one of title, lead, body, source:<id>`);
    }
    const field = req.field as CommentField;
    const text = fieldText(article, field);
    if (text === undefined) throw new Error(`article ${article.id} has no ${field}`);
    const { start, end } = req;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      throw new Error(
        `comment range ${String(start)}–${String(end)} is outside the ${field} of article ${article.id} (0–${text.length})`,
      );
    }
    if (typeof req.body !== 'string' || req.body.trim() === '') throw new Error('a comment needs some text');
    const info = this.db
      .prepare(
        `INSERT INTO comments (article_id, field, start_offset, end_offset, quoted, body, who, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(article.id, field, start, end, text.slice(start, end), req.body.trim(), who, now);
    return this.get(Number(info.lastInsertRowid));
  }

  get(id: number): ArticleComment {
    const row = this.db.prepare('SELECT * FROM comments WHERE id = ?').get(id) as CommentRow | undefined;
    if (!row) throw new NotFoundError(`comment ${id} does not exist`);
    return toComment(row);
  }

  /** In reading order: title, lead, body, sources, then by position. */
  list(articleId: number, options: { includeResolved?: boolean } = {}): ArticleComment[] {
    const open = options.includeResolved ? '' : 'AND resolved_at IS NULL';
    const rows = this.db
      .prepare(`SELECT * FROM comments WHERE article_id = ? ${open} ORDER BY ${FIELD_ORDER}, start_offset, id`)
      .all(articleId) as CommentRow[];
    return rows.map(toComment);
  }

  has(articleId: number): boolean {
    return this.db.prepare('SELECT 1 FROM comments WHERE article_id = ? LIMIT 1').get(articleId) !== undefined;
  }

  /** Resolving twice keeps the first resolution (who closed it and when). */
  resolve(id: number, who: string, now: string): ArticleComment {
    this.get(id);
    this.db
      .prepare('UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL')
      .run(now, who, id);
    return this.get(id);
  }

  reopen(id: number): ArticleComment {
    this.get(id);
    this.db.prepare('UPDATE comments SET resolved_at = NULL, resolved_by = NULL WHERE id = ?').run(id);
    return this.get(id);
  }

  /**
   * Moves every comment of an article after a save from `before` to `after`. Resolved comments
   * move too, so reopening one shows it in the right place.
   */
  followEdits(before: Article, after: Article): void {
    const update = this.db.prepare('UPDATE comments SET start_offset = ?, end_offset = ?, detached = ? WHERE id = ?');
    for (const comment of this.list(after.id, { includeResolved: true })) {
      const oldText = fieldText(before, comment.field) ?? '';
      const newText = fieldText(after, comment.field);
      const anchor =
        newText === undefined
          ? { start: comment.start, end: comment.end, detached: true }
          : oldText === newText && !comment.detached
            ? comment
            : reanchor(oldText, newText, comment.start, comment.end, comment.quoted);
      if (anchor.start !== comment.start || anchor.end !== comment.end || anchor.detached !== comment.detached) {
        update.run(anchor.start, anchor.end, anchor.detached ? 1 : 0, comment.id);
      }
    }
  }
}
