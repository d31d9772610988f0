// A CSV/TSV file's content as csv-parse reads it: UTF-8 bytes, whatever their line endings. A UTF-8
// file (most are) is never decoded into one JS string: the 33 million characters of a 50 MB CSV
// would be 67 MB of UTF-16 in the heap, and csv-parse would copy them back into bytes anyway.
// Files in other encodings (UTF-16, GB18030, Big5, EUC-KR) are decoded once and re-encoded.
import { Buffer, isUtf8 } from 'node:buffer';
import { decodeText } from './decode.ts';

export interface DelimitedContent {
  /** UTF-8, no byte order mark; lines end in \n, \r\n or \r (csv-parse takes all three). */
  readonly bytes: Buffer;
  /** The start of the text, for sniffing (the delimiter, OmegaT's first line). */
  readonly head: string;
  /** The whole text with \n line endings (the rare layouts read as one string: OmegaT's comments, space-aligned columns). */
  text(): string;
}

const HEAD_BYTES = 64 * 1024;
const LF = 0x0a;
const CR = 0x0d;

function fromUtf8(bytes: Uint8Array): DelimitedContent {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A character cut at the end of the head decodes to U+FFFD: harmless for sniffing.
  const head = buffer.toString('utf8', 0, Math.min(buffer.length, HEAD_BYTES));
  return { bytes: buffer, head, text: () => buffer.toString('utf8').replace(/\r\n?/g, '\n') };
}

/** Content from text already decoded. */
export function delimitedFromText(text: string): DelimitedContent {
  return fromUtf8(Buffer.from(text, 'utf8'));
}

/** A text table file's content: UTF-8 read as it is, any other encoding decoded (errors name the file). */
export function delimitedContent(fileName: string, bytes: Uint8Array): DelimitedContent {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return fromUtf8(body);
  return delimitedFromText(decodeText(fileName, bytes).text);
}

/** Line breaks in the content (the progress total: a row per line at most); an old Mac file's are CRs. */
export function countLines(content: DelimitedContent): number {
  const { bytes } = content;
  const count = (byte: number) => {
    let n = 0;
    for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
    return n;
  };
  return count(LF) || count(CR);
}

/** True when the content ends with a line break. */
export function endsWithLineBreak(content: DelimitedContent): boolean {
  const last = content.bytes.at(-1);
  return last === LF || last === CR;
}
