// Glossary exchange formats: the one entry point the store and the hosts use.
//   readGlossaryFile   TBX v3 (DCA/DCT) and v2, MultiTerm XML, CSV, TSV, OmegaT, XLSX →
//                      concepts + their lines + warnings + (tables) the column mapping
//   parseGlossaryFile  the concepts alone
//   exportTbx / exportCsv / exportXlsx / exportMultiTerm / exportOmegaT
// Every problem with the input is an InputError naming the file and, when known, line and column.

import type { ConceptInput } from '../model.ts';
import { OMEGAT_MAGIC, parseDelimited, sniffDelimiter } from './csv-read.ts';
import { decodeText, textHead } from './decode.ts';
import { delimitedContent, type DelimitedContent } from './delimited-content.ts';
import { checkNotBinary, checkSize, detectFormat, extensionOf } from './detect.ts';
import type { ParsedGlossary } from './parsed.ts';
import { looksSpaceAligned, spaceAlignedRows } from './space-aligned.ts';
import { conceptsFromTable } from './table.ts';
import type { ConceptSink, ProgressCallback } from './table.ts';
import type { MappingOptions, TableLayout } from './table-layout.ts';
import { parseTbx } from './tbx-read.ts';
import { parseMultiTerm, isMultiTerm } from './multiterm-read.ts';
import { parseXlsx } from './xlsx-read.ts';

export type { GlossaryFormat } from './detect.ts';
export type { ParsedGlossary } from './parsed.ts';
export type { ColumnInfo, MappingOptions, TableLayout } from './table-layout.ts';
export type { ConceptSink } from './table.ts';
export { MAX_IMPORT_BYTES } from './detect.ts';
export { exportTbx } from './tbx-write.ts';
export { exportCsv } from './csv-write.ts';
export { exportXlsx } from './xlsx-write.ts';
export { exportMultiTerm } from './multiterm-write.ts';
export { exportOmegaT } from './omegat-write.ts';

export interface ReadOptions extends MappingOptions {
  /** XLSX: the sheet to read, by name or 1-based number (default: the first with rows). */
  sheet?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ReadGlossary extends ParsedGlossary {
  /** Spreadsheets: what each column was read as (the preview's mapping step). */
  table?: TableLayout;
  /** XLSX: every sheet's name, and the one read. */
  sheets?: string[];
  sheet?: string;
}

/** OmegaT glossary extensions, read as headerless TSV (or space-aligned when there is no tab). */
const OMEGAT_EXTENSIONS = new Set(['txt', 'tab', 'utf8']);

/** Detects the format (extension + content sniffing) and reads. Throws InputError naming file, line/column, problem. */
export async function readGlossaryFile(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadGlossary> {
  return (await loadGlossaryFile(fileName, bytes, options)).read(undefined, options.onProgress);
}

/** A file ready to be read, as often as needed, without waiting: the import reads it for its preview and again as it writes. */
export interface GlossaryReading {
  /**
   * Reads from the start. With `onConcept`, each concept goes there as it is read (a CSV streams,
   * row by row) and the result's concepts and lines stay empty.
   */
  read(onConcept?: ConceptSink, onProgress?: ProgressCallback): ReadGlossary;
}

/**
 * Detects the format and does what needs waiting: XML (which yields to the event loop as it
 * parses) and workbooks are read here, whole; text tables are read on each `read`, row by row.
 */
export async function loadGlossaryFile(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<GlossaryReading> {
  const { sheet, onProgress: loading, ...mapping } = options;
  checkSize(fileName, bytes);
  const text = (): string => {
    checkNotBinary(fileName, bytes);
    return decodeText(fileName, bytes).text;
  };
  const format = detectFormat(fileName, bytes, () => {
    checkNotBinary(fileName, bytes);
    return textHead(fileName, bytes);
  });
  // Progress of these is reported while loading; reading them again is immediate.
  const whole = (read: (onProgress?: ProgressCallback) => Promise<ReadGlossary>): Promise<GlossaryReading> =>
    read(loading).then((parsed) => ({ read: (onConcept) => replay(parsed, onConcept) }));
  switch (format) {
    case 'xlsx': return whole((onProgress) => parseXlsx(fileName, bytes, onProgress, { ...mapping, sheet }));
    case 'tbx': {
      const xml = text();
      return whole((onProgress) => (isMultiTerm(xml) ? parseMultiTerm(fileName, xml, onProgress) : parseTbx(fileName, xml, onProgress)));
    }
    case 'csv':
    case 'tsv': {
      checkNotBinary(fileName, bytes);
      // Prepared again on each read: a 50 MB file's content is not kept between preview and import.
      return { read: (onConcept, onProgress) => readTextTable(fileName, format, delimitedContent(fileName, bytes), mapping, onConcept, onProgress) };
    }
  }
}

function replay(parsed: ReadGlossary, onConcept?: ConceptSink): ReadGlossary {
  if (onConcept === undefined) return parsed;
  parsed.concepts.forEach((concept, i) => onConcept(concept, parsed.lines[i]!));
  return { ...parsed, concepts: [], lines: [] };
}

function readTextTable(
  fileName: string,
  format: 'csv' | 'tsv',
  content: DelimitedContent,
  mapping: MappingOptions,
  onConcept?: ConceptSink,
  onProgress?: ProgressCallback,
): ReadGlossary {
  if (format === 'tsv') return parseDelimited(fileName, content, '\t', onProgress, { omegat: OMEGAT_EXTENSIONS.has(extensionOf(fileName)), ...mapping }, onConcept);
  if (OMEGAT_EXTENSIONS.has(extensionOf(fileName)) && !content.bytes.includes(0x09) && looksSpaceAligned(content.head)) {
    const warnings: string[] = [];
    const rows = spaceAlignedRows(content.text(), warnings);
    const parsed = conceptsFromTable(fileName, rows, onProgress, { omegat: true, ...mapping }, onConcept);
    return { ...parsed, warnings: [...warnings, ...parsed.warnings] };
  }
  if (OMEGAT_MAGIC.test(content.head)) return parseDelimited(fileName, content, '\t', onProgress, { omegat: true, ...mapping }, onConcept);
  // Comma or, from a spreadsheet set to a locale with the decimal comma, semicolon.
  return parseDelimited(fileName, content, sniffDelimiter(content.head.trimStart()) === ';' ? ';' : ',', onProgress, mapping, onConcept);
}

/** The concepts of a glossary file (see readGlossaryFile). */
export async function parseGlossaryFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<ConceptInput[]> {
  return (await readGlossaryFile(fileName, bytes, { onProgress })).concepts;
}
