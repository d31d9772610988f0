// Rows of a spreadsheet (CSV, TSV or the first XLSX sheet) → concepts. One row is one concept.
//
// A term cell may hold several terms separated by `;` or `|` (a backslash makes `\;`, `\|`, `\\`
// literal): the first is the preferred term, the others admitted, unless a "<lang>:status" column
// says otherwise. A term-detail cell (status, pos, note, established) holds either one value for
// all the terms of its language or one value per term, in the same order; an empty item means
// "no value". Errors name the line (CSV) or row (XLSX) and the column number.

import { InputError } from '../errors.ts';
import { CATEGORIES } from '../model.ts';
import type { ConceptInput, TermInput } from '../model.ts';
import { splitCellList } from './cell-list.ts';
import { columnFor, EXPECTED_COLUMNS, isChineseOrKorean } from './columns.ts';
import type { Column, ConceptField, TermDetail } from './columns.ts';
import { parseApproval, parseCategory, parseTermStatus, parseYesNo } from './fields.ts';

export interface TableRow {
  cells: string[];
  /** Line (CSV/TSV) or row number (XLSX), 1-based, for error messages. */
  line: number;
}

export type ProgressCallback = (done: number, total: number) => void;

const PROGRESS_EVERY = 1000;
const URL_PATTERN = /^(?:https?:\/\/|www\.)\S+$/i;

interface Layout {
  columns: (Column | undefined)[];
  header: TableRow;
}

function readHeader(fileName: string, header: TableRow): Layout {
  const columns: (Column | undefined)[] = [];
  const seen = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const at = { line: header.line, column: index + 1 };
    if (cell.trim() === '') {
      columns.push(undefined);
      return;
    }
    const column = columnFor(cell);
    if (column === undefined) throw new InputError(fileName, `unknown column "${cell.trim()}" (expected ${EXPECTED_COLUMNS})`, at);
    const key = JSON.stringify(column);
    const first = seen.get(key);
    if (first !== undefined) throw new InputError(fileName, `duplicate column "${cell.trim()}" (same as column ${first})`, at);
    seen.set(key, index + 1);
    columns.push(column);
  });
  const termLanguages = new Set(columns.flatMap((c) => (c?.kind === 'terms' ? [c.lang] : [])));
  if (![...termLanguages].some(isChineseOrKorean)) {
    throw new InputError(fileName, 'missing column: the header needs a Chinese (zh) or Korean (ko) term column', { line: header.line });
  }
  columns.forEach((c, index) => {
    if (c?.kind === 'detail' && !termLanguages.has(c.lang)) {
      throw new InputError(fileName, `column "${header.cells[index]!.trim()}" has no "${c.lang}" term column to go with`, { line: header.line, column: index + 1 });
    }
  });
  return { columns, header };
}

class RowReader {
  private readonly concept: ConceptInput = { category: 'other', terms: [] };
  private readonly termsByLang = new Map<string, TermInput[]>();

  constructor(private readonly fileName: string, private readonly row: TableRow, private readonly layout: Layout) {}

  private fail(problem: string, index: number): never {
    throw new InputError(this.fileName, problem, { line: this.row.line, column: index + 1 });
  }

  read(): ConceptInput {
    const { columns } = this.layout;
    if (this.row.cells.length < columns.length) {
      throw new InputError(this.fileName, `row has ${this.row.cells.length} cells but the header has ${columns.length} columns`, { line: this.row.line });
    }
    this.row.cells.forEach((cell, index) => {
      if (index >= columns.length && cell.trim() !== '') this.fail(`row has more cells than the header has columns`, index);
      const column = columns[index];
      if (column === undefined && index < columns.length && cell.trim() !== '') this.fail('cell in a column without a header', index);
    });
    // Terms first: the detail columns refer to them, wherever they stand.
    columns.forEach((column, index) => {
      if (column?.kind === 'terms') this.readTerms(column.lang, this.cell(index));
    });
    columns.forEach((column, index) => {
      const text = this.cell(index);
      if (column === undefined || text === '') return;
      if (column.kind === 'detail') this.readDetail(column.lang, column.detail, text, index);
      else if (column.kind === 'concept') this.readField(column.field, text, index);
    });
    if (this.concept.terms.length === 0) {
      throw new InputError(this.fileName, 'row has no term in any language column', { line: this.row.line });
    }
    return this.concept;
  }

  private cell(index: number): string {
    return (this.row.cells[index] ?? '').replace(/\r\n?/g, '\n').trim();
  }

  private readTerms(lang: string, text: string): void {
    const terms = splitCellList(text)
      .filter((item) => item !== '')
      .map((item, i): TermInput => ({ lang, text: item, status: i === 0 ? 'preferred' : 'admitted' }));
    this.termsByLang.set(lang, terms);
    this.concept.terms.push(...terms);
  }

  private readDetail(lang: string, detail: TermDetail, text: string, index: number): void {
    const terms = this.termsByLang.get(lang) ?? [];
    const values = splitCellList(text);
    if (terms.length === 0) this.fail(`${detail} given but there is no "${lang}" term`, index);
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
        const category = parseCategory(text);
        if (category === undefined) this.fail(`unknown category "${text}" (expected ${CATEGORIES.join(', ')})`, index);
        concept.category = category;
        break;
      }
      case 'approval': {
        const approval = parseApproval(text);
        if (approval === undefined) this.fail(`unknown status "${text}" (expected proposed or approved)`, index);
        concept.approval = approval;
        break;
      }
      case 'source': this.readSource(text, index); break;
      case 'sourceUrl': concept.sourceUrl = text; break;
      case 'sourceIssue': concept.sourceIssue = text; break;
      case 'definition': concept.definition = text; break;
      case 'note': concept.note = text; break;
      case 'subjectField': concept.subjectField = text; break;
      case 'externalId': concept.externalId = text; break;
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

/** Reads a header row and data rows into concepts; blank rows are skipped. */
export function conceptsFromTable(
  fileName: string,
  rows: readonly TableRow[],
  onProgress?: ProgressCallback,
): ConceptInput[] {
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const header = rows[headerIndex];
  if (header === undefined) throw new InputError(fileName, 'no header row');
  const layout = readHeader(fileName, header);
  const dataRows = rows.slice(headerIndex + 1).filter((row) => !isBlank(row));
  const concepts: ConceptInput[] = [];
  for (const row of dataRows) {
    concepts.push(new RowReader(fileName, row, layout).read());
    if (onProgress && concepts.length % PROGRESS_EVERY === 0) onProgress(concepts.length, dataRows.length);
  }
  onProgress?.(concepts.length, dataRows.length);
  return concepts;
}
