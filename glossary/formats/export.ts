// One switch over the glossary export formats, for the service and the worker: the file content
// (text, or base64 for the XLSX workbook), its name extension and MIME type.
import type { GlossaryExportFormat } from '../api.ts';
import type { Concept, ConceptInput } from '../model.ts';
import { exportCsv } from './csv-write.ts';
import type { ExportProgress } from './export-progress.ts';
import { exportMultiTerm } from './multiterm-write.ts';
import { exportOmegaT } from './omegat-write.ts';
import { exportTbx } from './tbx-write.ts';
import { exportXlsx } from './xlsx-write.ts';

export const EXPORT_FILES: Record<GlossaryExportFormat, { extension: string; mimeType: string; binary: boolean }> = {
  tbx: { extension: 'tbx', mimeType: 'application/x-tbx+xml', binary: false },
  csv: { extension: 'csv', mimeType: 'text/csv', binary: false },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', binary: true },
  multiterm: { extension: 'xml', mimeType: 'application/xml', binary: false },
  omegat: { extension: 'txt', mimeType: 'text/tab-separated-values', binary: false },
};

/** The export's content: text, or base64 when the format is binary (it crosses a worker boundary as a string). */
export async function exportGlossaryContent(
  format: GlossaryExportFormat,
  concepts: readonly (Concept | ConceptInput)[],
  onProgress?: ExportProgress,
): Promise<string> {
  switch (format) {
    case 'tbx': return exportTbx(concepts, onProgress);
    case 'csv': return exportCsv(concepts, onProgress);
    case 'multiterm': return exportMultiTerm(concepts, onProgress);
    case 'omegat': return exportOmegaT(concepts);
    case 'xlsx': return Buffer.from(await exportXlsx(concepts, onProgress)).toString('base64');
  }
}

/** The bytes of an export's content as exportGlossaryContent returned it. */
export function exportBytes(format: GlossaryExportFormat, content: string): Buffer {
  return EXPORT_FILES[format].binary ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
}
