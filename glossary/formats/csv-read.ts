// CSV and TSV import (csv-parse). Rows go to table.ts, which knows the columns; this file only
// turns text into rows with the line each row starts on, and csv-parse errors into InputErrors.

import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.ts';
import { countLines, delimitedFromText, endsWithLineBreak, type DelimitedContent } from './delimited-content.ts';
import { TableReader } from './table.ts';
import type { ConceptSink, ParsedTable, ProgressCallback, TableRow } from './table.ts';
import type { MappingOptions } from './table-layout.ts';

export type Delimiter = ',' | '\t' | ';';

/**
 * The separator the header line uses most: tab (Excel's "Unicode text" export), semicolon (Excel's
 * CSV where the comma is the decimal mark) or comma (the default, also on a tie).
 */
export function sniffDelimiter(text: string): Delimiter {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (separator: string) => firstLine.split(separator).length - 1;
  const [tabs, semicolons, commas] = [count('\t'), count(';'), count(',')];
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

/** A leading apostrophe before =, +, -, @, tab or CR marks a cell escaped against formulas (our export, Excel's): the text is what follows. */
function unescapeFormula(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && "=+-@\t\r".includes(cell[1]!) ? cell.slice(1) : cell;
}

/** Line breaks in a cell (\r\n is one), and the lines csv-parse counts for them (inside quotes it counts \r\n as two). */
function breaksIn(cell: string): { real: number; counted: number } {
  if (!cell.includes('\n') && !cell.includes('\r')) return { real: 0, counted: 0 };
  let counted = 0;
  for (let i = 0; i < cell.length; i++) if (cell[i] === '\n' || cell[i] === '\r') counted++;
  return { real: cell.split(/\r\n?|\n/).length - 1, counted };
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
  column?: number | string;
}

function problemOf(error: CsvParseError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': return 'malformed CSV: a quoted cell is never closed';
    case 'INVALID_OPENING_QUOTE': return 'malformed CSV: quote inside an unquoted cell (quote the whole cell and double the inner quotes)';
    case 'CSV_INVALID_CLOSING_QUOTE': return 'malformed CSV: text after a closing quote';
    default: return `malformed CSV: ${error.message.split(':')[0] ?? error.message}`;
  }
}

/** OmegaT writes this first line in the glossaries it creates; "#" lines are comments there. */
export const OMEGAT_MAGIC = /^#\s*Glossary in tab-separated format/;

/** Parses CSV/TSV content (or text already decoded, without BOM) into concepts. */
export function parseDelimited(
  fileName: string,
  input: string | DelimitedContent,
  delimiter: Delimiter,
  onProgress?: ProgressCallback,
  options: MappingOptions = {},
  onConcept?: ConceptSink,
): ParsedTable {
  let content = typeof input === 'string' ? delimitedFromText(input) : input;
  const omegat = OMEGAT_MAGIC.test(content.head);
  // OmegaT comment lines become empty lines: the line numbers of the rest stay right.
  if (omegat) content = delimitedFromText(content.text().replace(/^#.*$/gm, ''));
  const csvOptions = {
    delimiter,
    // Every line ending, even mixed in one file (rows pasted together); \r\n first, so it is one break.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: true,
    // Excel's tab-separated export quotes cells with tabs or newlines, but a stray quote in a
    // TSV cell is ordinary text.
    relax_quotes: delimiter === '\t',
  };
  // The layout comes from the first rows; then every row goes straight to its concept.
  const sample = readRows(fileName, content.bytes, { ...csvOptions, to: SAMPLE_ROWS }, () => {});
  const reader = new TableReader(fileName, sample.rows, { ...options, omegat: omegat || options.omegat === true }, onProgress, countLines(content), onConcept);
  const all = readRows(fileName, content.bytes, csvOptions, (row) => reader.add(row));
  const parsed = reader.finish();
  warnIfCut(content, all.last, parsed);
  return parsed;
}

const SAMPLE_ROWS = 2000;

/** Runs csv-parse over the text, handing each row (cells, start line) to `onRow`; errors become InputErrors. */
function readRows(
  fileName: string,
  bytes: Buffer,
  csvOptions: Record<string, unknown>,
  onRow: (row: TableRow) => void,
): { rows: TableRow[]; last: TableRow | undefined } {
  const keep = csvOptions.to !== undefined;
  const rows: TableRow[] = [];
  let last: TableRow | undefined;
  let lastLine = 0;
  // Lines csv-parse counted twice so far (each \r\n inside a quoted cell).
  let overcounted = 0;
  try {
    parse(bytes, {
      ...csvOptions,
      on_record: (record: string[], context: { lines: number }) => {
        // context.lines is the line the record ends on; quoted cells may span lines.
        let real = 0;
        let counted = 0;
        for (const cell of record) {
          const breaks = breaksIn(cell);
          real += breaks.real;
          counted += breaks.counted;
        }
        last = { cells: record.map(unescapeFormula), line: context.lines - counted - overcounted };
        overcounted += counted - real;
        lastLine = context.lines - overcounted;
        if (keep) rows.push(last);
        else onRow(last);
        // Nothing is collected by csv-parse itself: the rows live only as long as they are needed.
        return null;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    const csvError = error as CsvParseError;
    // An unclosed quote is reported at the end of the file; where it opened is more useful.
    const line = csvError.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : csvError.lines !== undefined ? csvError.lines - overcounted : lastLine + 1;
    const column = typeof csvError.column === 'number' && csvError.code !== 'CSV_QUOTE_NOT_CLOSED' ? csvError.column + 1 : undefined;
    throw new InputError(fileName, problemOf(csvError), column === undefined ? { line } : { line, column });
  }
  return { rows, last };
}
/**
 * A file that stops in the middle of its last row (a copy cut short, a download that failed)
 * looks like a short last row without a final line break: worth a warning, not silence.
 */
function warnIfCut(content: DelimitedContent, last: TableRow | undefined, parsed: ParsedTable): void {
  if (last === undefined || endsWithLineBreak(content) || parsed.table.headerless) return;
  const width = parsed.table.columns.length;
  if (last.cells.length < width) {
    parsed.warnings.push(`line ${last.line}: the last row has ${last.cells.length} of ${width} cells and the file ends without a line break: was the file cut short?`);
  }
}
