// Which column of a spreadsheet holds what. Real files have a header row (in any of the spellings
// columns.ts knows), a title row above it, or no header at all (OmegaT glossaries, exports of
// other tools): then each column's language comes from the scripts of its cells. The result is
// what the import preview shows and lets the user change (CLI --columns, --lang-map).

import { InputError } from '../errors.ts';
import { columnFor, columnFromChoice, choiceFor, isChineseOrKorean, pairRole } from './columns.ts';
import type { Column } from './columns.ts';
import { columnLanguage, columnScripts } from './script-language.ts';
import type { TableRow } from './table.ts';

export interface ColumnInfo {
  /** 0-based column index. */
  index: number;
  /** The header cell, when the table has a header. */
  header?: string;
  /** What the column is read as (see columnFromChoice for the spelling). */
  choice: string;
  /** The language came from the scripts of the cells (headerless, or a source/target header). */
  byScript: boolean;
  /** A few cells, for the preview. */
  sample: string[];
  /** Columns read by script: how many sampled cells each script has (ISO 15924: Hani, Hang, Latn…), most first. */
  scripts?: Record<string, number>;
}

export interface TableLayout {
  headerless: boolean;
  /** Line (or row) of the header; undefined when headerless. */
  headerLine?: number;
  columns: ColumnInfo[];
}

export interface MappingOptions {
  /** One choice per column, in order; '' (or a missing entry) keeps the detected choice. */
  columns?: readonly string[];
  /** Language renames applied after detection: { 'und-Arab': 'ug' }. */
  langMap?: Readonly<Record<string, string>>;
  /** An OmegaT glossary (by name or magic line): without a header, the columns are source, target, comment. */
  omegat?: boolean;
}

export interface DetectedLayout {
  layout: TableLayout;
  columns: Column[];
  /** Index in `rows` of the first data row. */
  dataStart: number;
  warnings: string[];
}

const HEADER_SEARCH_ROWS = 5;
const SCRIPT_SAMPLE_CELLS = 500;
const PREVIEW_SAMPLE = 3;

const isBlank = (row: TableRow) => row.cells.every((cell) => cell.trim() === '');

function recognized(cell: string): Column | 'pair' | undefined {
  if (cell.trim() === '') return undefined;
  return pairRole(cell) !== undefined ? 'pair' : columnFor(cell);
}

/** A row is the header when it names a term column and most of what it names is known. */
function isHeaderRow(row: TableRow): boolean {
  const cells = row.cells.filter((cell) => cell.trim() !== '');
  const known = cells.map(recognized).filter((c) => c !== undefined);
  const termish = known.filter((c) => c === 'pair' || c.kind === 'terms');
  return termish.length > 0 && (known.length >= 2 || known.length === cells.length);
}

/** Up to `limit` non-empty cells of a column, from the top (a column may start filling late). */
function cellsOf(rows: readonly TableRow[], index: number, limit = SCRIPT_SAMPLE_CELLS): string[] {
  const cells: string[] = [];
  for (const row of rows) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell !== '') cells.push(cell);
    if (cells.length >= limit) break;
  }
  return cells;
}

function fromHeader(header: TableRow, sample: readonly TableRow[], warnings: string[]): { columns: Column[]; byScript: boolean[] } {
  const columns: Column[] = [];
  const byScript: boolean[] = [];
  const seen = new Set<string>();
  // "source"/"target" are term columns only as a pair, or when nothing else holds terms;
  // next to zh and ko columns, "source" is where the entry comes from (출처).
  const roles = header.cells.map((cell) => pairRole(cell));
  const otherTerms = header.cells.some((cell) => columnFor(cell)?.kind === 'terms');
  const pairs = (roles.includes('source') && roles.includes('target')) || !otherTerms;
  header.cells.forEach((cell, index) => {
    const label = cell.trim();
    let column: Column;
    let scripted = false;
    if (label === '') {
      // Kept even when empty in the sample: later rows may fill it.
      column = { kind: 'extra', label: `column ${index + 1}` };
    } else if (pairs && roles[index] !== undefined) {
      const lang = columnLanguage(cellsOf(sample, index));
      column = lang === undefined ? { kind: 'extra', label } : { kind: 'terms', lang };
      scripted = true;
    } else {
      column = columnFor(label) ?? { kind: 'extra', label };
    }
    const key = column.kind === 'extra' || column.kind === 'ignore' ? undefined : JSON.stringify(column);
    if (key !== undefined && seen.has(key) && !(column.kind === 'concept' && column.field === 'note')) {
      warnings.push(`line ${header.line}: column ${index + 1} "${label}" repeats an earlier column; kept as note lines`);
      column = { kind: 'extra', label };
    }
    if (key !== undefined) seen.add(key);
    columns.push(column);
    byScript.push(scripted);
  });
  return { columns, byScript };
}

function isMostlyRepeated(cells: readonly string[]): boolean {
  return cells.length >= 20 && new Set(cells).size < cells.length * 0.1;
}

function headerless(sample: readonly TableRow[], omegat: boolean): Column[] {
  const width = Math.max(0, ...sample.map((row) => row.cells.length));
  const used = new Set<string>();
  const columns: Column[] = [];
  for (let index = 0; index < width; index++) {
    const cells = cellsOf(sample, index);
    const lang = columnLanguage(cells);
    if (omegat && index === 2) columns.push({ kind: 'concept', field: 'note' });
    // OmegaT's first two columns are the source and target terms, whatever their scripts.
    else if (omegat && index < 2 && lang !== undefined) columns.push({ kind: 'terms', lang });
    else if (lang === undefined || used.has(lang) || isMostlyRepeated(cells)) columns.push({ kind: 'extra', label: `column ${index + 1}` });
    else {
      used.add(lang);
      columns.push({ kind: 'terms', lang });
    }
  }
  return columns;
}

function renamed(column: Column, langMap: Readonly<Record<string, string>>): Column {
  if (!('lang' in column)) return column;
  const to = langMap[column.lang];
  return to === undefined ? column : { ...column, lang: to };
}

/** Finds the header (or decides there is none), the title rows above it, and each column's meaning. */
export function detectLayout(fileName: string, rows: readonly TableRow[], options: MappingOptions = {}): DetectedLayout {
  const warnings: string[] = [];
  const firstRows: number[] = [];
  for (let i = 0; i < rows.length && firstRows.length < HEADER_SEARCH_ROWS; i++) if (!isBlank(rows[i]!)) firstRows.push(i);
  if (firstRows.length === 0) throw new InputError(fileName, 'no rows: the file holds no glossary');
  const headerAt = firstRows.find((i) => isHeaderRow(rows[i]!));
  const dataStart = headerAt === undefined ? firstRows[0]! : headerAt + 1;
  const sample = rows.slice(dataStart);
  let columns: Column[];
  let byScript: boolean[];
  if (headerAt !== undefined) {
    for (const i of firstRows) {
      if (i >= headerAt) break;
      const text = rows[i]!.cells.filter((c) => c.trim() !== '').join(' ');
      warnings.push(`line ${rows[i]!.line}: title row above the header skipped ("${text.slice(0, 60)}")`);
    }
    ({ columns, byScript } = fromHeader(rows[headerAt]!, sample, warnings));
  } else {
    columns = headerless(sample, options.omegat === true);
    byScript = columns.map((c) => c.kind === 'terms');
  }
  (options.columns ?? []).forEach((choice, index) => {
    if (choice.trim() === '') return;
    const column = columnFromChoice(choice);
    if (column === undefined) throw new InputError(fileName, `--columns: "${choice}" (column ${index + 1}) is not a language tag or a field (zh, ko, en, note, definition, category, ignore …)`);
    while (columns.length <= index) columns.push({ kind: 'ignore' });
    columns[index] = column;
    byScript[index] = false;
  });
  if (options.langMap) columns = columns.map((c) => renamed(c, options.langMap!));
  const header = headerAt === undefined ? undefined : rows[headerAt]!;
  const layout: TableLayout = {
    headerless: header === undefined,
    columns: columns.map((column, index) => ({
      index,
      ...(header?.cells[index]?.trim() ? { header: header.cells[index]!.trim() } : {}),
      choice: choiceFor(column),
      byScript: byScript[index] === true,
      sample: cellsOf(sample.slice(0, 20), index).slice(0, PREVIEW_SAMPLE),
      ...(byScript[index] === true ? { scripts: columnScripts(cellsOf(sample, index)) } : {}),
    })),
  };
  if (header !== undefined) layout.headerLine = header.line;
  return { layout, columns, dataStart, warnings };
}

/** The term languages a layout reads, and whether Chinese or Korean is among them. */
export function layoutLanguages(columns: readonly Column[]): { languages: string[]; hasChineseOrKorean: boolean } {
  const languages = [...new Set(columns.flatMap((c) => (c.kind === 'terms' ? [c.lang] : [])))];
  return { languages, hasChineseOrKorean: languages.some(isChineseOrKorean) };
}
