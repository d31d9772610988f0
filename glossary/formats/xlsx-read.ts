// XLSX import: the first sheet, read like a CSV (header row, one concept per row; see table.ts).
// Error positions are spreadsheet row and column numbers.

import { readSheet } from 'read-excel-file/node';
import { InputError } from '../errors.ts';
import type { ConceptInput } from '../model.ts';
import { conceptsFromTable } from './table.ts';
import type { ProgressCallback } from './table.ts';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // A date cell is most likely an issue date; keep the day, not a time zone artefact.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

export async function parseXlsx(fileName: string, bytes: Uint8Array, onProgress?: ProgressCallback): Promise<ConceptInput[]> {
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 1)) as unknown[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(fileName, `not a readable XLSX workbook (${reason})`);
  }
  const rows = data.map((row, index) => ({ cells: row.map(cellText), line: index + 1 }));
  if (rows.length === 0) throw new InputError(fileName, 'the first sheet is empty');
  return conceptsFromTable(fileName, rows, onProgress);
}
