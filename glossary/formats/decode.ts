// Bytes → text for glossary files. Editors get CSVs from Excel (UTF-8 with BOM, UTF-16), from
// Chinese colleagues (GB18030, Big5) and from older Korean tools (EUC-KR); anything else is
// refused with the encoding we detected, rather than imported as mojibake.

import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../errors.ts';

export interface DecodedText {
  text: string;
  /** The encoding the text was decoded from, as reported to the user. */
  encoding: string;
}

/** Legacy encodings we decode when chardet names them; keys are chardet's names, upper case. */
const LEGACY_ENCODINGS: Record<string, string> = {
  GB18030: 'gb18030',
  GB2312: 'gb18030',
  GBK: 'gb18030',
  BIG5: 'big5',
  'EUC-KR': 'euc-kr',
};

const DETECTION_SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The encoding named in an XML declaration (`<?xml version="1.0" encoding="GB18030"?>`). */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

/**
 * Decodes a text file. Order: byte order mark, then an XML declaration's encoding, then
 * strict UTF-8, then chardet's guess if it is one of the legacy encodings we support.
 */
export function decodeText(fileName: string, bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text === undefined) throw new InputError(fileName, 'invalid UTF-8 after a UTF-8 byte order mark');
    return { text, encoding: 'UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  const declared = declaredXmlEncoding(bytes);
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    if (!iconv.encodingExists(declared)) {
      throw new InputError(fileName, `unsupported encoding "${declared}" named in the XML declaration`, { line: 1 });
    }
    // UTF-8 bytes declared as ISO-8859-1 or GB18030 would decode to mojibake without any error:
    // non-ASCII text that is valid UTF-8 is, in practice, never in a legacy encoding.
    if (hasNonAscii(bytes) && decodeUtf8Strict(bytes) !== undefined) {
      throw new InputError(
        fileName,
        `the XML declaration says encoding="${declared}" but the file is UTF-8; correct the declaration (encoding="UTF-8") or save the file in ${declared}`,
        { line: 1 },
      );
    }
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };

  // A sample is enough to tell the legacy encodings apart, and chardet is slow on 50 MB.
  const detected = chardet.detect(bytes.subarray(0, DETECTION_SAMPLE_BYTES));
  const iconvName = detected === null ? undefined : LEGACY_ENCODINGS[detected.toUpperCase()];
  if (iconvName === undefined) {
    throw new InputError(
      fileName,
      `unsupported text encoding ${detected ?? 'unknown'} (not valid UTF-8); save the file as UTF-8, UTF-16, GB18030, Big5 or EUC-KR`,
    );
  }
  return { text: iconv.decode(Buffer.from(bytes), iconvName), encoding: detected! };
}

const HEAD_BYTES = 64 * 1024;

/**
 * The start of a file's text, enough to tell its format: a UTF-8 file's first 64 KB, without
 * decoding the rest (a 50 MB file); a file in another encoding is decoded whole.
 */
export function textHead(fileName: string, bytes: Uint8Array): string {
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  if (declaredXmlEncoding(bytes) === undefined && isUtf8(bom ? bytes.subarray(3) : bytes)) {
    // A character cut at the end decodes to U+FFFD: harmless for sniffing.
    return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, HEAD_BYTES));
  }
  return decodeText(fileName, bytes).text;
}
