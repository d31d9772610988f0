// Saved versions ("Save version", Ctrl+S): a snapshot of one article or of the whole issue, kept
// as JSON exactly as it was saved so any two versions can be compared later (bulletin/diff.ts).
// Callers run writes inside a transaction (see store.ts).
import type { ArticleSource, ArticleState, Issue, SectionId } from '../model.ts';
import type { Db } from './database.ts';
import { NotFoundError } from '../errors.ts';

/** An article as it was when the version was saved. */
export interface VersionArticle {
  id: number;
  section: SectionId;
  category: string;
  position: number;
  title: string;
  lead: string;
  body: string;
  state: ArticleState;
  sources: ArticleSource[];
}

export interface VersionInfo {
  id: number;
  issueId: number;
  /** The article this version snapshots; null for a whole-issue snapshot. */
  articleId: number | null;
  label: string;
  createdAt: string;
  who: string;
  /** Ids of the articles the snapshot holds, ascending. */
  articleIds: number[];
}

export interface VersionSnapshot extends VersionInfo {
  /** The issue's own fields when the version was saved. */
  issue: { number: string; date: string; rate: number | null; title: string };
  /** In bulletin order (section, then position). */
  articles: VersionArticle[];
}

interface StoredSnapshot {
  issue: VersionSnapshot['issue'];
  articles: VersionArticle[];
}

interface VersionRow {
  id: number;
  issue_id: number;
  article_id: number | null;
  label: string;
  created_at: string;
  who: string;
  article_ids: string | null;
}

const MAX_LABEL = 200;

function snapshotOf(issue: Issue, articleId: number | undefined): StoredSnapshot {
  const articles = issue.articles
    .filter((a) => articleId === undefined || a.id === articleId)
    .map((a): VersionArticle => ({
      id: a.id,
      section: a.section,
      category: a.category,
      position: a.position,
      title: a.title,
      lead: a.lead,
      body: a.body,
      state: a.state,
      sources: a.sources.map((s) => ({ id: s.id, title: s.title, url: s.url, text: s.text })),
    }));
  return { issue: { number: issue.number, date: issue.date, rate: issue.rate, title: issue.title }, articles };
}

/**
 * The issue (or one article) as it is now, shaped like a saved version so it can be compared
 * with one ("changes since the last reviewed version"). Not saved: its id is 0.
 */
export function currentVersion(issue: Issue, articleId?: number): VersionSnapshot {
  const snapshot = snapshotOf(issue, articleId);
  return {
    id: 0,
    issueId: issue.id,
    articleId: articleId ?? null,
    label: '',
    createdAt: issue.updatedAt,
    who: '',
    articleIds: snapshot.articles.map((a) => a.id).sort((a, b) => a - b),
    ...snapshot,
  };
}

function toInfo(row: VersionRow): VersionInfo {
  const ids = row.article_ids === null || row.article_ids === '' ? [] : row.article_ids.split(',').map(Number);
  return {
    id: row.id,
    issueId: row.issue_id,
    articleId: row.article_id,
    label: row.label,
    createdAt: row.created_at,
    who: row.who,
    articleIds: ids.sort((a, b) => a - b),
  };
}

const SELECT_INFO = `SELECT v.id, v.issue_id, v.article_id, v.label, v.created_at, v.who,
  (SELECT group_concat(va.article_id) FROM version_articles va WHERE va.version_id = v.id) AS article_ids
  FROM versions v`;

export class VersionRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Snapshots `issue` (already read by the caller), or only its article `articleId`. */
  save(req: { articleId?: number; label?: string }, issue: Issue, who: string, now: string): VersionInfo {
    const articleId = req.articleId ?? undefined;
    if (articleId !== undefined && !issue.articles.some((a) => a.id === articleId)) {
      throw new Error(`article ${articleId} is not in issue ${issue.number} (id ${issue.id})`);
    }
    if (req.label !== undefined && typeof req.label !== 'string') throw new Error('a version label must be text');
    const label = (req.label ?? '').trim();
    if (label.length > MAX_LABEL) throw new Error(`a version label may have at most ${MAX_LABEL} characters (this one has ${label.length})`);
    const snapshot = snapshotOf(issue, articleId);
    const info = this.db
      .prepare('INSERT INTO versions (issue_id, article_id, label, created_at, who, snapshot_json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(issue.id, articleId ?? null, label, now, who, JSON.stringify(snapshot));
    const versionId = Number(info.lastInsertRowid);
    const member = this.db.prepare('INSERT INTO version_articles (version_id, article_id) VALUES (?, ?)');
    for (const article of snapshot.articles) member.run(versionId, article.id);
    return this.info(versionId);
  }

  private info(id: number): VersionInfo {
    const row = this.db.prepare(`${SELECT_INFO} WHERE v.id = ?`).get(id) as VersionRow | undefined;
    if (!row) throw new NotFoundError(`version ${id} does not exist`);
    return toInfo(row);
  }

  /** Newest first. With an article: its own versions and the whole-issue versions that hold it. */
  list(req: { issueId: number; articleId?: number }): VersionInfo[] {
    if (!this.db.prepare('SELECT 1 FROM issues WHERE id = ?').get(req.issueId)) throw new NotFoundError(`issue ${req.issueId} does not exist`);
    const order = 'ORDER BY v.created_at DESC, v.id DESC';
    const rows = (
      req.articleId === undefined
        ? this.db.prepare(`${SELECT_INFO} WHERE v.issue_id = ? ${order}`).all(req.issueId)
        : this.db
            .prepare(
              `${SELECT_INFO} WHERE v.issue_id = ?
               AND v.id IN (SELECT version_id FROM version_articles WHERE article_id = ?) ${order}`,
            )
            .all(req.issueId, req.articleId)
    ) as VersionRow[];
    return rows.map(toInfo);
  }

  get(id: number): VersionSnapshot {
    const info = this.info(id);
    const json = this.db.prepare('SELECT snapshot_json FROM versions WHERE id = ?').pluck().get(id) as string;
    const stored = JSON.parse(json) as StoredSnapshot;
    return { ...info, issue: stored.issue, articles: stored.articles };
  }
}
