// Issues, their articles (ordered per section) and each article's sources: what the editor
// autosaves. Callers run writes inside a transaction (see store.ts).
import {
  ARTICLE_STATES,
  SECTIONS,
  type Article,
  type ArticleSource,
  type ArticleState,
  type Issue,
  type IssueColophon,
  type IssueSummary,
  type SectionId,
} from '../model.ts';
import type { IssueStyle } from '../bulletin/model.ts';
import type { Db } from './database.ts';
import { NotFoundError } from '../errors.ts';

export const ISSUE_TITLE = '중국 과학기술 정책 주간동향';
export const ISSUE_PUBLISHER = '한중과학기술협력센터';

interface IssueRow {
  id: number;
  number: string;
  date: string;
  rate: number | null;
  title: string;
  publisher: string;
  created_at: string;
  updated_at: string;
  name: string;
  subtitle: string;
  style: IssueStyle | null;
  colophon: string | null;
  deleted_at: string | null;
}
interface ArticleRow {
  id: number;
  issue_id: number;
  section: SectionId;
  category: string;
  position: number;
  title: string;
  lead: string;
  body: string;
  summary: string;
  state: ArticleState;
  updated_at: string;
}
interface SourceRow {
  id: number;
  article_id: number;
  title: string;
  url: string;
  text: string;
}

const SECTION_ORDER = `CASE section ${SECTIONS.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkIssueFields(patch: { number?: string; date?: string; rate?: number | null }): void {
  if (patch.number !== undefined && (typeof patch.number !== 'string' || patch.number.trim() === '')) {
    throw new Error('an issue needs a number (e.g. "2024-23")');
  }
  if (patch.date !== undefined && (typeof patch.date !== 'string' || !ISO_DATE.test(patch.date))) {
    throw new Error(`issue date "${String(patch.date)}" is not a date like 2024-06-21`);
  }
  if (patch.rate !== undefined && patch.rate !== null && !(typeof patch.rate === 'number' && Number.isFinite(patch.rate) && patch.rate > 0)) {
    throw new Error(`exchange rate "${String(patch.rate)}" must be a positive number of won per yuan`);
  }
}

function checkSection(section: unknown): asserts section is SectionId {
  if (!SECTIONS.includes(section as SectionId)) {
    throw new Error(`section "${String(section)}" is not one of ${SECTIONS.join(', ')}`);
  }
}

/** Allowed moves: one step forward (draft → review → approved), or back to any earlier state. */
function checkTransition(id: number, from: ArticleState, to: ArticleState): void {
  if (!ARTICLE_STATES.includes(to)) throw new Error(`article state "${String(to)}" is not one of ${ARTICLE_STATES.join(', ')}`);
  const step = ARTICLE_STATES.indexOf(to) - ARTICLE_STATES.indexOf(from);
  if (step > 1) throw new Error(`article ${id} is a ${from} article; it must be reviewed before it is approved`);
}

export class BulletinRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  private issueRow(id: number): IssueRow {
    const row = this.db.prepare('SELECT * FROM issues WHERE id = ?').get(id) as IssueRow | undefined;
    if (!row) throw new NotFoundError(`issue ${id} does not exist`);
    return row;
  }

  private articleRow(id: number): ArticleRow {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) throw new NotFoundError(`article ${id} does not exist`);
    return row;
  }

  // Strictly later than the issue's last change, even within one millisecond: caches of an issue's
  // text (the concordance corpus) are keyed by it.
  touchIssue(issueId: number, now: string): void {
    const last = this.db.prepare('SELECT updated_at FROM issues WHERE id = ?').pluck().get(issueId) as string | undefined;
    const at = last !== undefined && now <= last ? new Date(Date.parse(last) + 1).toISOString() : now;
    this.db.prepare('UPDATE issues SET updated_at = ? WHERE id = ?').run(at, issueId);
  }

  listIssues(): IssueSummary[] {
    const rows = this.db
      .prepare(
        `SELECT i.*, (SELECT count(*) FROM articles a WHERE a.issue_id = i.id) AS article_count
         FROM issues i WHERE i.deleted_at IS NULL ORDER BY i.date DESC, i.id DESC`,
      )
      .all() as (IssueRow & { article_count: number })[];
    return rows.map((row) => ({ ...issueFields(row), articleCount: row.article_count }));
  }

  createIssue(req: { number: string; date: string; rate: number | null }, now: string): Issue {
    checkIssueFields(req);
    const info = this.db
      .prepare(
        `INSERT INTO issues (number, date, rate, title, publisher, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(req.number.trim(), req.date, req.rate ?? null, ISSUE_TITLE, ISSUE_PUBLISHER, now, now);
    return this.getIssue(Number(info.lastInsertRowid))!;
  }

  getIssue(id: number): Issue | undefined {
    const row = this.db.prepare('SELECT * FROM issues WHERE id = ?').get(id) as IssueRow | undefined;
    if (!row) return undefined;
    const articles = this.db
      .prepare(`SELECT * FROM articles WHERE issue_id = ? ORDER BY ${SECTION_ORDER}, position, id`)
      .all(id) as ArticleRow[];
    const sources = this.db
      .prepare(
        `SELECT s.* FROM article_sources s JOIN articles a ON a.id = s.article_id
         WHERE a.issue_id = ? ORDER BY s.article_id, s.position, s.id`,
      )
      .all(id) as SourceRow[];
    return { ...issueFields(row), articles: articles.map((a) => toArticle(a, sources)) };
  }

  updateIssue(id: number, patch: { number?: string; date?: string; rate?: number | null }, now: string): Issue {
    const row = this.issueRow(id);
    checkIssueFields(patch);
    this.db
      .prepare('UPDATE issues SET number = ?, date = ?, rate = ?, updated_at = ? WHERE id = ?')
      .run(
        patch.number?.trim() ?? row.number,
        patch.date ?? row.date,
        patch.rate === undefined ? row.rate : patch.rate,
        now,
        id,
      );
    return this.getIssue(id)!;
  }

  addArticle(req: { issueId: number; section: SectionId; category?: string; title?: string }, now: string): Article {
    this.issueRow(req.issueId);
    checkSection(req.section);
    const position = this.db
      .prepare('SELECT count(*) FROM articles WHERE issue_id = ? AND section = ?')
      .pluck()
      .get(req.issueId, req.section) as number;
    const info = this.db
      .prepare(
        `INSERT INTO articles (issue_id, section, category, position, title, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(req.issueId, req.section, req.category?.trim() ?? '', position, req.title?.trim() ?? '', now);
    this.touchIssue(req.issueId, now);
    return this.getArticle(Number(info.lastInsertRowid))!;
  }

  /** Article ids of one section in order. */
  private sectionIds(issueId: number, section: SectionId, except: number): number[] {
    return this.db
      .prepare('SELECT id FROM articles WHERE issue_id = ? AND section = ? AND id <> ? ORDER BY position, id')
      .pluck()
      .all(issueId, section, except) as number[];
  }

  private renumber(ids: readonly number[]): void {
    const stmt = this.db.prepare('UPDATE articles SET position = ? WHERE id = ?');
    ids.forEach((id, position) => stmt.run(position, id));
  }

  moveArticle(articleId: number, section: SectionId, position: number, now: string): Issue {
    const row = this.articleRow(articleId);
    checkSection(section);
    if (!Number.isInteger(position) || position < 0) throw new Error(`position ${position} must be 0 or more`);
    const target = this.sectionIds(row.issue_id, section, articleId);
    target.splice(Math.min(position, target.length), 0, articleId);
    this.db.prepare('UPDATE articles SET section = ?, updated_at = ? WHERE id = ?').run(section, now, articleId);
    this.renumber(target);
    if (row.section !== section) this.renumber(this.sectionIds(row.issue_id, row.section, articleId));
    this.touchIssue(row.issue_id, now);
    return this.getIssue(row.issue_id)!;
  }

  deleteArticle(articleId: number, now: string): Issue {
    const row = this.articleRow(articleId);
    this.db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    this.renumber(this.sectionIds(row.issue_id, row.section, articleId));
    this.touchIssue(row.issue_id, now);
    return this.getIssue(row.issue_id)!;
  }

  getArticle(id: number): Article | undefined {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) return undefined;
    const sources = this.db
      .prepare('SELECT * FROM article_sources WHERE article_id = ? ORDER BY position, id')
      .all(id) as SourceRow[];
    return toArticle(row, sources);
  }

  saveArticle(
    req: {
      id: number;
      category?: string;
      title: string;
      lead: string;
      body: string;
      summary?: string;
      sources: { id?: number; title: string; url: string; text: string }[];
    },
    now: string,
  ): Article {
    const row = this.articleRow(req.id);
    for (const field of ['title', 'lead', 'body'] as const) {
      if (typeof req[field] !== 'string') throw new Error(`article ${req.id}: ${field} must be text`);
    }
    if (!Array.isArray(req.sources)) throw new Error(`article ${req.id}: sources must be a list`);
    if (req.summary !== undefined && typeof req.summary !== 'string') throw new Error(`article ${req.id}: summary must be text`);
    this.db
      .prepare('UPDATE articles SET category = ?, title = ?, lead = ?, body = ?, summary = ?, updated_at = ? WHERE id = ?')
      .run(req.category?.trim() ?? row.category, req.title, req.lead, req.body, req.summary?.trim() ?? row.summary, now, req.id);

    const owned = new Set(
      this.db.prepare('SELECT id FROM article_sources WHERE article_id = ?').pluck().all(req.id) as number[],
    );
    const update = this.db.prepare('UPDATE article_sources SET position = ?, title = ?, url = ?, text = ? WHERE id = ?');
    const insert = this.db.prepare(
      'INSERT INTO article_sources (article_id, position, title, url, text) VALUES (?, ?, ?, ?, ?)',
    );
    const kept = new Set<number>();
    req.sources.forEach((source, position) => {
      const title = String(source.title ?? '');
      const url = String(source.url ?? '');
      const text = String(source.text ?? '');
      if (source.id === undefined || source.id === null) {
        insert.run(req.id, position, title, url, text);
        return;
      }
      if (!owned.has(source.id)) throw new NotFoundError(`source ${source.id} does not exist in article ${req.id}`);
      update.run(position, title, url, text, source.id);
      kept.add(source.id);
    });
    const remove = this.db.prepare('DELETE FROM article_sources WHERE id = ?');
    for (const id of owned) if (!kept.has(id)) remove.run(id);
    this.touchIssue(row.issue_id, now);
    return this.getArticle(req.id)!;
  }

  setArticleState(id: number, state: ArticleState, now: string): Article {
    const row = this.articleRow(id);
    checkTransition(id, row.state, state);
    this.db.prepare('UPDATE articles SET state = ?, updated_at = ? WHERE id = ?').run(state, now, id);
    this.touchIssue(row.issue_id, now);
    return this.getArticle(id)!;
  }
}

function issueFields(row: IssueRow): Omit<Issue, 'articles'> {
  return {
    id: row.id,
    number: row.number,
    date: row.date,
    rate: row.rate,
    title: row.title,
    publisher: row.publisher,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    name: row.name,
    subtitle: row.subtitle,
    style: row.style,
    colophon: row.colophon === null ? null : (JSON.parse(row.colophon) as IssueColophon),
    deletedAt: row.deleted_at,
  };
}

function toArticle(row: ArticleRow, sources: readonly SourceRow[]): Article {
  const own: ArticleSource[] = sources
    .filter((s) => s.article_id === row.id)
    .map((s) => ({ id: s.id, title: s.title, url: s.url, text: s.text }));
  return {
    id: row.id,
    issueId: row.issue_id,
    section: row.section,
    category: row.category,
    position: row.position,
    title: row.title,
    lead: row.lead,
    body: row.body,
    summary: row.summary,
    state: row.state,
    sources: own,
    updatedAt: row.updated_at,
  };
}
