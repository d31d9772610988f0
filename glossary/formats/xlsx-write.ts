// XLSX export: the same table as the CSV export (one row per concept, a column per language and
// field, see csv-write.ts), as text cells in one sheet, so that importing it gives the glossary back.

import writeXlsxFile from 'write-excel-file/node';
import type { Concept, ConceptInput } from '../model.ts';
import { glossaryTable } from './csv-write.ts';
import type { ExportProgress } from './export-progress.ts';

export async function exportXlsx(concepts: readonly (Concept | ConceptInput)[], onProgress?: ExportProgress): Promise<Uint8Array> {
  const rows = glossaryTable(concepts, onProgress);
  const data = rows.map((row, index) =>
    row.map((value) => (value === '' ? null : { value, type: String, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) })),
  );
  const buffer = await writeXlsxFile(data, { sheet: 'glossary', stickyRowsCount: 1 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
