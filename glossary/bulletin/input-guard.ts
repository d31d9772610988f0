// Refuse input that is not text before any parsing happens: an empty file, a binary file
// (NUL bytes, control characters) or bytes that are not UTF-8.
import { InputError } from '../errors.ts';

/** Above this share of undecodable or control characters the file is not a text issue. */
const MAX_BAD_SHARE = 0.01;

function lineAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (overlong forms,
 * surrogates and values over U+10FFFF count as malformed), or -1 when all of it is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) [length, min] = [2, 0x80];
    else if (b0 >= 0xe0 && b0 <= 0xef) [length, min] = [3, 0x800];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b0 & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** Line and column (in characters) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/**
 * Decode a file's bytes as UTF-8 (BOM allowed) and check that the result is text. Bytes that are
 * not UTF-8 are refused at their line and column: decoding them would store U+FFFD in the article
 * in place of the lost character, and the text would read as if nothing was wrong.
 */
export function decodeIssueBytes(fileName: string, bytes: Uint8Array): string {
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    // Mostly undecodable (another encoding, a binary file): said as such; a few bad bytes: where.
    assertNotBinary(fileName, new TextDecoder('utf-8', { fatal: false }).decode(bytes), true);
    const hex = Array.from(bytes.subarray(invalid, invalid + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new InputError(
      fileName,
      `bytes that are not UTF-8 (${hex}…): save the file as UTF-8 and import it again`,
      bytePosition(bytes, invalid),
    );
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  assertText(fileName, text);
  return text;
}

/** Throw InputError unless `text` looks like text (not empty, not binary, no U+FFFD). */
export function assertText(fileName: string, text: string): void {
  assertNotBinary(fileName, text, false);
  const lost = text.indexOf('\uFFFD');
  if (lost >= 0) {
    // Text handed over already decoded: U+FFFD marks a character lost in an earlier conversion.
    throw new InputError(fileName, 'U+FFFD (a character lost in an earlier conversion): fix the source text first', lineAt(text, lost));
  }
}

/**
 * Empty, NUL, or over 1% control characters (with `lostCount`, U+FFFD from undecodable bytes too):
 * not a text issue at all.
 */
function assertNotBinary(fileName: string, text: string, lostCount: boolean): void {
  if (text.trim() === '') throw new InputError(fileName, 'the file is empty', { line: 1 });
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new InputError(fileName, 'binary content (NUL byte): not a text or Markdown issue', lineAt(text, nul));
  }
  let bad = 0;
  let firstBad = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control = code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12;
    if (control || (lostCount && code === 0xfffd)) {
      bad++;
      if (firstBad < 0) firstBad = i;
    }
  }
  if (bad > 0 && bad / text.length > MAX_BAD_SHARE) {
    throw new InputError(
      fileName,
      `binary or non-UTF-8 content: ${bad} of ${text.length} characters are undecodable or control characters`,
      lineAt(text, firstBad),
    );
  }
}
