// The glossary's domain model, shared by the store, the exchange formats, the checks and both hosts.
// Plain data only: everything here crosses IPC/HTTP as JSON.
import type { IssueStyle } from './bulletin/model.ts';

export const CATEGORIES = [
  'person',
  'organization',
  'company',
  'place',
  'policy',
  'program',
  'technology',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const TERM_STATUSES = ['preferred', 'admitted', 'deprecated', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const APPROVAL_STATES = ['proposed', 'approved'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** A term as written by a user or read from a file, before it has an id. */
export interface TermInput {
  /** BCP 47 language tag: 'zh', 'zh-Hant', 'ko', 'en', ... */
  lang: string;
  text: string;
  status?: TermStatus;
  partOfSpeech?: string;
  note?: string;
  /**
   * Established usage that overrides the transcription rules (香港 → 홍콩, 孔子 → 공자).
   * Meaningful on a Korean term: the checks do not ask it to follow the official transcription.
   */
  established?: boolean;
}

/** A concept as written by a user or read from a file (TBX conceptEntry, CSV row). */
export interface ConceptInput {
  category?: Category;
  definition?: string;
  note?: string;
  /** Hanyu pinyin of the Chinese term, with tone marks (yì huá tōng). */
  pinyin?: string;
  /** TBX subjectField, kept verbatim (e.g. "astronomy"). */
  subjectField?: string;
  /** Where the entry comes from: an issue ("2024-06-21") and/or a URL. */
  sourceIssue?: string;
  sourceUrl?: string;
  approval?: ApprovalState;
  /** Identifier in the file it came from (TBX conceptEntry@id); kept for round trips. */
  externalId?: string;
  terms: TermInput[];
}

export interface Term {
  id: number;
  conceptId: number;
  lang: string;
  text: string;
  /** The one folded key (see glossary/text/fold.ts); equal for 專精特新 and 专精特新. */
  folded: string;
  status: TermStatus;
  partOfSpeech: string | null;
  note: string | null;
  established: boolean;
}

export interface Concept {
  id: number;
  category: Category;
  definition: string | null;
  note: string | null;
  pinyin: string | null;
  subjectField: string | null;
  sourceIssue: string | null;
  sourceUrl: string | null;
  approval: ApprovalState;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
  terms: Term[];
}

/** One row of the change history: a whole concept before and after, as JSON. */
export interface HistoryEntry {
  id: number;
  conceptId: number;
  at: string;
  who: string;
  action: 'create' | 'update' | 'delete' | 'approve' | 'import';
  before: Concept | null;
  after: Concept | null;
}

export interface SearchHit {
  concept: Concept;
  /** The term that matched and how: exact > prefix > substring. */
  matchedTermId: number;
  rank: 'exact' | 'prefix' | 'substring';
}

/** What an import would do, computed without writing (the dry-run preview). */
export interface ImportPlan {
  file: string;
  adds: ConceptInput[];
  /** Incoming concepts that match an existing one (same folded zh and same ko, or same externalId). */
  updates: { existingId: number; incoming: ConceptInput }[];
  /** Same folded zh as an existing concept but a different ko rendering: a reviewer decides. */
  conflicts: { existingId: number; incoming: ConceptInput; existingKo: string[]; incomingKo: string[] }[];
  warnings: string[];
  /** Entries sharing a Chinese term with an earlier entry of the file or a stored concept, each with its choice. */
  duplicates?: ImportDuplicate[];
  /** Spreadsheets: what each column is read as (the mapping step), and the workbook's sheets. */
  table?: ImportTable;
  sheets?: string[];
  sheet?: string;
  /** Terms per language in the file; false when the file has no Chinese and no Korean term. */
  languages?: Record<string, number>;
  hasChineseOrKorean?: boolean;
  /** A file's preview lists only the first entries of each list; these count them all. */
  counts?: { adds: number; updates: number; conflicts: number; duplicates: number; warnings: number };
}

/** What to do with a duplicate: merge it into the other, keep both as separate concepts, or skip it. */
export type DuplicateChoice = 'merge' | 'keep' | 'skip';

export interface ImportDuplicate {
  /** Key for the choices sent with applyImport. */
  id: number;
  incoming: ConceptInput;
  /** Line (or sheet row) of the entry in the file. */
  line?: number;
  /** The earlier entry of the same file it shares a Chinese term with (its line), or… */
  withLine?: number;
  /** …the stored concept it shares a Chinese term with. */
  existingId?: number;
  /** When the other side is an entry the plan adds: its index in `adds` (what a merge merges into). */
  addIndex?: number;
  /** The other side's Korean, for the preview. */
  otherKo: string[];
  /** Same terms and fields as the other entry: skipping it loses nothing. */
  identical: boolean;
  /** The preselected choice; it never loses data. */
  choice: DuplicateChoice;
}

export interface ImportTable {
  headerless: boolean;
  headerLine?: number;
  columns: { index: number; header?: string; choice: string; byScript: boolean; sample: string[]; scripts?: Record<string, number> }[];
}

export interface ImportResult {
  file: string;
  added: number;
  updated: number;
  conflicts: number;
}

/** Progress of long work (imports, exports), reported to the UI. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

// ---- Bulletin issues as the editor works on them ----

/** Sections of an issue, in the bulletin's order. */
export const SECTIONS = ['policy', 'technology', 'brief'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const ARTICLE_STATES = ['draft', 'review', 'approved'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export interface ArticleSource {
  id: number;
  title: string;
  url: string;
  /** The Chinese source text as pasted. */
  text: string;
}

export interface Article {
  id: number;
  issueId: number;
  section: SectionId;
  /** Sub-heading inside the section: 기술전략, 기초연구, 지역, 기업, 통계, or a field (기계, 바이오 …). */
  category: string;
  position: number;
  title: string;
  /** The `■ ... (6.4)` line, without the ■. */
  lead: string;
  /** The Korean body in the house style (bullets `-`, nested ` -`, footnotes `*`, notes `▶` …). */
  body: string;
  /** The article's sentence in the issue's 요약; empty: the lead (or title) is printed there. */
  summary: string;
  state: ArticleState;
  sources: ArticleSource[];
  updatedAt: string;
}

export interface Issue {
  id: number;
  /** The issue number as printed (e.g. "2024-23"). */
  number: string;
  /** ISO date, e.g. "2024-06-21". */
  date: string;
  /** CNY→KRW exchange rate for the whole issue; null = not set yet. */
  rate: number | null;
  title: string;
  publisher: string;
  createdAt: string;
  updatedAt: string;
  /** Articles in bulletin order: by section, then position. */
  articles: Article[];
  /** The issue's working name in the app's lists ('' = none): what "rename" changes. */
  name?: string;
  /** The title page's subtitle, printed under the title ('' = none). */
  subtitle?: string;
  /** Layout style chosen for the issue; null: the imported issue's own, else the 2024 house style. */
  style?: IssueStyle | null;
  /** The colophon as edited in the app; null: the imported or default one. */
  colophon?: IssueColophon | null;
  /** When the issue went to the trash (restorable for TRASH_DAYS); null when it is not there. */
  deletedAt?: string | null;
}

/** A colophon as the editor sets it: the English organization line, labelled fields, a URL. */
export interface IssueColophon {
  organization: string | null;
  fields: { label: string; value: string }[];
  url: string | null;
}

/** What the editor may change on an issue (each field optional). */
export interface IssuePatch {
  number?: string;
  date?: string;
  rate?: number | null;
  name?: string;
  title?: string;
  subtitle?: string;
  publisher?: string;
  style?: IssueStyle | null;
  colophon?: IssueColophon | null;
}

export type IssueSummary = Omit<Issue, 'articles'> & { articleCount: number };
