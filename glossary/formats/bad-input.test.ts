import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../errors.ts';
import { MAX_IMPORT_BYTES, parseGlossaryFile } from './index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Deterministic noise (a linear congruential generator), so the test is the same every run. */
function noise(length: number, seed = 20240621): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const TBX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed-2">\n<text>\n<body>\n';

interface Case {
  name: string;
  file: string;
  bytes: Uint8Array;
  /** The whole message: file, position, problem. */
  message: string | RegExp;
  line?: number;
  column?: number;
}

const cases: Case[] = [
  {
    name: 'malformed XML: a close tag that does not match',
    file: 'terms.tbx',
    bytes: utf8(`${TBX_HEAD}<conceptEntry id="c1">\n<langSec xml:lang="zh">\n<termSec>\n<term>专精特新</term>\n</langSec>\n`),
    message: 'terms.tbx:9:10: malformed XML: unexpected close tag',
    line: 9,
    column: 10,
  },
  {
    name: 'malformed XML: an unclosed tag at the end of the file',
    file: 'terms.tbx',
    bytes: utf8(`${TBX_HEAD}<conceptEntry id="c1">\n<langSec xml:lang="zh">\n<termSec>\n<term>专精特新</term>`),
    message: /^terms\.tbx:8:\d+: malformed XML: unclosed tag <termSec>$/,
    line: 8,
  },
  {
    name: 'wrong root element (an HTML page saved as .tbx)',
    file: 'glossary.tbx',
    bytes: utf8('<!DOCTYPE html>\n  <html lang="ko"><head><title>용어집</title></head><body></body></html>\n'),
    message: 'glossary.tbx:2:3: wrong root element <html>: expected <tbx> (TBX v3) or <martif> (TBX v2)',
    line: 2,
    column: 3,
  },
  {
    name: 'a TBX term status outside the picklist',
    file: 'terms.tbx',
    bytes: utf8(`${TBX_HEAD}<conceptEntry id="c1">\n<langSec xml:lang="zh">\n<termSec>\n<term>专精特新</term>\n  <termNote type="administrativeStatus">maybeTerm</termNote>\n</termSec></langSec></conceptEntry></body></text></tbx>`),
    message: 'terms.tbx:9:3: unknown term status "maybeTerm"',
    line: 9,
    column: 3,
  },
  {
    name: 'a file over 50 MB, refused before parsing',
    file: 'huge.tbx',
    bytes: new Uint8Array(MAX_IMPORT_BYTES + 1),
    message: 'huge.tbx: file is 50.0 MB; glossary imports are limited to 50 MB',
  },
  {
    name: 'random bytes named .csv',
    file: 'terms.csv',
    bytes: noise(4096),
    message: /^terms\.csv:\d+:\d+: binary data, not a glossary \(expected TBX, CSV, TSV or XLSX\)$/,
  },
  {
    name: 'random bytes named .xlsx',
    file: 'terms.xlsx',
    bytes: noise(4096),
    message: 'terms.xlsx: not an XLSX workbook (no ZIP signature)',
  },
  {
    name: 'an empty file',
    file: 'empty.csv',
    bytes: new Uint8Array(0),
    message: 'empty.csv: empty file',
  },
  {
    name: 'CSV with a quote that is never closed, reported where the row starts',
    file: 'terms.csv',
    bytes: utf8('zh,ko,note\n专精特新,전정특신,ok\n亿华通,위화퉁,"unclosed\n量子,양자,\n'),
    message: 'terms.csv:3: malformed CSV: a quoted cell is never closed',
    line: 3,
  },
  {
    name: 'CSV with more per-term values than terms',
    file: 'terms.csv',
    bytes: utf8('zh,ko,ko:status\n香港,홍콩,preferred; admitted\n'),
    message: 'terms.csv:2:3: 2 values for 1 "ko" terms (give one value, or one per term)',
    line: 2,
    column: 3,
  },
  {
    name: 'UTF-8 bytes under an XML declaration naming ISO-8859-1 (would be mojibake)',
    file: 'latin1.tbx',
    bytes: utf8(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>专精特新</term></termSec></langSec></conceptEntry></body></text></tbx>`),
    message: 'latin1.tbx:1: the XML declaration says encoding="ISO-8859-1" but the file is UTF-8; correct the declaration (encoding="UTF-8") or save the file in ISO-8859-1',
    line: 1,
  },
  {
    name: 'UTF-8 bytes under an XML declaration naming GB18030',
    file: 'gb.tbx',
    bytes: utf8(`<?xml version="1.0" encoding="GB18030"?>\n<martif><text><body><termEntry><langSet xml:lang="zh"><tig><term>亿华通</term></tig></langSet></termEntry></body></text></martif>`),
    message: /^gb\.tbx:1: the XML declaration says encoding="GB18030" but the file is UTF-8/,
    line: 1,
  },
  {
    name: 'XML nested 100,000 levels deep',
    file: 'deep.tbx',
    bytes: utf8(`<tbx xmlns="urn:iso:std:iso:30042:ed-2">${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</tbx>`),
    message: /^deep\.tbx:1:\d+: XML nested deeper than 100 levels; not a glossary$/,
    line: 1,
  },
];

describe('bad input is refused with file, position and problem', () => {
  for (const c of cases) {
    it(c.name, async () => {
      await assert.rejects(parseGlossaryFile(c.file, c.bytes), (error: unknown) => {
        assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
        if (typeof c.message === 'string') assert.equal(error.message, c.message);
        else assert.match(error.message, c.message);
        assert.equal(error.file, c.file);
        if (c.line !== undefined) assert.equal(error.line, c.line);
        if (c.column !== undefined) assert.equal(error.column, c.column);
        return true;
      });
    });
  }
});
