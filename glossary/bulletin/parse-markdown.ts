// Reads the Markdown form written by export-markdown.ts back into a BulletinIssue.
import { InputError } from '../errors.ts';
import type { Block, BulletinArticle, BulletinIssue, BulletinSection, Colophon, IssueStyle, Lead, ShortItem, TextLine } from './model.ts';
import { BULLETIN_PUBLISHER, BULLETIN_TITLE, SECTION_TITLES } from './model.ts';
import { monthDayToIso, parseIssueDate, splitTrailingDate } from './inline.ts';
import { BULLET_MARKS, COLOPHON_HEADING, MARKDOWN_IMAGE_LINE, SUMMARY_HEADING } from './export-markdown.ts';
import { splitTableRow, unescapeMarkdown as un } from './markdown-escape.ts';
import { datedReference, isReferencesHeading, sectionOf, toSourceLines, type SourceLine } from './text-lines.ts';

type Part = 'front' | 'summary' | 'section' | 'brief' | 'colophon' | 'other';

interface Meta {
  title: string;
  date: string | null;
  publisher: string;
  number: string | null;
  subtitle: string | null;
  style: IssueStyle | null;
}

const STYLES: readonly IssueStyle[] = ['house-2024', 'kostec-2025'];

function readFrontMatter(fileName: string, lines: SourceLine[]): { meta: Meta; next: number } {
  const meta: Meta = { title: BULLETIN_TITLE, date: null, publisher: BULLETIN_PUBLISHER, number: null, subtitle: null, style: null };
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (lines[first]?.text.trim() !== '---') return { meta, next: Math.max(first, 0) };
  let i = first + 1;
  for (; i < lines.length && lines[i]!.text.trim() !== '---'; i++) {
    const { text, line } = lines[i]!;
    const match = /^(\w+):\s*(.*)$/.exec(text.trim());
    if (!match) throw new InputError(fileName, `front matter line is not "key: value"`, { line });
    let value: unknown = match[2]!;
    if (match[2]!.startsWith('"')) {
      try {
        value = JSON.parse(match[2]!);
      } catch {
        throw new InputError(fileName, `front matter value of "${match[1]}" is not a valid quoted string`, { line });
      }
    }
    const key = match[1]!;
    const text2 = String(value);
    if (key === 'title') meta.title = text2;
    else if (key === 'publisher') meta.publisher = text2;
    else if (key === 'number') meta.number = text2;
    else if (key === 'subtitle') meta.subtitle = text2;
    else if (key === 'style') {
      if (!STYLES.includes(text2 as IssueStyle)) throw new InputError(fileName, `front matter style "${text2}" is not one of ${STYLES.join(', ')}`, { line });
      meta.style = text2 as IssueStyle;
    }
    else if (key === 'date') {
      meta.date = parseIssueDate(text2);
      if (!meta.date) throw new InputError(fileName, `front matter date "${text2}" is not a date`, { line });
    }
  }
  if (i >= lines.length) throw new InputError(fileName, 'the front matter is not closed by "---": the file looks truncated', { line: lines.length });
  return { meta, next: i + 1 };
}

/** Split a trailing `<url>` off a line. */
function trailingUrl(text: string): { before: string; url: string | null } {
  const match = /\s*<(https?:\/\/[^>\s]+)>\s*$/.exec(text);
  return match ? { before: text.slice(0, match.index), url: match[1]! } : { before: text, url: null };
}

interface Body {
  lead: Lead | null;
  blocks: Block[];
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Reads the body lines of one article or short item at a time. */
class BodyReader {
  private body: Body = { lead: null, blocks: [] };
  private table: TableBlock | null = null;
  private caption: { text: string; line: number } | null = null;

  constructor(private readonly issueDate: string, private readonly style: IssueStyle) {}

  /** A bullet's text without the mark its style writes at its depth (□, ○, ·). */
  private unmarked(content: string, depth: number): string {
    const mark = BULLET_MARKS[this.style][Math.min(depth, 3)]!;
    return mark !== '' && content.startsWith(mark) ? content.slice(mark.length) : content;
  }

  /** Finish the current body and read the next lines into `body`. */
  start(body: Body): void {
    this.finish();
    this.body = body;
  }

  /** A `〈caption〉` not followed by a table is an image placeholder. */
  finish(): void {
    if (this.caption) this.body.blocks.push({ kind: 'image', caption: this.caption.text, line: this.caption.line });
    this.caption = null;
    this.table = null;
  }

  read(text: string, line: number): void {
    const trimmed = text.trim();
    const { blocks } = this.body;
    if (this.caption) {
      if (trimmed.startsWith('|')) {
        this.table = { kind: 'table', title: this.caption.text, rows: [], line: this.caption.line, rowLines: [] };
        blocks.push(this.table);
        this.caption = null;
      } else {
        this.finish();
        if (trimmed === MARKDOWN_IMAGE_LINE) return;
      }
    }
    if (trimmed.startsWith('|') && this.table) {
      if (/^\|(\s*:?-{3,}:?\s*\|)+$/.test(trimmed)) return; // the separator row
      const cells = splitTableRow(trimmed).map(un);
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      if (cells.length > 0) {
        this.table.rows.push(cells);
        this.table.rowLines.push(line);
      }
      return;
    }
    this.table = null;
    if (trimmed.startsWith('〈') && trimmed.endsWith('〉')) {
      this.caption = { text: un(trimmed.slice(1, -1)), line };
      return;
    }
    if (trimmed.startsWith('■ ') && this.body.lead === null && blocks.length === 0) {
      const { text: lead, date } = splitTrailingDate(trimmed.slice(2), this.issueDate);
      this.body.lead = { text: un(lead), date, line };
      return;
    }
    if (trimmed.startsWith('#### ')) {
      blocks.push({ kind: 'subheading', text: un(trimmed.slice(5)), line });
      return;
    }
    const source = /^\\\*\s*출처:\s?(.*)$/.exec(trimmed);
    if (source) {
      blocks.push({ kind: 'source', text: un(source[1]!), line });
      return;
    }
    const item = /^( *)- (.*)$/.exec(text);
    if (!item) {
      blocks.push({ kind: 'paragraph', text: un(trimmed), line });
      return;
    }
    const depth = Math.floor(item[1]!.length / 2);
    const content = item[2]!;
    const footnote = /^((?:\\\*)+) (.*)$/.exec(content);
    if (footnote) blocks.push({ kind: 'footnote', depth, marker: '*'.repeat(footnote[1]!.length / 2), text: un(footnote[2]!), line });
    else if (content.startsWith('▶ ')) blocks.push({ kind: 'note', depth, text: un(content.slice(2)), line });
    else blocks.push({ kind: 'bullet', depth, text: un(this.unmarked(content, depth)), line });
  }
}

export function parseMarkdownIssue(fileName: string, text: string): BulletinIssue {
  const lines = toSourceLines(text);
  const { meta, next } = readFrontMatter(fileName, lines);
  if (!meta.date) throw new InputError(fileName, 'the front matter has no issue date ("date: 2024-06-21")', { line: 1 });
  const issueDate = meta.date;
  const summary: TextLine[] = [];
  const sections: BulletinSection[] = [];
  const shortItems: ShortItem[] = [];
  const unplaced: TextLine[] = [];
  const colophon: Colophon = { organization: null, fields: [], url: null };
  let part: Part = 'front';
  let article: BulletinArticle | null = null;
  let item: ShortItem | null = null;
  let inReferences = false;
  let sawColophon = false;
  const style = meta.style ?? 'house-2024';
  const reader = new BodyReader(issueDate, style);

  for (const { text: raw, line } of lines.slice(next)) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('# ')) continue; // the title, also in the front matter
    if (trimmed.startsWith('## ')) {
      const heading = trimmed.slice(3).trim();
      article = null;
      item = null;
      reader.finish();
      const id = sectionOf(heading);
      if (heading === SUMMARY_HEADING) part = 'summary';
      else if (heading === COLOPHON_HEADING) {
        part = 'colophon';
        sawColophon = true;
      } else if (id === 'brief') part = 'brief';
      else if (id !== null) {
        part = 'section';
        sections.push({ id, title: SECTION_TITLES[id], articles: [] });
      } else {
        part = 'other';
        unplaced.push({ text: trimmed, line });
      }
      continue;
    }
    if (trimmed.startsWith('### ') && part === 'section') {
      article = { category: '', title: un(trimmed.slice(4)), lead: null, blocks: [], references: [], line };
      sections[sections.length - 1]!.articles.push(article);
      reader.start(article);
      inReferences = false;
      continue;
    }
    if (trimmed.startsWith('### ') && part === 'brief') {
      const match = /^(\d+)\s+(.*)$/.exec(trimmed.slice(4));
      item = { number: Number(match?.[1] ?? shortItems.length + 1), title: un(match?.[2] ?? trimmed.slice(4)), lead: null, blocks: [], source: null, line };
      shortItems.push(item);
      reader.start(item);
      continue;
    }
    if (part === 'summary' && trimmed.startsWith('- ')) summary.push({ text: un(trimmed.slice(2)), line });
    else if (part === 'colophon') {
      const field = /^- ([^:]+):\s?(.*)$/.exec(trimmed);
      const url = /^<(https?:\/\/\S+)>$/.exec(trimmed);
      if (field) colophon.fields.push({ label: un(field[1]!), value: un(field[2]!) });
      else if (url) colophon.url = url[1]!;
      else colophon.organization = un(trimmed);
    } else if (article) {
      if (trimmed.startsWith('분야: ') && article.category === '' && article.blocks.length === 0 && !article.lead) {
        article.category = un(trimmed.slice(4));
      } else if (!inReferences && isReferencesHeading(un(trimmed))) {
        reader.finish();
        inReferences = true;
      } else if (inReferences) {
        const checked = /^- ☑\s?/.test(trimmed);
        const { before, url } = trailingUrl(trimmed.replace(/^- (☑\s?)?/, ''));
        // The 2025 form: `(25.12.19, 科技部) 标题`.
        const dated = checked ? null : datedReference(before);
        if (dated) article.references.push({ title: un(dated.rest), url, line, date: dated.date, publisher: un(dated.publisher) });
        else article.references.push({ title: un(before), url, line });
      } else reader.read(raw, line);
    } else if (item) {
      const source = /^출처:\s?(.*)$/.exec(trimmed);
      if (source) {
        const { before, url } = trailingUrl(source[1]!);
        const dated = /^(.*?)\s*\((\d{1,2}\.\d{1,2})\)$/.exec(before);
        item.source = { name: un(dated ? dated[1]! : before), date: dated ? monthDayToIso(dated[2]!, issueDate) : null, url };
      } else reader.read(raw, line);
    } else unplaced.push({ text: trimmed, line });
  }
  reader.finish();
  if (!sawColophon) {
    throw new InputError(fileName, `the file ends at line ${lines.length} without the "## ${COLOPHON_HEADING}" colophon: it looks truncated`, { line: lines.length });
  }
  if (sections.every((s) => s.articles.length === 0) && shortItems.length === 0) {
    throw new InputError(fileName, 'the issue has no articles: no "### " article or short item heading was found', { line: next + 1 });
  }
  return {
    title: meta.title,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    date: issueDate,
    publisher: meta.publisher,
    number: meta.number,
    summary,
    sections,
    shortItems,
    colophon,
    ...(meta.style ? { style: meta.style } : {}),
    unplaced,
  };
}
