// What an editor changes on an issue beyond its number, date and rate: its name (rename), the
// title page (title, subtitle, publisher, colophon), its layout style; and the trash: a deleted
// issue leaves every list at once, can be restored for TRASH_DAYS, and is purged after that with
// its articles, versions, comments and meta keys. Callers run writes inside a transaction.
import type { Issue, IssueColophon, IssuePatch, IssueSummary } from '../model.ts';
import type { IssueStyle } from '../bulletin/model.ts';
import type { BulletinRepository } from './bulletin.ts';
import type { Db } from './database.ts';
import { NotFoundError } from '../errors.ts';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const STYLES: readonly IssueStyle[] = ['house-2024', 'kostec-2025'];
const MAX_TEXT = 500;

/** An issue in the trash, with the moment it will be purged. */
export type TrashedIssue = IssueSummary & { deletedAt: string; purgeAt: string };

function text(field: string, value: unknown, required: boolean): string {
  if (typeof value !== 'string') throw new Error(`issue ${field} must be text`);
  const trimmed = value.trim();
  if (required && trimmed === '') throw new Error(`the issue ${field} cannot be empty`);
  if (trimmed.length > MAX_TEXT) throw new Error(`issue ${field} is longer than ${MAX_TEXT} characters`);
  return trimmed;
}

function checkColophon(value: unknown): IssueColophon {
  const colophon = value as Partial<IssueColophon> | null;
  if (!colophon || typeof colophon !== 'object' || !Array.isArray(colophon.fields)) {
    throw new Error('the colophon needs a list of fields ({label, value})');
  }
  const fields = colophon.fields.map((f, i) => {
    const label = text(`colophon field ${i + 1} label`, f?.label, true);
    return { label, value: text(`colophon field ${i + 1} ("${label}") value`, f?.value, false) };
  });
  const optional = (field: string, v: unknown) => (v === null || v === undefined || v === '' ? null : text(field, v, false) || null);
  return { organization: optional('colophon organization', colophon.organization), fields, url: optional('colophon URL', colophon.url) };
}

/** The columns a patch sets (number, date and rate are BulletinRepository's). */
function titlePageColumns(patch: IssuePatch): Record<string, string | null> {
  const columns: Record<string, string | null> = {};
  if (patch.name !== undefined) columns.name = text('name', patch.name, false);
  if (patch.title !== undefined) columns.title = text('title', patch.title, true);
  if (patch.subtitle !== undefined) columns.subtitle = text('subtitle', patch.subtitle, false);
  if (patch.publisher !== undefined) columns.publisher = text('publisher', patch.publisher, true);
  if (patch.style !== undefined) {
    if (patch.style !== null && !STYLES.includes(patch.style)) throw new Error(`style "${String(patch.style)}" is not one of ${STYLES.join(', ')}`);
    columns.style = patch.style;
  }
  if (patch.colophon !== undefined) columns.colophon = patch.colophon === null ? null : JSON.stringify(checkColophon(patch.colophon));
  return columns;
}

export class IssueAdmin {
  private readonly db: Db;
  private readonly bulletin: BulletinRepository;

  constructor(db: Db, bulletin: BulletinRepository) {
    this.db = db;
    this.bulletin = bulletin;
  }

  private deletedAt(id: number): string | null {
    const row = this.db.prepare('SELECT deleted_at FROM issues WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (!row) throw new NotFoundError(`issue ${id} does not exist`);
    return row.deleted_at;
  }

  /** Every field of the patch, checked before anything is written. */
  update(id: number, patch: IssuePatch, now: string): Issue {
    this.deletedAt(id);
    const columns = titlePageColumns(patch);
    const { number, date, rate } = patch;
    const core = Object.fromEntries(Object.entries({ number, date, rate }).filter(([, v]) => v !== undefined));
    this.bulletin.updateIssue(id, core, now);
    const names = Object.keys(columns);
    if (names.length > 0) {
      this.db.prepare(`UPDATE issues SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(columns), id);
      this.bulletin.touchIssue(id, now);
    }
    return this.bulletin.getIssue(id)!;
  }

  /** To the trash: gone from every list, restorable for TRASH_DAYS. */
  delete(id: number, now: string): IssueSummary {
    if (this.deletedAt(id) !== null) throw new Error(`issue ${id} is already in the trash`);
    this.db.prepare('UPDATE issues SET deleted_at = ? WHERE id = ?').run(now, id);
    return this.summary(id);
  }

  restore(id: number, now: string): Issue {
    if (this.deletedAt(id) === null) throw new Error(`issue ${id} is not in the trash`);
    this.db.prepare('UPDATE issues SET deleted_at = NULL WHERE id = ?').run(id);
    this.bulletin.touchIssue(id, now);
    return this.bulletin.getIssue(id)!;
  }

  /** The trash, most recently deleted first. */
  trash(): TrashedIssue[] {
    const ids = this.db.prepare('SELECT id FROM issues WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC').pluck().all() as number[];
    return ids.map((id) => {
      const issue = this.summary(id);
      const deletedAt = issue.deletedAt!;
      return { ...issue, deletedAt, purgeAt: new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString() };
    });
  }

  /** Removes for good what has been in the trash for TRASH_DAYS or more; returns the ids purged. */
  purge(now: string): number[] {
    const cutoff = new Date(Date.parse(now) - TRASH_DAYS * DAY_MS).toISOString();
    const ids = this.db.prepare('SELECT id FROM issues WHERE deleted_at IS NOT NULL AND deleted_at <= ?').pluck().all(cutoff) as number[];
    const meta = this.db.prepare("DELETE FROM store_meta WHERE key LIKE 'issue:' || ? || ':%'");
    const remove = this.db.prepare('DELETE FROM issues WHERE id = ?');
    for (const id of ids) {
      meta.run(String(id)); // a JS number binds as REAL: 'issue:1.0:' otherwise
      remove.run(id); // articles, sources, versions and comments go with it (ON DELETE CASCADE)
    }
    return ids;
  }

  private summary(id: number): IssueSummary {
    const { articles, ...issue } = this.bulletin.getIssue(id)!;
    return { ...issue, articleCount: articles.length };
  }
}
