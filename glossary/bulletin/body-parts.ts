// The parts of an article body the editor edits in structured form (tables, 참고자료), found in
// and written back into the body's text form: each edit replaces only the lines of its part, so
// the rest of the body (bullets, notes, anything the reader does not know) stays as typed.
// Browser-safe: the article editor runs it on every edit.
import { readArticleBody } from './article-reader.ts';
import type { Block, Reference } from './model.ts';
import { blockLines, referenceLines } from './text-form.ts';
import { isReferencesHeading, type SourceLine } from './text-lines.ts';

export type TableBlock = Extract<Block, { kind: 'table' }>;

/** A table of the body with the 0-based line range it occupies (end exclusive). */
export interface BodyTable {
  title: string;
  rows: string[][];
  /** The editor's header-row choice; undefined: the layout detects it. */
  header?: boolean;
  start: number;
  end: number;
}

export interface BodyParts {
  tables: BodyTable[];
  references: Reference[];
  /** 0-based line of the 참고자료 heading; null when the body has none. */
  referencesStart: number | null;
}

function lines(body: string): string[] {
  return body === '' ? [] : body.split(/\r\n|\r|\n/);
}

/** The body read as the exporters read it (the lead is given as a marked line, as from-store does). */
function read(body: string) {
  const source: SourceLine[] = [{ text: '■ 리드', line: 0 }, ...lines(body).map((text, i) => ({ text: text.replace(/\u00a0/g, ' ').trimEnd(), line: i + 1 }))];
  // The issue date only places lead dates in a year; tables and references do not use it.
  return readArticleBody(source, '2000-12-31');
}

export function bodyParts(body: string): BodyParts {
  const parsed = read(body);
  const tables = parsed.blocks
    .filter((b): b is TableBlock => b.kind === 'table')
    .map((t) => {
      const last = Math.max(t.line, ...t.rowLines);
      return { title: t.title, rows: t.rows, ...(t.header === undefined ? {} : { header: t.header }), start: t.line - 1, end: last };
    });
  const all = lines(body);
  const heading = all.findIndex((text) => isReferencesHeading(text));
  return { tables, references: parsed.references, referencesStart: heading < 0 ? null : heading };
}

/** A cell as the text form can hold it: one line, no tab. */
export function cleanCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** The text form of a table (title line, then one tab-separated line per row). */
export function tableText(table: { title: string; rows: string[][]; header?: boolean }): string[] {
  const block: TableBlock = {
    kind: 'table',
    title: cleanCell(table.title) || '표',
    rows: table.rows.map((row) => row.map(cleanCell)),
    line: 0,
    rowLines: [],
    ...(table.header === undefined ? {} : { header: table.header }),
  };
  return blockLines(block);
}

function splice(body: string, start: number, end: number, replacement: string[]): string {
  const all = lines(body);
  all.splice(start, end - start, ...replacement);
  return all.join('\n');
}

/** The body with table `index` replaced (rows and title as given). */
export function replaceTable(body: string, index: number, table: { title: string; rows: string[][]; header?: boolean }): string {
  const found = bodyParts(body).tables[index];
  if (!found) throw new Error(`the body has no table ${index + 1}`);
  return splice(body, found.start, found.end, tableText(table));
}

export function removeTable(body: string, index: number): string {
  const found = bodyParts(body).tables[index];
  if (!found) throw new Error(`the body has no table ${index + 1}`);
  return splice(body, found.start, found.end, []);
}

/**
 * A new table at the end of the body's text (before 참고자료). A table ends where a line starts
 * another block, so the table is written before the references heading, never in the middle of one.
 */
export function appendTable(body: string, table: { title: string; rows: string[][]; header?: boolean }): string {
  const { referencesStart } = bodyParts(body);
  const at = referencesStart ?? lines(body).length;
  return splice(body, at, at, tableText(table));
}

/** The body with its 참고자료 list replaced (an empty list removes the heading too). */
export function replaceReferences(body: string, references: Reference[]): string {
  const { referencesStart } = bodyParts(body);
  const all = lines(body);
  const at = referencesStart ?? all.length;
  const clean = references
    .map((r) => ({ ...r, title: cleanCell(r.title), url: r.url ? cleanCell(r.url) : null }))
    .filter((r) => r.title !== '' || r.url);
  return splice(body, at, all.length, referenceLines(clean));
}

/**
 * A line inserted after 0-based line `after` (or at the end of the text before 참고자료 when null),
 * with the 0-based index it got.
 */
export function insertLineAt(body: string, after: number | null, line: string): { body: string; index: number } {
  const all = lines(body);
  const { referencesStart } = bodyParts(body);
  const end = referencesStart ?? all.length;
  const at = after === null ? end : Math.min(after + 1, end);
  return { body: splice(body, at, at, [line]), index: at };
}

export function insertLine(body: string, after: number | null, line: string): string {
  return insertLineAt(body, after, line).body;
}

/**
 * Spreadsheet clipboard text (Excel, LibreOffice: tab-separated lines) → rows of cells. A cell
 * holding a tab, a line break or a quote comes quoted ("…", quotes doubled); its line breaks
 * become spaces, as a cell of the text form is one line.
 */
export function rowsFromClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const input = text.replace(/\r\n?/g, '\n');
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '"' && cell === '') {
      // A quoted cell runs to the quote that is not doubled.
      let j = i + 1;
      let value = '';
      while (j < input.length) {
        if (input[j] === '"' && input[j + 1] === '"') {
          value += '"';
          j += 2;
        } else if (input[j] === '"') break;
        else value += input[j++];
      }
      if (j < input.length && (input[j + 1] === undefined || input[j + 1] === '\t' || input[j + 1] === '\n')) {
        cell = value;
        i = j + 1;
        continue;
      }
    }
    if (ch === '\t') {
      row.push(cleanCell(cell));
      cell = '';
    } else if (ch === '\n') {
      row.push(cleanCell(cell));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cleanCell(cell));
    rows.push(row);
  }
  return rows;
}
