// One validator per API method: every argument from the renderer (HTTP or IPC) is `unknown` until it
// passes here. Both hosts call validateArgument before the service sees anything.
import { GLOSSARY_EXPORT_FORMATS, ROLES, type ApiMethod } from '../glossary/api.ts';
import { APPROVAL_STATES, ARTICLE_STATES, CATEGORIES, SECTIONS, TERM_STATUSES } from '../glossary/model.ts';
import { BROWSE_COLUMNS } from '../glossary/service/concept-browse.ts';
import {
  arrayOf,
  boolean,
  integer,
  isoDate,
  none,
  nullable,
  object,
  oneOf,
  optional,
  positiveNumber,
  string,
  type Check,
} from './validate-shapes.ts';

const id = integer({ min: 1 });
/** A page of the glossary: the table asks for 100 rows; thousands would only stall the service. */
const pageLimit = integer({ min: 1, max: 1_000 });
/** Recognition and checks run on the service's thread: a text past this is not an article. */
const RECOGNIZE_MAX = 200_000;
const text = string({ maxLength: 1_000_000 });
const shortText = string({ maxLength: 2_000 });
const category = oneOf(CATEGORIES);
const section = oneOf(SECTIONS);
const userName = string({ maxLength: 64, nonEmpty: true });
/** A password's length is checked by the accounts (glossary/team/passwords.ts); this only bounds it. */
const password = string({ maxLength: 1_024, nonEmpty: true });

const termInput = object({
  lang: string({ maxLength: 35, nonEmpty: true }),
  text: string({ maxLength: 2_000, nonEmpty: true }),
  status: optional(oneOf(TERM_STATUSES)),
  partOfSpeech: optional(shortText),
  note: optional(text),
  established: optional(boolean),
});

const conceptInput = object({
  category: optional(category),
  definition: optional(text),
  note: optional(text),
  pinyin: optional(shortText),
  subjectField: optional(shortText),
  sourceIssue: optional(shortText),
  sourceUrl: optional(shortText),
  approval: optional(oneOf(APPROVAL_STATES)),
  externalId: optional(shortText),
  terms: arrayOf(termInput, { maxItems: 1_000 }),
});

/** A comment anchors to the title, the lead, the body or one source (`source:<id>`). */
const commentField: Check = (value, path, method) => {
  string({ maxLength: 40, nonEmpty: true })(value, path, method);
  if (!/^(title|lead|body|source:\d+)$/.test(value as string)) oneOf(['title', 'lead', 'body', 'source:<id>'])(value, path, method);
};

const articleSource = object({
  id: optional(id),
  title: shortText,
  url: shortText,
  text,
});

const VALIDATORS: Record<ApiMethod, Check> = {
  glossaryStats: none,
  searchGlossary: object({ query: shortText, offset: optional(integer({ min: 0 })), limit: optional(pageLimit) }),
  listConcepts: object({ offset: integer({ min: 0 }), limit: pageLimit }),
  getConcept: object({ id }),
  saveConcept: object({ id: optional(id), input: conceptInput }),
  setTermStatus: object({ termId: id, status: oneOf(TERM_STATUSES) }),
  approveConcept: object({ id }),
  deleteConcept: object({ id }),
  conceptHistory: object({ id }),
  previewImport: object({
    fileName: string({ maxLength: 500, nonEmpty: true }),
    contentBase64: string(),
    columns: optional(arrayOf(string({ maxLength: 200 }), { maxItems: 500 })),
    langMap: optional(arrayOf(string({ maxLength: 100 }), { maxItems: 100 })),
    sheet: optional(string({ maxLength: 200 })),
  }),
  applyImport: object({
    planId: string({ maxLength: 200, nonEmpty: true }),
    choices: optional(arrayOf(object({ id: integer({ min: 0 }), choice: oneOf(['merge', 'keep', 'skip']) }))),
    duplicates: optional(oneOf(['merge', 'keep', 'skip'])),
  }),
  progress: none,
  exportGlossary: object({ format: oneOf(GLOSSARY_EXPORT_FORMATS) }),
  suggest: object({
    zh: string({ maxLength: 200, nonEmpty: true }),
    category: optional(category),
    historical: optional(boolean),
    before: optional(string({ maxLength: 200 })),
    after: optional(string({ maxLength: 200 })),
  }),
  listIssues: none,
  createIssue: object({ number: string({ maxLength: 100, nonEmpty: true }), date: isoDate, rate: nullable(positiveNumber) }),
  getIssue: object({ id }),
  updateIssue: object({
    id,
    number: optional(string({ maxLength: 100, nonEmpty: true })),
    date: optional(isoDate),
    rate: optional(nullable(positiveNumber)),
    name: optional(string({ maxLength: 500 })),
    title: optional(string({ maxLength: 500, nonEmpty: true })),
    subtitle: optional(string({ maxLength: 500 })),
    publisher: optional(string({ maxLength: 500, nonEmpty: true })),
    style: optional(nullable(oneOf(['house-2024', 'kostec-2025']))),
    colophon: optional(nullable(object({
      organization: nullable(string({ maxLength: 500 })),
      fields: arrayOf(object({ label: string({ maxLength: 500, nonEmpty: true }), value: string({ maxLength: 500 }) }), { maxItems: 50 }),
      url: nullable(string({ maxLength: 500 })),
    }))),
  }),
  addArticle: object({ issueId: id, section, category: optional(shortText), title: optional(shortText) }),
  moveArticle: object({ articleId: id, section, position: integer({ min: 0 }) }),
  deleteArticle: object({ articleId: id }),
  getArticle: object({ id }),
  saveArticle: object({
    id,
    category: optional(shortText),
    title: shortText,
    lead: text,
    body: text,
    summary: optional(text),
    sources: arrayOf(articleSource, { maxItems: 100 }),
    baseUpdatedAt: optional(shortText),
  }),
  setArticleState: object({ id, state: oneOf(ARTICLE_STATES), confirm: optional(boolean) }),
  recognize: object({ text: string({ maxLength: RECOGNIZE_MAX }) }),
  checkArticle: object({
    articleId: id,
    draft: optional(text),
    title: optional(shortText),
    lead: optional(text),
    sources: optional(arrayOf(text, { maxItems: 100 })),
  }),
  checkArticleLive: object({
    articleId: id,
    draft: optional(text),
    title: optional(shortText),
    lead: optional(text),
    sources: optional(arrayOf(text, { maxItems: 100 })),
    base: optional(string({ maxLength: 100, nonEmpty: true })),
  }),
  checkKit: object({ articleId: id, glossaryRevision: optional(string({ maxLength: 100, nonEmpty: true })), packed: optional(boolean) }),
  checkIndex: object({ glossaryRevision: string({ maxLength: 100, nonEmpty: true }) }),
  checkIssue: object({ issueId: id }),
  checkText: object({ draft: text, sources: arrayOf(text, { maxItems: 100 }), rate: optional(positiveNumber) }),
  acceptFinding: object({ key: string({ maxLength: 10_000, nonEmpty: true }), rule: shortText, text }),
  listAccepted: none,
  restoreAccepted: object({ key: string({ maxLength: 10_000, nonEmpty: true }) }),
  saveVersion: object({ issueId: id, articleId: optional(id), label: optional(shortText) }),
  listVersions: object({ issueId: id, articleId: optional(id) }),
  getVersion: object({ id }),
  compareVersions: object({ beforeId: id, afterId: optional(id), articleId: optional(id) }),
  addComment: object({
    articleId: id,
    field: commentField,
    start: integer({ min: 0 }),
    end: integer({ min: 0 }),
    body: string({ maxLength: 20_000, nonEmpty: true }),
  }),
  listComments: object({ articleId: id, includeResolved: optional(boolean) }),
  resolveComment: object({ id }),
  reopenComment: object({ id }),
  reviewReport: object({ issueId: id }),
  exportReviewReport: object({ issueId: id, format: oneOf(['html', 'csv']), lang: optional(oneOf(['ko', 'en'])) }),
  importIssue: object({
    fileName: string({ maxLength: 500, nonEmpty: true }),
    contentBase64: string(),
    dryRun: optional(boolean),
    addProposed: optional(boolean),
  }),
  exportIssue: object({ issueId: id, format: oneOf(['docx', 'pdf', 'html', 'md']) }),
  issueDocument: object({ issueId: id }),
  concordance: object({ query: string({ maxLength: 200, nonEmpty: true }), limit: optional(integer({ min: 1 })) }),
  findNames: object({ text, all: optional(boolean) }),
  browseConcepts: object({
    offset: integer({ min: 0 }),
    limit: integer({ min: 1 }),
    query: optional(shortText),
    sort: optional(object({ column: oneOf(BROWSE_COLUMNS), descending: optional(boolean) })),
    filter: optional(
      object({
        category: optional(category),
        status: optional(oneOf(TERM_STATUSES)),
        approval: optional(oneOf(APPROVAL_STATES)),
        sourceIssue: optional(shortText),
        changedSince: optional(shortText),
      }),
    ),
  }),
  sourceIssues: none,
  listUsers: none,
  addUser: object({ name: userName, role: oneOf(ROLES), password }),
  setUserRole: object({ name: userName, role: oneOf(ROLES) }),
  setUserDisabled: object({ name: userName, disabled: boolean }),
  resetPassword: object({ name: userName, password }),
  claimArticle: object({ articleId: id }),
  deleteIssue: object({ id }),
  restoreIssue: object({ id }),
  issueTrash: none,
};

/** Checks the argument of `method`; returns it unchanged when valid, throws InputError otherwise. */
export function validateArgument(method: ApiMethod, arg: unknown): unknown {
  const validator = VALIDATORS[method];
  if (!validator) throw new Error(`unknown method ${String(method)}`);
  validator(arg, '', method);
  return arg;
}
