// The one service contract. The core implements it (glossary/service.ts); Electron carries it over
// IPC (electron/preload.ts) and the web mode over HTTP (electron/serve.ts). The renderer only ever
// sees this interface. Every method takes at most one JSON argument and returns a promise of JSON,
// so both transports can carry any method the same way.
import type {
  ArticleSource,
  ArticleState,
  Article,
  Category,
  Concept,
  ConceptInput,
  HistoryEntry,
  DuplicateChoice,
  ImportPlan,
  ImportResult,
  Issue,
  IssuePatch,
  IssueSummary,
  SearchHit,
  SectionId,
  TermStatus,
  Progress,
} from './model.ts';
import type { ArchivedRendering, Finding, IndexedConcept, SourceHit } from './checks/types.ts';
import type { ReadingSuggestion } from './readings/index.ts';
import type { VersionInfo, VersionSnapshot } from './store/versions.ts';
import type { ArticleComment, CommentField } from './store/comments.ts';
import type { VersionComparison } from './bulletin/diff.ts';
import type { ReviewReport } from './bulletin/review-report.ts';
import type { BulletinIssue, TextLine } from './bulletin/model.ts';
import type { IssueImportCounts } from './bulletin/to-store.ts';
import type { PairMerge } from './bulletin/pair-merge.ts';
import type { ConcordanceResult } from './concordance/search.ts';
import type { NamesResult } from './names/recommend.ts';
import type { BrowseRequest } from './service/concept-browse.ts';
import type { UserInfo } from './team/accounts.ts';
import type { TrashedIssue } from './store/issue-admin.ts';

export type { VersionInfo, VersionSnapshot, ArticleComment, CommentField, VersionComparison, ReviewReport, BulletinIssue };
export type { TrashedIssue };
export type { ConcordanceResult, NamesResult, BrowseRequest };
export type { UserInfo };

export type IssueExportFormat = 'docx' | 'pdf' | 'html' | 'md';
export const GLOSSARY_EXPORT_FORMATS = ['tbx', 'csv', 'xlsx', 'multiterm', 'omegat'] as const;
export type GlossaryExportFormat = (typeof GLOSSARY_EXPORT_FORMATS)[number];

/** What importing a past issue did (or would do, on a dry run). */
export interface IssueImportSummary {
  issue: IssueSummary | null;
  counts: IssueImportCounts;
  merge: PairMerge;
  unplaced: TextLine[];
  proposedAdded: number;
}

/** A rendering suggestion for a Chinese name or term (glossary/readings). */
export type Suggestion = ReadingSuggestion;

export interface RecognizedTerm extends SourceHit {
  concept: IndexedConcept;
}

export interface CheckResult {
  findings: Finding[];
  /** The CNY→KRW rate the currency checks used. */
  rate: number | null;
  /** How the rate was chosen: set on the issue, derived from the draft's own conversions, or none. */
  rateSource: 'issue' | 'derived' | 'none';
}

/**
 * A finding of a live check: whole, or as `[i, start, end, line, column]`, meaning finding `i` of
 * the base result, unchanged but for where it now lies. While an editor types, nearly every finding
 * of the next result is one of the last, so this is what keeps a keystroke's answer small.
 */
export type LiveFinding = Finding | readonly [index: number, start: number, end: number, line: number, column: number];

export interface LiveCheckResult extends Omit<CheckResult, 'findings'> {
  findings: LiveFinding[];
  /** Names this result: pass it as `base` with the next live check of the same article. */
  token: string;
  /** The result the `[i, …]` entries refer to; absent when every finding is sent whole. */
  base?: string;
  /** The glossary state checked against (CheckKit.glossaryRevision). */
  glossaryRevision: string;
}

/**
 * What the editor's check worker needs to check one article on its own, keystroke by keystroke,
 * with the same findings the service would give (checks/article-check.ts).
 */
export interface CheckKit {
  /** Names the glossary state the concepts are of; changes with every glossary change. */
  glossaryRevision: string;
  /**
   * The glossary as IndexedConcept[] JSON in chunks (their concatenation, in order, is the list), or
   * null when the caller already holds this revision. Text, not objects: the page hands it to its
   * worker as is, and parses it itself a chunk per task, between frames.
   */
  conceptsJson: string[] | null;
  /**
   * Set when the caller asked for `packed` and the glossary comes instead as the service's built
   * index, packed (checkIndex; glossary/match/index-pack.ts): conceptsJson is then null.
   */
  indexPacked?: boolean;
  /** The rate set on the issue (null: derived from the issue's own conversions). */
  rate: number | null;
  /** Every article of the issue as one draft (title, lead, body), in order. */
  issueDrafts: string[];
  /** This article's place in issueDrafts. */
  self: number;
  archive: ArchivedRendering[];
  /** Suppression keys of accepted findings. */
  accepted: string[];
}

export interface AcceptedFinding {
  key: string;
  rule: string;
  text: string;
  acceptedAt: string;
  who: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export interface DonghyangApi {
  // ---- glossary ----
  glossaryStats(): Promise<{ concepts: number; terms: number }>;
  searchGlossary(req: { query: string; offset?: number; limit?: number }): Promise<{ hits: SearchHit[]; total: number }>;
  listConcepts(req: { offset: number; limit: number }): Promise<{ concepts: Concept[]; total: number }>;
  getConcept(req: { id: number }): Promise<Concept>;
  /** Creates a concept (no id) or replaces one (id); recorded in the history. */
  saveConcept(req: { id?: number; input: ConceptInput }): Promise<Concept>;
  setTermStatus(req: { termId: number; status: TermStatus }): Promise<Concept>;
  approveConcept(req: { id: number }): Promise<Concept>;
  deleteConcept(req: { id: number }): Promise<void>;
  conceptHistory(req: { id: number }): Promise<HistoryEntry[]>;
  /** Parses a file and computes the dry-run preview; nothing is written. */
  /** columns: a choice per column ("zh", "ko", "note", "ignore" …); langMap: "from=to" renames; sheet: XLSX sheet name or number. */
  previewImport(req: { fileName: string; contentBase64: string; columns?: string[]; langMap?: string[]; sheet?: string }): Promise<ImportPlan & { planId: string }>;
  /** Applies a previewed plan in one transaction. */
  applyImport(req: { planId: string; choices?: { id: number; choice: DuplicateChoice }[]; duplicates?: DuplicateChoice }): Promise<ImportResult>;
  /** Progress of the import or export currently running (null when idle). */
  progress(): Promise<Progress | null>;
  exportGlossary(req: { format: GlossaryExportFormat }): Promise<ExportedFile>;
  /**
   * `historical`: a person before 1911 or a place name no longer used (会稽 회계) takes the Sino-Korean reading.
   * `before`/`after`: the source text around the name, which may say what it is (部长…, …院士, 韩国…).
   */
  suggest(req: { zh: string; category?: Category; historical?: boolean; before?: string; after?: string }): Promise<Suggestion>;

  // ---- issues and articles ----
  listIssues(): Promise<IssueSummary[]>;
  createIssue(req: { number: string; date: string; rate: number | null }): Promise<Issue>;
  getIssue(req: { id: number }): Promise<Issue>;
  updateIssue(req: { id: number } & IssuePatch): Promise<Issue>;
  addArticle(req: { issueId: number; section: SectionId; category?: string; title?: string }): Promise<Article>;
  /** Moves an article to a section and position (0-based); the others shift. */
  moveArticle(req: { articleId: number; section: SectionId; position: number }): Promise<Issue>;
  deleteArticle(req: { articleId: number }): Promise<Issue>;
  getArticle(req: { id: number }): Promise<Article>;
  /** Autosave: the whole editable state of an article. Sources without id are created. */
  saveArticle(req: {
    id: number;
    category?: string;
    title: string;
    lead: string;
    body: string;
    /** The 요약 sentence; absent leaves it as it is. */
    summary?: string;
    sources: (Omit<ArticleSource, 'id'> & { id?: number })[];
    /** The updatedAt of the article this edit started from: a save based on an older one is refused (ConflictError). */
    baseUpdatedAt?: string;
  }): Promise<Article>;
  /**
   * Approving an article with open errors or unresolved comments needs `confirm: true`
   * (ConfirmationNeeded otherwise); the confirmation is recorded with the state change.
   */
  setArticleState(req: { id: number; state: ArticleState; confirm?: boolean }): Promise<Article>;

  // ---- recognition and checks ----
  recognize(req: { text: string }): Promise<RecognizedTerm[]>;
  /**
   * Checks an article; `draft` (the body), `title`, `lead` and `sources` override the saved text
   * (live checks while typing). Title, lead and body are checked together as one article; each
   * finding says which `field` its offsets refer to.
   */
  checkArticle(req: { articleId: number; draft?: string; title?: string; lead?: string; sources?: string[] }): Promise<CheckResult>;
  /**
   * checkArticle for the editor while it types: the same findings, sent as changes to the result
   * named by `base` (one of the last few this service returned) when it is still known.
   */
  checkArticleLive(req: {
    articleId: number;
    draft?: string;
    title?: string;
    lead?: string;
    sources?: string[];
    base?: string;
  }): Promise<LiveCheckResult>;
  /** The inputs of an article's checks, for the editor's check worker (see CheckKit). */
  checkKit(req: { articleId: number; glossaryRevision?: string; packed?: boolean }): Promise<CheckKit>;
  /** The glossary of a check kit with `indexPacked`, as bytes (glossary/match/index-pack.ts); 409 once the glossary moved on. */
  checkIndex(req: { glossaryRevision: string }): Promise<Uint8Array>;
  checkIssue(req: { issueId: number }): Promise<{ articles: { articleId: number; title: string; result: CheckResult }[] }>;
  /** Checks any draft against sources with the glossary (the CLI's `check`). */
  checkText(req: { draft: string; sources: string[]; rate?: number }): Promise<CheckResult>;
  acceptFinding(req: { key: string; rule: string; text: string }): Promise<void>;
  listAccepted(): Promise<AcceptedFinding[]>;
  restoreAccepted(req: { key: string }): Promise<void>;

  // ---- versions, comments, review ----
  /** Snapshots an article (articleId) or the whole issue. */
  saveVersion(req: { issueId: number; articleId?: number; label?: string }): Promise<VersionInfo>;
  listVersions(req: { issueId: number; articleId?: number }): Promise<VersionInfo[]>;
  getVersion(req: { id: number }): Promise<VersionSnapshot>;
  /** Compares two versions; without afterId, the version against the current text. */
  compareVersions(req: { beforeId: number; afterId?: number; articleId?: number }): Promise<VersionComparison>;
  addComment(req: { articleId: number; field: CommentField; start: number; end: number; body: string }): Promise<ArticleComment>;
  listComments(req: { articleId: number; includeResolved?: boolean }): Promise<ArticleComment[]>;
  resolveComment(req: { id: number }): Promise<ArticleComment>;
  reopenComment(req: { id: number }): Promise<ArticleComment>;
  /** Every finding of the issue grouped by rule, accepted ones apart. */
  reviewReport(req: { issueId: number }): Promise<ReviewReport>;
  exportReviewReport(req: { issueId: number; format: 'html' | 'csv'; lang?: 'ko' | 'en' }): Promise<ExportedFile>;

  // ---- past issues in and finished issues out ----
  /** Imports a past issue (text or Markdown form) in one transaction; dryRun computes without writing. */
  importIssue(req: { fileName: string; contentBase64: string; dryRun?: boolean; addProposed?: boolean }): Promise<IssueImportSummary>;
  exportIssue(req: { issueId: number; format: IssueExportFormat }): Promise<ExportedFile>;
  /** The issue in the house layout's document model (the print view renders it). */
  issueDocument(req: { issueId: number }): Promise<BulletinIssue>;

  // ---- the translator's workbench ----
  /** Every occurrence of a Chinese or Korean string in the stored issues (sources and drafts), newest first. */
  concordance(req: { query: string; limit?: number }): Promise<ConcordanceResult>;
  /** The proper names of a Chinese source the glossary lacks (all: also those it has). */
  findNames(req: { text: string; all?: boolean }): Promise<NamesResult>;
  /** The glossary manager's table: sorted by any column, filtered (category, status, approval, source issue, changed since). */
  browseConcepts(req: BrowseRequest): Promise<{ concepts: Concept[]; total: number }>;
  /** The source issues the concepts name, newest first (the filter's choices). */
  sourceIssues(): Promise<string[]>;

  // ---- team accounts (the admin's screen; the same as `donghyang user …`) ----
  /** Every account; never a password or its hash. */
  listUsers(): Promise<UserInfo[]>;
  addUser(req: { name: string; role: Role; password: string }): Promise<UserInfo>;
  /** The last enabled admin cannot be demoted. */
  setUserRole(req: { name: string; role: Role }): Promise<UserInfo>;
  /** Disabling ends the user's sessions; the last enabled admin and the caller cannot be disabled. */
  setUserDisabled(req: { name: string; disabled: boolean }): Promise<UserInfo>;
  /** A new password; the user's sessions end. */
  resetPassword(req: { name: string; password: string }): Promise<UserInfo>;
  /** Team mode's "take over": the caller edits this article from now on (other pages turn read-only); answers it as stored. */
  claimArticle(req: { articleId: number }): Promise<Article>;
  // ---- the issue trash (appended) ----
  /** Moves an issue to the trash: gone from the lists, restorable for 30 days, then purged. */
  deleteIssue(req: { id: number }): Promise<IssueSummary>;
  restoreIssue(req: { id: number }): Promise<Issue>;
  /** The trash, most recently deleted first (what has been there 30 days is purged first). */
  issueTrash(): Promise<TrashedIssue[]>;
}

export type ApiMethod = keyof DonghyangApi;

/** Every method name, for the transports to refuse anything else. */
export const API_METHODS = [
  'glossaryStats',
  'searchGlossary',
  'listConcepts',
  'getConcept',
  'saveConcept',
  'setTermStatus',
  'approveConcept',
  'deleteConcept',
  'conceptHistory',
  'previewImport',
  'applyImport',
  'progress',
  'exportGlossary',
  'suggest',
  'listIssues',
  'createIssue',
  'getIssue',
  'updateIssue',
  'addArticle',
  'moveArticle',
  'deleteArticle',
  'getArticle',
  'saveArticle',
  'setArticleState',
  'recognize',
  'checkArticle',
  'checkArticleLive',
  'checkKit',
  'checkIndex',
  'checkIssue',
  'checkText',
  'acceptFinding',
  'listAccepted',
  'restoreAccepted',
  'saveVersion',
  'listVersions',
  'getVersion',
  'compareVersions',
  'addComment',
  'listComments',
  'resolveComment',
  'reopenComment',
  'reviewReport',
  'exportReviewReport',
  'importIssue',
  'exportIssue',
  'issueDocument',
  'concordance',
  'findNames',
  'browseConcepts',
  'sourceIssues',
  'listUsers',
  'addUser',
  'setUserRole',
  'setUserDisabled',
  'resetPassword',
  'claimArticle',
  'deleteIssue',
  'restoreIssue',
  'issueTrash',
] as const satisfies readonly ApiMethod[];

/** Team mode's roles, least to most: each may do everything the one before it may. */
export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Team mode: the least role that may call each method, enforced by the team server on HTTP and the
 * WebSocket alike (electron/team). Editors draft (articles, sources, comments, versions, proposed
 * concepts); reviewers also approve concepts and articles; admins also import, delete and manage.
 */
export const METHOD_ROLES = {
  glossaryStats: 'editor',
  searchGlossary: 'editor',
  listConcepts: 'editor',
  getConcept: 'editor',
  saveConcept: 'editor', // an editor's concept enters as proposed (glossary/team/review-rules.ts)
  setTermStatus: 'reviewer',
  approveConcept: 'reviewer',
  deleteConcept: 'admin',
  conceptHistory: 'editor',
  previewImport: 'admin',
  applyImport: 'admin',
  progress: 'editor',
  exportGlossary: 'editor',
  suggest: 'editor',
  listIssues: 'editor',
  createIssue: 'editor',
  getIssue: 'editor',
  updateIssue: 'editor',
  addArticle: 'editor',
  moveArticle: 'editor',
  deleteArticle: 'admin',
  getArticle: 'editor',
  saveArticle: 'editor',
  setArticleState: 'editor', // to 'approved': reviewer (leastRole)
  recognize: 'editor',
  checkArticle: 'editor',
  checkArticleLive: 'editor',
  checkKit: 'editor',
  checkIndex: 'editor',
  checkIssue: 'editor',
  checkText: 'editor',
  acceptFinding: 'editor',
  listAccepted: 'editor',
  restoreAccepted: 'editor',
  saveVersion: 'editor',
  listVersions: 'editor',
  getVersion: 'editor',
  compareVersions: 'editor',
  addComment: 'editor',
  listComments: 'editor',
  resolveComment: 'editor',
  reopenComment: 'editor',
  reviewReport: 'editor',
  exportReviewReport: 'editor',
  importIssue: 'admin',
  exportIssue: 'editor',
  issueDocument: 'editor',
  browseConcepts: 'editor',
  sourceIssues: 'editor',
  concordance: 'editor',
  findNames: 'editor',
  listUsers: 'admin',
  addUser: 'admin',
  setUserRole: 'admin',
  setUserDisabled: 'admin',
  resetPassword: 'admin',
  claimArticle: 'editor',
  deleteIssue: 'admin',
  restoreIssue: 'admin',
  issueTrash: 'editor',
} as const satisfies Record<ApiMethod, Role>;

/** The least role for one call: the method's row, raised where the argument asks for more. */
export function leastRole(method: ApiMethod, arg: unknown): Role {
  if (method === 'setArticleState' && (arg as { state?: unknown } | undefined)?.state === 'approved') return 'reviewer';
  return METHOD_ROLES[method];
}

export function roleAllows(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(least);
}

/** An error the service reports to the user (bad input, missing record): carried as-is over both transports. */
export interface ApiErrorPayload {
  name: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

// Compile-time proof that API_METHODS lists every method of the contract.
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const everyMethodListed: MissingMethods extends never ? true : false = true;
void everyMethodListed;
