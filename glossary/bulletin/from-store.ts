// A stored Issue back into a BulletinIssue, so an issue exports the same from the store as from
// its file. Each article's body is read by the bulletin's own readers (readArticleBody,
// readShortItems), the parts without a column come from the issue's meta keys (to-store.ts), and
// an issue written in the app (no meta) gets the 요약 from its leads and a colophon from its fields.
//
// Positions: `line` is the line within the article's body (1-based; 0 for title and lead), not a
// line of any file.
import type { Article, Issue } from '../model.ts';
import type { GlossaryStore } from '../store/store.ts';
import { readArticleBody } from './article-reader.ts';
import { issueDateLabel } from './inline.ts';
import {
  SECTION_TITLES,
  type ArticleSectionId,
  type BulletinArticle,
  type BulletinIssue,
  type BulletinSection,
  type Colophon,
  type ShortItem,
  type TextLine,
} from './model.ts';
import { readShortItems } from './short-items.ts';
import type { SourceLine } from './text-lines.ts';
import { derivedSummary, issueMetaKey, type ImportedExtras } from './to-store.ts';
import { NotFoundError } from '../errors.ts';

function bodyLines(body: string): SourceLine[] {
  return body.split(/\r\n|\r|\n/).map((text, i) => ({ text: text.replace(/\u00a0/g, ' ').trimEnd(), line: i + 1 }));
}

/**
 * The lead goes in as a `■` line: a marked line is always taken as the lead, so a body whose first
 * line happens to end in a date is never mistaken for one; an empty lead reads as no lead.
 */
function leadSourceLine(lead: string): SourceLine {
  return { text: `■ ${lead.trim()}`, line: 0 };
}

export function articleFromStore(article: Article, issueDate: string): BulletinArticle {
  const read = readArticleBody([leadSourceLine(article.lead), ...bodyLines(article.body)], issueDate);
  const lead = read.lead && read.lead.text !== '' ? read.lead : null;
  return { category: article.category, title: article.title, lead, blocks: read.blocks, references: read.references, line: 0 };
}

/** A placeholder title for the item-start line: the reader needs one, the stored title may be empty. */
const ITEM_TITLE = 'item';

export function shortItemFromStore(article: Article, number: number, issueDate: string): ShortItem {
  const body = bodyLines(article.body);
  // A body line that looks like an item start (`12 개 기업 …`) would open a new item: such lines
  // are read as paragraphs (a prefix breaks the number), then given back their text.
  const guarded = new Set<number>();
  for (;;) {
    const lines = [
      { text: `01 ${ITEM_TITLE}`, line: 0 },
      leadSourceLine(article.lead),
      ...body.map((l) => (guarded.has(l.line) ? { text: `x${l.text}`, line: l.line } : l)),
    ];
    const [item, ...more] = readShortItems(lines, issueDate, []);
    if (more.length > 0 && item) {
      for (const extra of more) guarded.add(extra.line);
      continue;
    }
    const blocks = (item?.blocks ?? []).map((b) =>
      b.kind === 'paragraph' && guarded.has(b.line) ? { ...b, text: body[b.line - 1]!.text.trim() } : b,
    );
    const lead = item?.lead && item.lead.text !== '' ? item.lead : null;
    return { number, title: article.title, lead, blocks, source: item?.source ?? null, line: 0 };
  }
}

function readMeta<T>(store: GlossaryStore, key: string): T | null {
  const raw = store.meta(key);
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new Error(`store meta "${key}" is not valid JSON: the issue's stored layout is damaged`);
  }
}

function defaultColophon(issue: Issue): Colophon {
  return {
    organization: null,
    fields: [
      { label: '발행일', value: issueDateLabel(issue.date) },
      { label: '발행기관', value: issue.publisher },
    ],
    url: null,
  };
}

/** 발행일 as the issue's date prints. */
function followingDate(colophon: Colophon, date: string): Colophon {
  return { ...colophon, fields: colophon.fields.map((f) => (f.label.replace(/\s/g, '') === '발행일' ? { ...f, value: issueDateLabel(date) } : f)) };
}

/**
 * The colophon as edited in the app (its 발행일 always the issue's date), else the imported one,
 * with 발행일 following the issue's date when it was edited since, else the default.
 */
function colophonOf(issue: Issue, extras: ImportedExtras | null): Colophon {
  if (issue.colophon) return followingDate({ organization: issue.colophon.organization, fields: issue.colophon.fields, url: issue.colophon.url }, issue.date);
  if (!extras) return defaultColophon(issue);
  if (extras.date === issue.date) return extras.colophon;
  return followingDate(extras.colophon, issue.date);
}

/**
 * 요약: the main articles' own 요약 sentences, in article order. An issue in which no article has
 * one yet prints the summary kept from its import, or else each main article's lead (or title).
 */
export function issueSummary(main: Pick<Article, 'title' | 'lead' | 'summary'>[], printedSummary: TextLine[] | null): TextLine[] {
  const own = main.map((a) => (a.summary ?? '').trim());
  if (own.some((text) => text !== '')) return own.filter((text) => text !== '').map((text) => ({ text, line: 0 }));
  return printedSummary ?? derivedSummary(main).map((text) => ({ text, line: 0 }));
}

/** Pure: the issue, its imported extras and printed summary (null when none) → the bulletin model. */
export function bulletinFromIssue(issue: Issue, extras: ImportedExtras | null, printedSummary: TextLine[] | null): BulletinIssue {
  const sections: BulletinSection[] = [];
  const shortItems: ShortItem[] = [];
  for (const article of issue.articles) {
    if (article.section === 'brief') {
      shortItems.push(shortItemFromStore(article, shortItems.length + 1, issue.date));
      continue;
    }
    const id: ArticleSectionId = article.section;
    let section = sections.find((s) => s.id === id);
    if (!section) {
      section = { id, title: SECTION_TITLES[id], articles: [] };
      sections.push(section);
    }
    section.articles.push(articleFromStore(article, issue.date));
  }
  const summary = issueSummary(issue.articles.filter((a) => a.section !== 'brief'), printedSummary);
  // The number printed on the issue: none when the import had none and the store still uses the date.
  const number = extras && extras.number === null && issue.number === issue.date ? null : issue.number;
  // Title, publisher and style: the issue's columns (an import writes the printed ones there).
  const style = issue.style ?? extras?.style;
  return {
    title: issue.title,
    ...(issue.subtitle ? { subtitle: issue.subtitle } : {}),
    date: issue.date,
    publisher: issue.publisher,
    number,
    summary,
    sections,
    shortItems,
    colophon: colophonOf(issue, extras),
    unplaced: extras?.unplaced ?? [],
    ...(style ? { style } : {}),
  };
}

export function bulletinFromStore(store: GlossaryStore, issueId: number): BulletinIssue {
  const issue = store.getIssue(issueId);
  if (!issue) throw new NotFoundError(`issue ${issueId} does not exist`);
  return bulletinFromIssue(
    issue,
    readMeta<ImportedExtras>(store, issueMetaKey.imported(issueId)),
    readMeta<TextLine[]>(store, issueMetaKey.summary(issueId)),
  );
}
