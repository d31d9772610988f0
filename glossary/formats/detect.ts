// Which format a file is in, from its content first (a ZIP is a workbook whatever its name) and
// its extension second, plus the checks every import makes before parsing: size, emptiness,
// binary data.

import { InputError } from '../errors.ts';
import { sniffDelimiter } from './csv-read.ts';

export type GlossaryFormat = 'tbx' | 'csv' | 'tsv' | 'xlsx';

/** 50 MB: larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls (and .doc) compound files

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : '';
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Refuses files that are too large or empty. */
export function checkSize(fileName: string, bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new InputError(fileName, `file is ${megabytes(bytes.byteLength)} MB; glossary imports are limited to ${MAX_IMPORT_BYTES / (1024 * 1024)} MB`);
  }
  if (bytes.byteLength === 0) throw new InputError(fileName, 'empty file');
}

/**
 * Refuses binary data in a file that should be text: a NUL byte never occurs in UTF-8 or the
 * legacy CJK encodings (UTF-16 files are recognised by their BOM before this check).
 */
export function checkNotBinary(fileName: string, bytes: Uint8Array): void {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return;
  const nul = bytes.indexOf(0);
  if (nul === -1) return;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < nul; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  throw new InputError(fileName, 'binary data, not a glossary (expected TBX, CSV, TSV or XLSX)', { line, column: nul - lineStart + 1 });
}

/** The format by content and extension; text formats still need their text to decide csv vs tsv. */
export function detectFormat(fileName: string, bytes: Uint8Array, sniffText: () => string): GlossaryFormat {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError(fileName, 'legacy Excel .xls workbooks are not supported; save it as .xlsx or CSV');
  }
  if (extension === 'xlsx') throw new InputError(fileName, 'not an XLSX workbook (no ZIP signature)');
  if (extension === 'tbx' || extension === 'tbxm' || extension === 'xml') return 'tbx';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (extension === 'mtf') return 'tbx';
  // .csv, .txt or no extension: look at the text (Excel's "CSV" may well be tab-separated).
  const text = sniffText().trimStart();
  if (extension !== 'csv' && text.startsWith('<')) return 'tbx';
  return sniffDelimiter(text) === '\t' ? 'tsv' : 'csv';
}
