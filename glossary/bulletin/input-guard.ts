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

/** Decode a file's bytes as UTF-8 (BOM allowed) and check that the result is text. */
export function decodeIssueBytes(fileName: string, bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  assertText(fileName, text);
  return text;
}

/** Throw InputError unless `text` looks like text (not empty, not binary). */
export function assertText(fileName: string, text: string): void {
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
    if (code === 0xfffd || control) {
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
