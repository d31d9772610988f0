// The glossary store: one SQLite file holding the glossary, its history, the bulletin issues and
// the accepted findings. Every write runs in a transaction and every glossary change is recorded
// in the history with the whole concept before and after.
import os from 'node:os';
import type {
  Article,
  ArticleState,
  Concept,
  ConceptInput,
  HistoryEntry,
  ImportPlan,
  ImportResult,
  Issue,
  IssuePatch,
  IssueSummary,
  SearchHit,
  SectionId,
  TermStatus,
} from '../model.ts';
import { TERM_STATUSES } from '../model.ts';
import type { IndexedConcept, Rendering } from '../checks/types.ts';
import { AcceptedFindings, type AcceptedFindingRecord } from './accepted.ts';
import { BulletinRepository } from './bulletin.ts';
import { IssueAdmin, type TrashedIssue } from './issue-admin.ts';
import { CommentRepository, type ArticleComment } from './comments.ts';
import { ConceptRepository } from './concepts.ts';
import { openDatabase, type Db } from './database.ts';
import { applyImport, planImport, type ApplyOptions } from './importer.ts';
import { ImportSession, type ImportFile } from './importer-session.ts';
import { migrate, type MigrationReport } from './migrate.ts';
import { TermSearch, type SearchOptions } from './search.ts';
import { isLanguage, normalizeConceptInput } from './validate.ts';
import { VersionRepository, type VersionInfo, type VersionSnapshot } from './versions.ts';
import { OtherWriters } from './other-writers.ts';
import { currentCaller } from '../team/caller.ts';
import { NotFoundError } from '../errors.ts';

export interface StoreOptions {
  /** Who is recorded in the history when a call does not say (default: the OS user name). */
  who?: string;
  /** The connection's page cache (default 64 MB; database.ts). */
  cacheMb?: number;
}

const now = (): string => new Date().toISOString();

export class GlossaryStore {
  readonly path: string;
  /** What opening did to the schema (a backup path when an existing file was migrated). */
  readonly migration: MigrationReport;
  private readonly db: Db;
  private readonly defaultWho: string;
  private readonly concepts: ConceptRepository;
  private readonly terms: TermSearch;
  private readonly bulletin: BulletinRepository;
  private readonly issueAdmin: IssueAdmin;
  private readonly accepted: AcceptedFindings;
  private readonly versions: VersionRepository;
  private readonly comments: CommentRepository;
  private changes = 0;
  private readonly otherWriters: OtherWriters;

  constructor(path: string, options: StoreOptions = {}) {
    this.path = path;
    this.db = openDatabase(path, options.cacheMb);
    try {
      this.migration = migrate(this.db, path);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.defaultWho = options.who ?? os.userInfo().username;
    this.concepts = new ConceptRepository(this.db);
    this.terms = new TermSearch(this.db);
    this.bulletin = new BulletinRepository(this.db);
    this.issueAdmin = new IssueAdmin(this.db, this.bulletin);
    this.write(() => this.issueAdmin.purge(now()));
    this.accepted = new AcceptedFindings(this.db);
    this.versions = new VersionRepository(this.db);
    this.comments = new CommentRepository(this.db);
    this.otherWriters = new OtherWriters(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** Who is recorded when a call does not say: the caller (team mode, glossary/team/caller.ts), else the default. */
  get author(): string { return currentCaller()?.name ?? this.defaultWho; }
  private get who(): string { return this.author; }
  /** For the team tables (glossary/team): writes on this connection are the store's own, not another writer's. */
  get connection(): Db { return this.db; }

  /**
   * Increases on every glossary change (for the recognizer to know when to rebuild), and whenever
   * another connection (the CLI, a second app) committed anything: what it changed is not known
   * here, so everything read before counts as stale.
   */
  get revision(): number {
    if (this.otherWriters.committed()) this.changes++;
    return this.changes;
  }

  // IMMEDIATE: the write lock is taken at BEGIN, waiting for another writer (busy_timeout); a deferred
  // one that read first fails at once ("database is locked") once another connection has committed.
  private write<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /**
   * Runs several store calls as one transaction (an issue import: issue, articles, meta and
   * proposed concepts together). Calls inside nest as savepoints; on a throw nothing is kept.
   */
  transaction<T>(work: () => T): T {
    return this.write(work);
  }

  private glossaryWrite<T>(work: () => T): T {
    const result = this.write(work);
    this.changes++;
    return result;
  }

  private requireConcept(id: number): Concept {
    const concept = this.concepts.get(id);
    if (!concept) throw new NotFoundError(`concept ${id} does not exist`);
    return concept;
  }

  // ---- concepts ----

  createConcept(input: ConceptInput, who = this.who): Concept {
    const normalized = normalizeConceptInput(input);
    return this.glossaryWrite(() => {
      const concept = this.concepts.insert(normalized, now());
      this.concepts.record(concept.id, 'create', who, concept.createdAt, null, concept);
      return concept;
    });
  }

  /** Replaces fields and terms; terms with unchanged language and text keep their ids. */
  updateConcept(id: number, input: ConceptInput, who = this.who): Concept {
    const normalized = normalizeConceptInput(input);
    return this.glossaryWrite(() => {
      const before = this.requireConcept(id);
      const at = now();
      this.concepts.replace(id, normalized, at);
      const after = this.requireConcept(id);
      this.concepts.record(id, 'update', who, at, before, after);
      return after;
    });
  }

  deleteConcept(id: number, who = this.who): void {
    this.glossaryWrite(() => {
      const before = this.requireConcept(id);
      this.concepts.delete(id);
      this.concepts.record(id, 'delete', who, now(), before, null);
    });
  }

  getConcept(id: number): Concept | undefined {
    return this.concepts.get(id);
  }

  setTermStatus(termId: number, status: TermStatus, who = this.who): Concept {
    if (!TERM_STATUSES.includes(status)) {
      throw new Error(`status "${String(status)}" is not one of ${TERM_STATUSES.join(', ')}`);
    }
    return this.glossaryWrite(() => {
      const term = this.concepts.term(termId);
      if (!term) throw new NotFoundError(`term ${termId} does not exist`);
      const before = this.requireConcept(term.conceptId);
      const at = now();
      this.concepts.setTermStatus(termId, term.conceptId, status, at);
      const after = this.requireConcept(term.conceptId);
      this.concepts.record(term.conceptId, 'update', who, at, before, after);
      return after;
    });
  }

  approveConcept(id: number, who = this.who): Concept {
    return this.glossaryWrite(() => {
      const before = this.requireConcept(id);
      const at = now();
      this.concepts.setApproved(id, at);
      const after = this.requireConcept(id);
      this.concepts.record(id, 'approve', who, at, before, after);
      return after;
    });
  }

  /** A page of concepts in id order (stable while the glossary does not change). */
  listConcepts(offset: number, limit: number): { concepts: Concept[]; total: number } {
    return { concepts: this.concepts.page(Math.max(0, offset), Math.max(0, limit)), total: this.concepts.counts().concepts };
  }

  counts(): { concepts: number; terms: number } {
    return this.concepts.counts();
  }

  /** Concepts by id in the order given (the glossary manager's sorted pages, service/concept-browse.ts). */
  conceptsByIds(ids: readonly number[]): Concept[] {
    return this.concepts.load(ids);
  }

  /** Newest first. */
  history(conceptId: number): HistoryEntry[] {
    return this.concepts.history(conceptId);
  }

  search(query: string, options: SearchOptions = {}): { hits: SearchHit[]; total: number } {
    const { hits, total } = this.terms.search(query, options);
    const concepts = new Map(this.concepts.load(hits.map((h) => h.conceptId)).map((c) => [c.id, c]));
    return {
      hits: hits.flatMap((h) => {
        const concept = concepts.get(h.conceptId);
        return concept ? [{ concept, matchedTermId: h.termId, rank: h.rank }] : [];
      }),
      total,
    };
  }

  /** Every concept in id order, read page by page (for exports). */
  allConcepts(): IterableIterator<Concept> {
    return this.concepts.all();
  }

  /** The glossary as the recognizer needs it: one query over concepts and terms. */
  indexConcepts(): IndexedConcept[] {
    const rows = this.db
      .prepare(
        `SELECT c.id, c.category, c.note, t.lang, t.text, t.status, t.established
         FROM concepts c JOIN terms t ON t.concept_id = c.id
         ORDER BY c.id, t.position, t.id`,
      )
      .all() as {
      id: number;
      category: IndexedConcept['category'];
      note: string | null;
      lang: string;
      text: string;
      status: TermStatus;
      established: number;
    }[];
    const result: IndexedConcept[] = [];
    let current: IndexedConcept | undefined;
    for (const row of rows) {
      if (current?.id !== row.id) {
        current = { id: row.id, category: row.category, zh: [], ko: [], note: row.note };
        result.push(current);
      }
      if (isLanguage(row.lang, 'zh')) current.zh.push(row.text);
      else if (isLanguage(row.lang, 'ko')) {
        const rendering: Rendering = { text: row.text, status: row.status, established: row.established === 1 };
        current.ko.push(rendering);
      }
    }
    return result;
  }

  // ---- import ----

  /** Dry run: what importing these entries would add, update and leave as conflicts. Writes nothing. */
  planImport(fileName: string, inputs: ConceptInput[], lines?: readonly number[]): ImportPlan {
    return planImport(this.concepts, fileName, inputs, lines);
  }

  /** A file's import that never holds the file's entries: preview, then apply once (importer-session.ts). */
  importFile(file: ImportFile): ImportSession {
    return new ImportSession(this.db, this.concepts, file, () => this.changes++);
  }

  /** Applies a plan in ONE transaction: on any error nothing is written (InputError names the entry). */
  applyImport(
    plan: ImportPlan,
    options: { who?: string; onProgress?: (done: number, total: number) => void; resolveConflicts?: 'skip' | 'add'; choices?: ApplyOptions['choices'] } = {},
  ): ImportResult {
    const applyOptions: ApplyOptions = { who: options.who ?? this.who };
    if (options.onProgress) applyOptions.onProgress = options.onProgress;
    if (options.resolveConflicts) applyOptions.resolveConflicts = options.resolveConflicts;
    if (options.choices) applyOptions.choices = options.choices;
    const result = applyImport(this.db, this.concepts, plan, applyOptions);
    this.changes++;
    return result;
  }

  // ---- store facts ----

  meta(key: string): string | undefined {
    return this.db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck().get(key) as string | undefined;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  // ---- issues and articles ----

  listIssues(): IssueSummary[] {
    return this.bulletin.listIssues();
  }

  createIssue(req: { number: string; date: string; rate: number | null }): Issue {
    return this.write(() => this.bulletin.createIssue(req, now()));
  }

  getIssue(id: number): Issue | undefined {
    return this.bulletin.getIssue(id);
  }

  updateIssue(id: number, patch: IssuePatch): Issue {
    return this.write(() => this.issueAdmin.update(id, patch, now()));
  }

  /** To the trash (restorable for TRASH_DAYS); what has been there longer is purged now. */
  deleteIssue(id: number): IssueSummary {
    return this.write(() => {
      this.issueAdmin.purge(now());
      return this.issueAdmin.delete(id, now());
    });
  }

  restoreIssue(id: number): Issue {
    return this.write(() => this.issueAdmin.restore(id, now()));
  }

  /** The trash, after purging what has been there TRASH_DAYS. */
  issueTrash(): TrashedIssue[] {
    return this.write(() => {
      this.issueAdmin.purge(now());
      return this.issueAdmin.trash();
    });
  }

  addArticle(req: { issueId: number; section: SectionId; category?: string; title?: string }): Article {
    return this.write(() => this.bulletin.addArticle(req, now()));
  }

  /** Moves an article to a section and 0-based position; both sections are renumbered. */
  moveArticle(articleId: number, section: SectionId, position: number): Issue {
    return this.write(() => this.bulletin.moveArticle(articleId, section, position, now()));
  }

  deleteArticle(articleId: number): Issue {
    return this.write(() => this.bulletin.deleteArticle(articleId, now()));
  }

  getArticle(id: number): Article | undefined {
    return this.bulletin.getArticle(id);
  }

  /** Autosave, atomic: sources without id are created, listed ones updated, unlisted ones removed. */
  saveArticle(req: {
    id: number;
    category?: string;
    title: string;
    lead: string;
    body: string;
    summary?: string;
    sources: { id?: number; title: string; url: string; text: string }[];
  }): Article {
    return this.write(() => {
      // Comments follow the edit; the text before the save is read only when there are any.
      const before = this.comments.has(req.id) ? this.bulletin.getArticle(req.id) : undefined;
      const after = this.bulletin.saveArticle(req, now());
      if (before) this.comments.followEdits(before, after);
      return after;
    });
  }

  setArticleState(id: number, state: ArticleState): Article {
    return this.write(() => this.bulletin.setArticleState(id, state, now()));
  }

  // ---- accepted findings ----

  acceptFinding(req: { key: string; rule: string; text: string; who?: string }): void {
    this.accepted.accept(req, req.who ?? this.who, now());
  }

  listAccepted(): AcceptedFindingRecord[] {
    return this.accepted.list();
  }

  restoreAccepted(key: string): void {
    this.accepted.restore(key);
  }

  acceptedKeys(): Set<string> {
    return this.accepted.keys();
  }

  // ---- versions ----

  /** Snapshots an article, or the whole issue when no article is given. */
  saveVersion(req: { issueId: number; articleId?: number; label?: string; who?: string }): VersionInfo {
    return this.write(() => {
      const issue = this.bulletin.getIssue(req.issueId);
      if (!issue) throw new NotFoundError(`issue ${req.issueId} does not exist`);
      return this.versions.save(req, issue, req.who ?? this.who, now());
    });
  }

  /** Newest first; for an article, also the whole-issue versions that contain it. */
  listVersions(req: { issueId: number; articleId?: number }): VersionInfo[] {
    return this.versions.list(req);
  }

  getVersion(id: number): VersionSnapshot {
    return this.versions.get(id);
  }

  // ---- comments ----

  addComment(req: { articleId: number; field: string; start: number; end: number; body: string; who?: string }): ArticleComment {
    return this.write(() => {
      const article = this.bulletin.getArticle(req.articleId);
      if (!article) throw new NotFoundError(`article ${req.articleId} does not exist`);
      return this.comments.add(req, article, req.who ?? this.who, now());
    });
  }

  listComments(articleId: number, options: { includeResolved?: boolean } = {}): ArticleComment[] {
    return this.comments.list(articleId, options);
  }

  resolveComment(id: number, who = this.who): ArticleComment {
    return this.write(() => this.comments.resolve(id, who, now()));
  }

  reopenComment(id: number): ArticleComment {
    return this.write(() => this.comments.reopen(id));
  }
}

/** Opens (creating if needed) a store file and brings its schema up to date. */
export function openStore(path: string, options: StoreOptions = {}): GlossaryStore {
  return new GlossaryStore(path, options);
}
