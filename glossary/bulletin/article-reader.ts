// Reads the lines of one article of the text form (everything after its title) into a lead,
// blocks and references. Tolerates the PDF's artefacts: tables broken over pages with their
// header repeated, rows flattened into one line, blank runs, bullets wrapped onto a new line.
import type { Block, Lead, Reference } from './model.ts';
import { splitTrailingDate, splitTrailingUrl } from './inline.ts';
import {
  bodyLine,
  isLayoutArtefact,
  isReferencesHeading,
  isSubheading,
  datedReference,
  kostecBullet,
  leadText,
  stripReferenceMark,
  tableHeaderChoice,
  tableTitle,
  type SourceLine,
} from './text-lines.ts';

export interface ArticleBody {
  lead: Lead | null;
  blocks: Block[];
  references: Reference[];
  /** Written in the 2025 form: □ / ○ bullets (then a □ line is a bullet, not the lead). */
  kostec2025: boolean;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Trimmed cells without the empty cells a PDF leaves at the end of a row. */
export function tableRow(text: string): string[] {
  const cells = text.split('\t').map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** A table whose rows so far are one cell each. */
function oneColumn(table: TableBlock): boolean {
  return table.rows.length > 0 && table.rows.every((row) => row.length === 1);
}

function sameRow(a: string[] | undefined, b: string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((cell, i) => cell === b[i]);
}

/** The lead: `■ text (6.4)`; or the first line when it carries a date or is plain prose. */
export function readLead(first: SourceLine | undefined, issueDate: string): Lead | null {
  if (!first) return null;
  const marked = leadText(first.text);
  const bare = first.text.trim().replace(/^-\s+/, '');
  const dated = /\(\d{1,2}\.\d{1,2}\)\s*$/.test(bare);
  const plain = !/^[-*〈☑▽|]/.test(first.text.trim()) && tableTitle(first.text) === null && !isSubheading(first.text);
  if (marked === null && !dated && !plain) return null;
  const { text, date } = splitTrailingDate(marked ?? bare, issueDate);
  return { text, date, line: first.line };
}

/** Does this line start something other than a table row? (It then ends an open table.) */
function startsBlock(text: string): boolean {
  if (text.includes('\t')) return false;
  return (
    bodyLine(text) !== null ||
    isReferencesHeading(text) ||
    isSubheading(text) ||
    leadText(text) !== null ||
    tableTitle(text) !== null
  );
}

/** The 2025 form: some line of the article is a ○ sub-bullet or a dated <참고자료> line. */
function isKostec2025(content: SourceLine[]): boolean {
  return content.some((l) => /^\s*[○◦]\s/u.test(l.text) || /^\s*<\s*참고자료\s*>\s*$/.test(l.text));
}

export function readArticleBody(lines: SourceLine[], issueDate: string): ArticleBody {
  const content = lines.filter((l) => !isLayoutArtefact(l.text));
  const kostec2025 = isKostec2025(content);
  // In the 2025 form □ opens a headline bullet; only ■ marks a lead there.
  const lead = kostec2025 && !/^\s*■/.test(content[0]?.text ?? '') ? null : readLead(content[0], issueDate);
  const blocks: Block[] = [];
  const references: Reference[] = [];
  let table: TableBlock | null = null;
  let inReferences = false;

  const closeTable = (): void => {
    if (table && table.rows.length === 0) {
      blocks[blocks.indexOf(table)] = { kind: 'image', caption: table.title, line: table.line };
    }
    table = null;
  };

  for (const { text, line } of lead ? lines.slice(lines.indexOf(content[0]!) + 1) : lines) {
    // A bare number under a one-column table is its next row, not a page number.
    if (isLayoutArtefact(text) && !(table !== null && oneColumn(table) && /^\s*\d{1,3}\s*$/.test(text))) continue;
    if (isReferencesHeading(text)) {
      closeTable();
      inReferences = true;
      continue;
    }
    if (inReferences) {
      const dated = datedReference(text);
      if (dated) {
        const { before, url } = splitTrailingUrl(dated.rest);
        references.push({ title: before, url, line, date: dated.date, publisher: dated.publisher });
        continue;
      }
      const { before, url } = splitTrailingUrl(stripReferenceMark(text));
      const last = references[references.length - 1];
      // A URL alone on its line belongs to the title above it.
      if (before === '' && last && last.url === null) last.url = url;
      else references.push({ title: before, url, line });
      continue;
    }
    const title = tableTitle(text);
    if (title !== null) {
      closeTable();
      const header = tableHeaderChoice(text);
      table = { kind: 'table', title, rows: [], line, rowLines: [], ...(header === undefined ? {} : { header }) };
      blocks.push(table);
      continue;
    }
    if (table && !startsBlock(text)) {
      const row = tableRow(text);
      // A table broken over two pages repeats its header row: keep it once.
      if (row.length > 0 && !sameRow(table.rows[0], row)) {
        table.rows.push(row);
        table.rowLines.push(line);
      }
      continue;
    }
    closeTable();
    const previous = blocks[blocks.length - 1];
    const headline = kostec2025 ? kostecBullet(text) : null;
    if (headline) {
      blocks.push({ kind: 'bullet', depth: headline.depth, text: headline.text, line });
      continue;
    }
    const body = bodyLine(text);
    if (body) blocks.push({ ...body, line });
    else if (isSubheading(text)) blocks.push({ kind: 'subheading', text: text.trim(), line });
    else if (leadText(text) !== null) blocks.push({ kind: 'paragraph', text: text.trim(), line });
    else if (/^\s/.test(text) && previous && (previous.kind === 'bullet' || previous.kind === 'footnote' || previous.kind === 'note')) {
      // A bullet wrapped onto the next line by the PDF conversion.
      previous.text = `${previous.text} ${text.trim()}`;
    } else blocks.push({ kind: 'paragraph', text: text.trim(), line });
  }
  closeTable();
  return { lead, blocks, references, kostec2025 };
}
