// Glossary exchange formats: the one entry point the store and the hosts use.
//   readGlossaryFile   TBX v3 (DCA/DCT) and v2, MultiTerm XML, CSV, TSV, OmegaT, XLSX →
//                      concepts + their lines + warnings + (tables) the column mapping
//   parseGlossaryFile  the concepts alone
//   exportTbx / exportCsv / exportXlsx / exportMultiTerm / exportOmegaT
// Every problem with the input is an InputError naming the file and, when known, line and column.

import type { ConceptInput } from '../model.ts';
import { OMEGAT_MAGIC, parseDelimited, sniffDelimiter } from './csv-read.ts';
import { decodeText } from './decode.ts';
import type { DecodedText } from './decode.ts';
import { checkNotBinary, checkSize, detectFormat, extensionOf } from './detect.ts';
import type { ParsedGlossary } from './parsed.ts';
import { looksSpaceAligned, spaceAlignedRows } from './space-aligned.ts';
import { conceptsFromTable } from './table.ts';
import type { MappingOptions, TableLayout } from './table-layout.ts';
import { parseTbx } from './tbx-read.ts';
import { parseMultiTerm, isMultiTerm } from './multiterm-read.ts';
import { parseXlsx } from './xlsx-read.ts';

export type { GlossaryFormat } from './detect.ts';
export type { ParsedGlossary } from './parsed.ts';
export type { ColumnInfo, MappingOptions, TableLayout } from './table-layout.ts';
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
  const { onProgress, sheet, ...mapping } = options;
  checkSize(fileName, bytes);
  let decoded: DecodedText | undefined;
  const text = (): string => {
    if (decoded === undefined) {
      checkNotBinary(fileName, bytes);
      decoded = decodeText(fileName, bytes);
    }
    return decoded.text;
  };
  const format = detectFormat(fileName, bytes, text);
  switch (format) {
    case 'xlsx': return parseXlsx(fileName, bytes, onProgress, { ...mapping, sheet });
    case 'tbx': return isMultiTerm(text()) ? parseMultiTerm(fileName, text(), onProgress) : parseTbx(fileName, text(), onProgress);
    // Comma or, from a spreadsheet set to a locale with the decimal comma, semicolon.
    case 'csv': {
      if (OMEGAT_EXTENSIONS.has(extensionOf(fileName)) && looksSpaceAligned(text())) {
        const warnings: string[] = [];
        const rows = spaceAlignedRows(text().replace(/\r\n?/g, '\n'), warnings);
        const parsed = conceptsFromTable(fileName, rows, onProgress, { omegat: true, ...mapping });
        return { ...parsed, warnings: [...warnings, ...parsed.warnings] };
      }
      if (OMEGAT_MAGIC.test(text())) return parseDelimited(fileName, text(), '\t', onProgress, { omegat: true, ...mapping });
      return parseDelimited(fileName, text(), sniffDelimiter(text().trimStart()) === ';' ? ';' : ',', onProgress, mapping);
    }
    case 'tsv': return parseDelimited(fileName, text(), '\t', onProgress, { omegat: OMEGAT_EXTENSIONS.has(extensionOf(fileName)), ...mapping });
  }
}

/** The concepts of a glossary file (see readGlossaryFile). */
export async function parseGlossaryFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<ConceptInput[]> {
  return (await readGlossaryFile(fileName, bytes, { onProgress })).concepts;
}
