// Glossary exchange formats: the one entry point the store and the hosts use.
//   parseGlossaryFile  TBX v3 (DCA/DCT) and v2, CSV, TSV, XLSX → ConceptInput[]
//   exportTbx          TBX v3, TBX-Basic, DCA style
//   exportCsv          CSV, UTF-8 with BOM
// Every problem with the input is an InputError naming the file and, when known, line and column.

import type { ConceptInput } from '../model.ts';
import { parseDelimited, sniffDelimiter } from './csv-read.ts';
import { decodeText } from './decode.ts';
import type { DecodedText } from './decode.ts';
import { checkNotBinary, checkSize, detectFormat } from './detect.ts';
import { parseTbx } from './tbx-read.ts';
import { parseXlsx } from './xlsx-read.ts';

export type { GlossaryFormat } from './detect.ts';
export { MAX_IMPORT_BYTES } from './detect.ts';
export { exportTbx } from './tbx-write.ts';
export { exportCsv } from './csv-write.ts';

/** Detects the format (extension + content sniffing) and parses. Throws InputError naming file, line/column, problem. */
export async function parseGlossaryFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<ConceptInput[]> {
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
    case 'xlsx': return parseXlsx(fileName, bytes, onProgress);
    case 'tbx': return parseTbx(fileName, text(), onProgress);
    // Comma or, from a spreadsheet set to a locale with the decimal comma, semicolon.
    case 'csv': return parseDelimited(fileName, text(), sniffDelimiter(text().trimStart()) === ';' ? ';' : ',', onProgress);
    case 'tsv': return parseDelimited(fileName, text(), '\t', onProgress);
  }
}
