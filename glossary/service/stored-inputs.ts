// What a check reads from the database besides the glossary: the article, its issue (the rate and
// the other articles' drafts), the renderings archived in the other issues and the accepted
// findings. While an editor types none of it changes, yet reading it on every keystroke cost as
// much as the rules. It is kept in memory and dropped whenever a service method that may write
// runs (see dropOnWrites), and when the store's revision moves (a glossary change, or a commit by
// another process such as the CLI); the recognizer follows the same revision.
import type { ApiMethod } from '../api.ts';
import type { ArchivedRendering } from '../checks/types.ts';
import type { Article, Issue } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';
import { archivedRenderings } from '../bulletin/archive.ts';

export class StoredCheckInputs {
  private readonly articles = new Map<number, Article | undefined>();
  private readonly issues = new Map<number, Issue | undefined>();
  private readonly archives = new Map<number | undefined, ArchivedRendering[]>();
  private acceptedKeys: Set<string> | undefined;
  /** Writes under way: until they finish, every read goes to the database. */
  private writing = 0;
  /** The store revision the cached values were read at. */
  private readAt = -1;

  constructor(private readonly store: GlossaryStore) {}

  /** Forget everything read so far (after any write). */
  invalidate(): void {
    this.articles.clear();
    this.issues.clear();
    this.archives.clear();
    this.acceptedKeys = undefined;
  }

  /** Runs a call that may write: nothing is cached while it runs, and the cache is empty after it. */
  async whileWriting<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    this.invalidate();
    try {
      return await work();
    } finally {
      this.writing--;
      this.invalidate();
    }
  }

  /**
   * Runs an article's autosave: as whileWriting, but afterwards only what the save changed is
   * dropped (the article, its issue, the archives that include its issue), not the other articles'
   * issues nor the accepted findings. With a team typing, autosaves arrive every second; dropping
   * everything on each left every keystroke's check reading its whole issue again.
   */
  async whileSavingArticle<T extends { id: number; issueId: number }>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    let saved: T | undefined;
    try {
      saved = await work();
      return saved;
    } finally {
      this.writing--;
      if (saved === undefined) this.invalidate();
      else {
        this.articles.delete(saved.id);
        this.issues.delete(saved.issueId);
        for (const key of [...this.archives.keys()]) if (key !== saved.issueId) this.archives.delete(key);
      }
    }
  }

  /**
   * Runs a write made on another connection (an import applied in the glossary worker): this
   * connection sees none of it until it commits, and the store's revision moves then, so reads may
   * stay cached meanwhile; afterwards everything is dropped. Holding `writing` for the whole import
   * made every keystroke's check read its issue and the archive from the database for its duration.
   */
  async afterOtherWrite<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      this.invalidate();
    }
  }

  article(id: number): Article | undefined {
    return this.remember(this.articles, id, () => this.store.getArticle(id));
  }

  issue(id: number): Issue | undefined {
    return this.remember(this.issues, id, () => this.store.getIssue(id));
  }

  /** Renderings of every stored issue except `exceptIssueId`. */
  archive(exceptIssueId?: number): ArchivedRendering[] {
    return this.remember(this.archives, exceptIssueId, () => archivedRenderings(this.store, exceptIssueId));
  }

  /** Drops what was read when the store's revision moved since. */
  private followRevision(): void {
    const revision = this.store.revision;
    if (revision !== this.readAt) {
      this.invalidate();
      this.readAt = revision;
    }
  }

  accepted(): ReadonlySet<string> {
    if (this.writing > 0) return this.store.acceptedKeys();
    this.followRevision();
    this.acceptedKeys ??= this.store.acceptedKeys();
    return this.acceptedKeys;
  }

  private remember<K, V>(map: Map<K, V>, key: K, read: () => V): V {
    if (this.writing > 0) return read();
    this.followRevision();
    if (map.has(key)) return map.get(key)!;
    const value = read();
    map.set(key, value);
    return value;
  }
}

/**
 * Methods that only read. Every other method (those that exist today and any added later) is
 * taken to write, so forgetting to list a reader costs a cache miss, never a stale check.
 */
const READ_ONLY: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'glossaryStats',
  'searchGlossary',
  'listConcepts',
  'getConcept',
  'conceptHistory',
  'progress',
  'exportGlossary',
  'suggest',
  'listIssues',
  'getIssue',
  'getArticle',
  'recognize',
  'checkArticle',
  'checkArticleLive',
  'checkKit',
  'checkIndex',
  'checkIssue',
  'checkText',
  'listAccepted',
  'listVersions',
  'getVersion',
  'compareVersions',
  'listComments',
  'reviewReport',
  'exportReviewReport',
  'exportIssue',
  'issueDocument',
  'concordance',
  'findNames',
  'browseConcepts',
  'sourceIssues',
  'listUsers',
  'claimArticle',
  // Parses in the worker and plans against this connection: nothing is written until applyImport.
  'previewImport',
]);

/** Whether a service method only reads (every method not listed may write). */
function isReadOnly(name: string): boolean {
  return READ_ONLY.has(name as ApiMethod);
}

/** The same methods, each that may write wrapped by `wrap`; readers and non-functions as they are. */
export function wrapWrites<T extends object>(
  methods: T,
  wrap: (method: (...args: unknown[]) => Promise<unknown>, name: string) => (...args: unknown[]) => Promise<unknown>,
): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(methods)) {
    wrapped[name] = typeof value !== 'function' || isReadOnly(name) ? value : wrap(value as (...args: unknown[]) => Promise<unknown>, name);
  }
  return wrapped as T;
}

/** The same methods, with every method that may write wrapped so that it drops the cached inputs. */
export function dropOnWrites<T extends object>(methods: T, inputs: StoredCheckInputs): T {
  return wrapWrites(methods, (method, name) => {
    if (name === 'saveArticle') return (...args) => inputs.whileSavingArticle(() => method(...args) as Promise<{ id: number; issueId: number }>);
    if (name === 'applyImport') return (...args) => inputs.afterOtherWrite(() => method(...args));
    return (...args) => inputs.whileWriting(() => method(...args));
  });
}

/**
 * The same methods, with the writes run one after another. Most writes are synchronous and cannot
 * overlap anyway; an import applied in a worker thread takes seconds, and a write started here
 * meanwhile would wait for SQLite's write lock with this thread blocked (busy_timeout), answering
 * nothing. In line, it waits without blocking, and readers keep being answered.
 */
export function oneWriteAtATime<T extends object>(methods: T): T {
  let last: Promise<unknown> = Promise.resolve();
  return wrapWrites(methods, (method) => (...args) => {
    const run = last.then(() => method(...args));
    last = run.catch(() => undefined);
    return run;
  });
}
