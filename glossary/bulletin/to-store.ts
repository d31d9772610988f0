// A past issue (BulletinIssue, as parse-text.ts reads it) into the store: one Issue with its
// articles in bulletin order, each body written back as house-style text lines that the
// bulletin's own readers parse again (see from-store.ts), so the store is the archive and the
// source of exports at once.
//
// What the store's tables have no column for (the printed 요약 when it is not the articles'
// leads, the colophon, the printed issue number, lines the importer could not place) is kept in
// store meta keys under `issue:<id>:`. Everything runs in ONE transaction: a failure leaves
// neither the issue, nor its articles, nor its meta keys behind.
import type { Issue } from '../model.ts';
import type { GlossaryStore } from '../store/store.ts';
import { agreedRate } from './issue-stated.ts';
import { deriveRate } from '../checks/currency-conversions.ts';
import { fold } from '../text/fold.ts';
import { leadDateLabel, sourceDateLabel } from './inline.ts';
import { allArticles, type BulletinIssue, type Colophon, type IssueStyle, type Lead, type ShortItem, type TextLine } from './model.ts';
import { articleBodyText, blockLines } from './text-form.ts';
import { extractPairs, mergePairs, type KoreanLookup, type PairMerge } from './pairs.ts';

// ---- the text form of a stored body (text-form.ts) ----

export { articleBodyText, blockLines, referenceLines } from './text-form.ts';

/** The body of a short item: blocks, then `출처: name (06.07)` with its URL on the next line. */
export function shortItemBodyText(item: ShortItem): string {
  const lines = item.blocks.flatMap(blockLines);
  if (item.source) {
    const date = item.source.date ? ` (${sourceDateLabel(item.source.date)})` : '';
    lines.push(`출처: ${item.source.name}${date}`.trimEnd());
    if (item.source.url) lines.push(item.source.url);
  }
  return lines.join('\n');
}

/** The stored lead: the `■` line without its ■, date as `(6.4)`. */
export function leadLine(lead: Lead | null): string {
  if (!lead) return '';
  return `${lead.text}${lead.date ? ` (${leadDateLabel(lead.date)})` : ''}`;
}

// ---- what the tables cannot hold ----

/** Store meta keys of one issue. */
export const issueMetaKey = {
  /** JSON TextLine[]: the printed 요약, kept only when it is not the articles' leads. */
  summary: (issueId: number) => `issue:${issueId}:summary`,
  /** JSON ImportedExtras. */
  imported: (issueId: number) => `issue:${issueId}:imported`,
};

/** The parts of an imported issue the issue and article rows have no column for. */
export interface ImportedExtras {
  title: string;
  publisher: string;
  /** The number as printed; null when the issue printed none (the store then uses the date). */
  number: string | null;
  /** The date at import: when the issue's date is edited later, the colophon's 발행일 follows. */
  date: string;
  colophon: Colophon;
  unplaced: TextLine[];
  /** The layout style chosen for the issue (absent: the 2024 house style). */
  style?: IssueStyle;
}

/** 요약 as an export derives it when the issue keeps no printed one: each main article's lead or title. */
export function derivedSummary(articles: { title: string; lead: string }[]): string[] {
  return articles.map((a) => {
    const lead = a.lead.replace(/\s*\(\d{1,2}\.\d{1,2}\)\s*$/, '').trim();
    return lead !== '' ? lead : a.title.trim();
  });
}

// ---- import ----

export interface IssueImportOptions {
  /**
   * CNY→KRW rate of the issue: a number, 'derive' (median of the issue's own conversions), null
   * (none), or absent: the rate the issue's conversions agree on, when they do (issue-stated.ts).
   */
  rate?: number | 'derive' | null;
  /** Also add each proposed pair to the glossary as a `proposed` concept (same transaction). */
  addProposed?: boolean;
  /** Compute everything, write nothing. */
  dryRun?: boolean;
  /** Recorded in the glossary history for added concepts. */
  who?: string;
}

export interface IssueImportCounts {
  sections: number;
  articles: number;
  shortItems: number;
  tables: number;
  images: number;
  references: number;
  summary: number;
  pairs: number;
}

export interface IssueImportResult {
  /** The stored issue; null on a dry run. */
  issue: Issue | null;
  counts: IssueImportCounts;
  merge: PairMerge;
  unplaced: TextLine[];
  /** Concepts added with addProposed. */
  proposedAdded: number;
}

export function countIssue(bulletin: BulletinIssue): IssueImportCounts {
  const articles = allArticles(bulletin);
  const blocks = [...articles.flatMap((a) => a.blocks), ...bulletin.shortItems.flatMap((i) => i.blocks)];
  return {
    sections: bulletin.sections.length,
    articles: articles.length,
    shortItems: bulletin.shortItems.length,
    tables: blocks.filter((b) => b.kind === 'table').length,
    images: blocks.filter((b) => b.kind === 'image').length,
    references: articles.reduce((n, a) => n + a.references.length, 0),
    summary: bulletin.summary.length,
    pairs: 0,
  };
}

/** The glossary's Korean renderings by folded Chinese, read once from the store. */
export function glossaryLookup(store: GlossaryStore): KoreanLookup {
  const byZh = new Map<string, string[]>();
  for (const concept of store.indexConcepts()) {
    for (const zh of concept.zh) {
      const key = fold(zh);
      const list = byZh.get(key) ?? [];
      for (const ko of concept.ko) if (!list.includes(ko.text)) list.push(ko.text);
      byZh.set(key, list);
    }
  }
  return (folded) => byZh.get(folded) ?? [];
}

/** All the writes of an import in one store transaction: a failure leaves nothing behind. */
export function inStoreTransaction<T>(store: GlossaryStore, work: () => T): T {
  return store.transaction(work);
}

interface PlannedArticle {
  section: 'policy' | 'technology' | 'brief';
  category: string;
  title: string;
  lead: string;
  body: string;
  summary: string;
}

function plannedArticles(bulletin: BulletinIssue): PlannedArticle[] {
  const main = bulletin.sections.flatMap((section) =>
    section.articles.map((article) => ({
      section: section.id,
      category: article.category,
      title: article.title,
      lead: leadLine(article.lead),
      body: articleBodyText(article.blocks, article.references),
      summary: '',
    })),
  );
  const briefs = bulletin.shortItems.map((item) => ({
    section: 'brief' as const,
    category: '',
    title: item.title,
    lead: leadLine(item.lead),
    body: shortItemBodyText(item),
    summary: '',
  }));
  // The printed 요약 has one bullet per 정책동향 article (the house form): each becomes that
  // article's own 요약 sentence, editable in the app.
  const policy = main.filter((a) => a.section === 'policy');
  if (!sameSummary(bulletin.summary, derivedSummary(main)) && bulletin.summary.length > 0 && bulletin.summary.length === policy.length) {
    policy.forEach((article, i) => (article.summary = bulletin.summary[i]!.text));
  }
  return [...main, ...briefs];
}

function sameSummary(printed: TextLine[], derived: string[]): boolean {
  return printed.length === derived.length && printed.every((line, i) => line.text === derived[i]);
}

function issueRate(option: IssueImportOptions['rate'], articles: PlannedArticle[]): number | null {
  const text = articles.map((a) => `${a.lead}\n${a.body}`).join('\n\n');
  if (option === 'derive') return deriveRate(text) ?? null;
  if (option === undefined) return agreedRate(text);
  return option;
}

/** A store issue for this bulletin already? Same date and same number. */
function existingIssue(store: GlossaryStore, number: string, date: string): number | undefined {
  return store.listIssues().find((issue) => issue.date === date && issue.number === number)?.id;
}

export function importIssueIntoStore(store: GlossaryStore, bulletin: BulletinIssue, options: IssueImportOptions = {}): IssueImportResult {
  const pairs = extractPairs(bulletin);
  const merge = mergePairs(pairs, glossaryLookup(store));
  const counts = { ...countIssue(bulletin), pairs: pairs.length };
  const articles = plannedArticles(bulletin);
  const number = bulletin.number ?? bulletin.date;
  const base = { counts, merge, unplaced: bulletin.unplaced };
  const duplicate = existingIssue(store, number, bulletin.date);
  if (duplicate !== undefined) {
    throw new Error(`issue ${number} of ${bulletin.date} is already in the store (issue #${duplicate}); nothing was imported`);
  }
  if (options.dryRun) return { ...base, issue: null, proposedAdded: 0 };

  const rate = issueRate(options.rate, articles);
  const mainArticles = articles.filter((a) => a.section !== 'brief');
  return inStoreTransaction(store, () => {
    const created = store.createIssue({ number, date: bulletin.date, rate });
    // The printed title page and style are the issue's own columns (editable in the app).
    const issue = store.updateIssue(created.id, {
      ...(bulletin.title.trim() ? { title: bulletin.title } : {}),
      ...(bulletin.publisher.trim() ? { publisher: bulletin.publisher } : {}),
      ...(bulletin.subtitle?.trim() ? { subtitle: bulletin.subtitle } : {}),
      style: bulletin.style ?? null,
    });
    const extras: ImportedExtras = {
      title: bulletin.title,
      publisher: bulletin.publisher,
      number: bulletin.number,
      date: bulletin.date,
      colophon: bulletin.colophon,
      unplaced: bulletin.unplaced,
      ...(bulletin.style ? { style: bulletin.style } : {}),
    };
    store.setMeta(issueMetaKey.imported(issue.id), JSON.stringify(extras));
    const summaryPlaced = articles.some((a) => a.summary !== '');
    if (!summaryPlaced && !sameSummary(bulletin.summary, derivedSummary(mainArticles))) {
      store.setMeta(issueMetaKey.summary(issue.id), JSON.stringify(bulletin.summary));
    }
    for (const planned of articles) {
      const article = store.addArticle({ issueId: issue.id, section: planned.section, category: planned.category, title: planned.title });
      store.saveArticle({ id: article.id, title: planned.title, lead: planned.lead, body: planned.body, summary: planned.summary, sources: [] });
      // A past issue was published: its articles are approved (draft → review → approved).
      store.setArticleState(article.id, 'review');
      store.setArticleState(article.id, 'approved');
    }
    let proposedAdded = 0;
    if (options.addProposed) {
      for (const pair of merge.proposed) {
        store.createConcept(pair.entry, options.who);
        proposedAdded++;
      }
    }
    return { ...base, issue: store.getIssue(issue.id)!, proposedAdded };
  });
}
