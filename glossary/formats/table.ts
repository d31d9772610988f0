// Rows of a spreadsheet (CSV, TSV or one XLSX sheet) → concepts. One row is one concept; which
// column holds what is table-layout.ts's job (header, title row, headerless by script, mapping).
//
// A term cell may hold several terms separated by `;` or `|` (a backslash makes `\;`, `\|`, `\\`
// literal): the first is the preferred term, the others admitted, unless a "<lang>:status" column
// says otherwise. A term-detail cell (status, pos, note, established) holds either one value for
// all the terms of its language or one value per term, in the same order; an empty item means
// "no value". Errors name the line (CSV) or row (XLSX) and the column number. Short rows are
// read as far as they go; cells past the last column, unknown columns and category values that
// are not ours are kept as note lines; a row without any term is skipped with a warning.

import { InputError } from '../errors.ts';
import type { ConceptInput, TermInput } from '../model.ts';
import { splitCellList } from './cell-list.ts';
import type { Column, ConceptField, TermDetail } from './columns.ts';
import { parseApproval, parseCategory, parseTermStatus, parseYesNo } from './fields.ts';
import type { ParsedGlossary } from './parsed.ts';
import { detectLayout, layoutLanguages } from './table-layout.ts';
import type { MappingOptions, TableLayout } from './table-layout.ts';

export interface TableRow {
  cells: string[];
  /** Line (CSV/TSV) or row number (XLSX), 1-based, for error messages. */
  line: number;
}

export type ProgressCallback = (done: number, total: number) => void;
/** Takes each concept as it is read (with its line), instead of collecting them all: a 50 MB file streams. */
export type ConceptSink = (concept: ConceptInput, line: number) => void;

const PROGRESS_EVERY = 1000;
const URL_PATTERN = /^(?:https?:\/\/|www\.)\S+$/i;

class RowReader {
  private readonly concept: ConceptInput = { category: 'other', terms: [] };
  private readonly termsByLang = new Map<string, TermInput[]>();
  private readonly notes: string[] = [];
  private readonly definitions: string[] = [];

  constructor(private readonly fileName: string, private readonly row: TableRow, private readonly columns: readonly Column[]) {}

  private fail(problem: string, index: number): never {
    throw new InputError(this.fileName, problem, { line: this.row.line, column: index + 1 });
  }

  /** The concept, or undefined when the row holds no term. */
  read(): ConceptInput | undefined {
    const { columns } = this;
    // Terms first: the detail columns refer to them, wherever they stand.
    columns.forEach((column, index) => {
      if (column.kind === 'terms') this.readTerms(column.lang, this.cell(index));
    });
    columns.forEach((column, index) => {
      const text = this.cell(index);
      if (text === '') return;
      if (column.kind === 'detail') this.readDetail(column.lang, column.detail, text, index);
      else if (column.kind === 'concept') this.readField(column.field, text, index);
      else if (column.kind === 'definition') this.definitions.push(`[${column.lang}] ${text}`);
      else if (column.kind === 'extra') this.notes.push(`${column.label}: ${text}`);
    });
    for (let index = columns.length; index < this.row.cells.length; index++) {
      const text = this.cell(index);
      if (text !== '') this.notes.push(`column ${index + 1}: ${text}`);
    }
    if (this.concept.terms.length === 0) return undefined;
    if (this.definitions.length > 0) {
      this.concept.definition = [...(this.concept.definition ? [this.concept.definition] : []), ...this.definitions].join('\n');
    }
    if (this.notes.length > 0) this.concept.note = [...(this.concept.note ? [this.concept.note] : []), ...this.notes].join('\n');
    return this.concept;
  }

  private cell(index: number): string {
    // A byte order mark inside a cell (files pasted together) is never part of a term.
    return (this.row.cells[index] ?? '').replace(/\uFEFF/g, '').replace(/\r\n?/g, '\n').trim();
  }

  private readTerms(lang: string, text: string): void {
    const known = this.termsByLang.get(lang) ?? [];
    const terms: TermInput[] = [];
    for (const item of splitCellList(text)) {
      // The same term twice in one concept is one term.
      if (item === '' || known.some((t) => t.text === item) || terms.some((t) => t.text === item)) continue;
      terms.push({ lang, text: item, status: known.length + terms.length === 0 ? 'preferred' : 'admitted' });
    }
    this.termsByLang.set(lang, [...known, ...terms]);
    this.concept.terms.push(...terms);
  }

  private readDetail(lang: string, detail: TermDetail, text: string, index: number): void {
    const terms = this.termsByLang.get(lang) ?? [];
    const values = splitCellList(text);
    if (terms.length === 0) {
      this.notes.push(`${lang} ${detail}: ${text}`);
      return;
    }
    if (values.length !== 1 && values.length !== terms.length) {
      this.fail(`${values.length} values for ${terms.length} "${lang}" terms (give one value, or one per term)`, index);
    }
    terms.forEach((term, i) => {
      const value = values.length === 1 ? values[0]! : values[i]!;
      if (value !== '') this.applyDetail(term, detail, value, index);
    });
  }

  private applyDetail(term: TermInput, detail: TermDetail, value: string, index: number): void {
    switch (detail) {
      case 'status': {
        const status = parseTermStatus(value);
        if (status === undefined) this.fail(`unknown term status "${value}" (expected preferred, admitted, deprecated or forbidden)`, index);
        term.status = status;
        break;
      }
      case 'established': {
        const established = parseYesNo(value);
        if (established === undefined) this.fail(`"${value}" is not yes or no`, index);
        if (established) term.established = true;
        break;
      }
      case 'partOfSpeech': term.partOfSpeech = value; break;
      case 'note': term.note = value; break;
    }
  }

  private readField(field: ConceptField, text: string, index: number): void {
    const concept = this.concept;
    switch (field) {
      case 'category': {
        // Another tool's categories ("Coastal Engineering") are a subject field to us, not an error.
        const category = parseCategory(text);
        if (category !== undefined) concept.category = category;
        else if (concept.subjectField === undefined) concept.subjectField = text;
        else this.notes.push(`category: ${text}`);
        break;
      }
      case 'approval': {
        const approval = parseApproval(text);
        if (approval !== undefined) concept.approval = approval;
        else this.notes.push(`status: ${text}`);
        break;
      }
      case 'source': this.readSource(text, index); break;
      case 'sourceUrl': concept.sourceUrl = text; break;
      case 'sourceIssue': concept.sourceIssue = text; break;
      case 'definition': concept.definition = text; break;
      case 'note': this.notes.push(text); break;
      case 'subjectField': concept.subjectField = text; break;
      case 'externalId': concept.externalId = text; break;
      case 'pinyin': concept.pinyin = text; break;
    }
  }

  /** "2024-06-21; https://…": URLs go to sourceUrl, the rest (an issue) to sourceIssue. */
  private readSource(text: string, index: number): void {
    const items = splitCellList(text).filter((item) => item !== '');
    const urls = items.filter((item) => URL_PATTERN.test(item));
    const others = items.filter((item) => !URL_PATTERN.test(item));
    if (urls.length > 1) this.fail('more than one URL in the source cell', index);
    if (urls[0] !== undefined) this.concept.sourceUrl = urls[0];
    if (others.length > 0) this.concept.sourceIssue = others.join('; ');
  }
}

function isBlank(row: TableRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

export interface ParsedTable extends ParsedGlossary {
  table: TableLayout;
}

/**
 * Reads a table row by row: the layout is decided from `sample` (the first rows), then rows are
 * added one at a time, so a 50 MB CSV never exists as an array of rows next to its concepts.
 * Rows are counted from the first row of the sample: the header and title rows are skipped.
 */
export class TableReader {
  readonly parsed: ParsedTable;
  private readonly columns: Column[];
  private readonly dataStart: number;
  private readonly reading: boolean;
  private readonly total: number;
  private seen = 0;
  private skipped = 0;
  private read = 0;

  constructor(
    private readonly fileName: string,
    sample: readonly TableRow[],
    options: MappingOptions,
    private readonly onProgress?: ProgressCallback,
    /** Rows in the whole table, header included, as far as the caller knows. */
    rows = 0,
    private readonly onConcept?: ConceptSink,
  ) {
    const { layout, columns, dataStart, warnings } = detectLayout(fileName, sample, options);
    this.total = Math.max(0, rows - dataStart);
    this.parsed = { concepts: [], lines: [], warnings, table: layout };
    this.columns = columns;
    this.dataStart = dataStart;
    this.reading = layoutLanguages(columns).languages.length > 0;
    if (!this.reading) warnings.push('no column holds terms: choose what each column is in the mapping (--columns zh,ko,…)');
  }

  add(row: TableRow): void {
    if (this.seen++ < this.dataStart || !this.reading || isBlank(row)) return;
    const concept = new RowReader(this.fileName, row, this.columns).read();
    if (concept === undefined) {
      if (++this.skipped <= 20) this.parsed.warnings.push(`line ${row.line}: no term in the term columns; row skipped`);
      return;
    }
    this.read++;
    if (this.onConcept) this.onConcept(concept, row.line);
    else {
      this.parsed.concepts.push(concept);
      this.parsed.lines.push(row.line);
    }
    if (this.onProgress && this.read % PROGRESS_EVERY === 0) this.onProgress(this.read, this.total);
  }

  finish(): ParsedTable {
    if (this.skipped > 20) this.parsed.warnings.push(`… and ${this.skipped - 20} more rows without a term skipped`);
    this.onProgress?.(this.read, Math.max(this.total, this.read));
    return this.parsed;
  }
}

/** Reads the rows of one table (header or not, see table-layout.ts) into concepts. */
export function conceptsFromTable(
  fileName: string,
  rows: readonly TableRow[],
  onProgress?: ProgressCallback,
  options: MappingOptions = {},
  onConcept?: ConceptSink,
): ParsedTable {
  const total = rows.filter((row) => !isBlank(row)).length;
  const reader = new TableReader(fileName, rows, options, onProgress, total, onConcept);
  for (const row of rows) reader.add(row);
  return reader.finish();
}
