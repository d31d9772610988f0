// XLSX import: every sheet is listed; one is read like a CSV (see table.ts and table-layout.ts):
// the one asked for (by name or number), else the first that has rows. Error positions are
// spreadsheet row and column numbers.

import readXlsxFile from 'read-excel-file/node';
import { InputError } from '../errors.ts';
import { conceptsFromTable } from './table.ts';
import type { ParsedTable, ProgressCallback } from './table.ts';
import type { MappingOptions } from './table-layout.ts';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // A date cell is most likely an issue date; keep the day, not a time zone artefact.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

export interface ParsedWorkbook extends ParsedTable {
  sheets: string[];
  sheet: string;
}

export async function parseXlsx(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ProgressCallback,
  options: MappingOptions & { sheet?: string } = {},
): Promise<ParsedWorkbook> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(fileName, `not a readable XLSX workbook (${reason})`);
  }
  const names = sheets.map((s) => s.sheet);
  let chosen;
  if (options.sheet !== undefined) {
    const byNumber = /^\d+$/.test(options.sheet) ? sheets[Number(options.sheet) - 1] : undefined;
    chosen = sheets.find((s) => s.sheet === options.sheet) ?? byNumber;
    if (chosen === undefined) throw new InputError(fileName, `no sheet "${options.sheet}" (the workbook has ${names.map((n) => `"${n}"`).join(', ')})`);
  } else {
    chosen = sheets.find((s) => s.data.some((row) => row.some((cell) => cellText(cell).trim() !== ''))) ?? sheets[0];
  }
  if (chosen === undefined || chosen.data.length === 0) throw new InputError(fileName, 'the workbook has no rows');
  const rows = chosen.data.map((row, index) => ({ cells: row.map(cellText), line: index + 1 }));
  const parsed = conceptsFromTable(fileName, rows, onProgress, options);
  const warnings = parsed.warnings.map((w) => w.replace(/^line (\d+)/, names.length > 1 ? `sheet "${chosen.sheet}" row $1` : 'row $1'));
  return { ...parsed, warnings, sheets: names, sheet: chosen.sheet };
}
