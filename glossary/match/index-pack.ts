// A built glossary index (ConceptIndexParts) and its concepts in one byte array, so that a server
// that has built its recognizer anyway can hand it to a page as it is: the page then takes the
// index over (ConceptIndex.fromPartsInSteps) instead of building it again (seconds for 100,000
// concepts). Typed arrays are stored 8-byte aligned and read back as views, without a copy;
// the concepts stay JSON text in chunks, for the page to parse a chunk per task.
// Layout: "DHIX", format version, header length (uint32 little-endian each), the header (JSON),
// then the blobs the header lists, each at an offset that is a multiple of 8.
import type { AutomatonParts } from './automaton.ts';
import type { ConceptIndexParts } from './index-set.ts';

const MAGIC = 0x58494844; // "DHIX" read as a little-endian uint32
const VERSION = 1;
const PREAMBLE = 12;

type ArrayKind = 'i32' | 'u16' | 'f64' | 'utf8';
interface Blob {
  kind: ArrayKind;
  offset: number;
  /** Bytes. */
  length: number;
}
type AutomatonHeader = Pick<AutomatonParts, 'keyCount' | 'maxKeyLength' | 'shallowEnd' | 'rowWidth'> & {
  node: Blob;
  output: Blob;
  alphabet: Blob;
  denseRow: Blob;
  dense: Blob;
};
interface Header {
  zhKeys: Blob;
  zhIds: Blob;
  zh: AutomatonHeader;
  ko: { automaton: AutomatonHeader; keys: Blob; entries: Blob };
  near: { entries: Blob; forms: Blob };
  concepts: Blob[];
}

/** What unpackGlossary gives back: the index parts, and the concepts as JSON chunks still to parse. */
export interface UnpackedGlossary {
  parts: ConceptIndexParts;
  /** IndexedConcept[] JSON per chunk; their concatenation, in order, is the concept list. */
  conceptChunks: string[];
}

const align8 = (n: number) => (n + 7) & ~7;

/** Packs the parts of a built index and its concepts (as JSON chunks) into one byte array. */
export function packGlossary(parts: ConceptIndexParts, conceptChunks: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const pending: { blob: Blob; bytes: Uint8Array }[] = [];
  let offset = 0;
  const add = (kind: ArrayKind, bytes: Uint8Array): Blob => {
    const blob = { kind, offset, length: bytes.byteLength };
    pending.push({ blob, bytes });
    offset = align8(offset + bytes.byteLength);
    return blob;
  };
  const view = (array: Int32Array | Uint16Array | Float64Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const automaton = (a: AutomatonParts): AutomatonHeader => ({
    keyCount: a.keyCount,
    maxKeyLength: a.maxKeyLength,
    shallowEnd: a.shallowEnd,
    rowWidth: a.rowWidth,
    node: add('i32', view(a.node)),
    output: add('i32', view(a.output)),
    alphabet: add('u16', view(a.alphabet)),
    denseRow: add('i32', view(a.denseRow)),
    dense: add('i32', view(a.dense)),
  });
  const header: Header = {
    zhKeys: add('utf8', encoder.encode(parts.zhKeys)),
    zhIds: add('i32', view(parts.zhIds)),
    zh: automaton(parts.zh),
    ko: { automaton: automaton(parts.ko.automaton), keys: add('utf8', encoder.encode(parts.ko.keys)), entries: add('i32', view(parts.ko.entries)) },
    near: { entries: add('i32', view(parts.near.entries)), forms: add('f64', view(parts.near.forms)) },
    concepts: conceptChunks.map((chunk) => add('utf8', encoder.encode(chunk))),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const start = align8(PREAMBLE + headerBytes.byteLength);
  const out = new Uint8Array(start + offset);
  const preamble = new DataView(out.buffer);
  preamble.setUint32(0, MAGIC, true);
  preamble.setUint32(4, VERSION, true);
  preamble.setUint32(8, headerBytes.byteLength, true);
  out.set(headerBytes, PREAMBLE);
  for (const { blob, bytes } of pending) out.set(bytes, start + blob.offset);
  return out;
}

/**
 * The parts and concept chunks of packGlossary's bytes. Typed arrays are views into `bytes` (copied
 * once if `bytes` does not start on an 8-byte boundary). Throws on bytes of another format.
 */
export function unpackGlossary(given: Uint8Array): UnpackedGlossary {
  const bytes = given.byteOffset % 8 === 0 ? given : given.slice();
  if (bytes.byteLength < PREAMBLE) throw new Error('packed glossary: too short');
  const preamble = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (preamble.getUint32(0, true) !== MAGIC) throw new Error('packed glossary: not a packed glossary');
  const version = preamble.getUint32(4, true);
  if (version !== VERSION) throw new Error(`packed glossary: format ${version}, this reader knows ${VERSION}`);
  const headerLength = preamble.getUint32(8, true);
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength))) as Header;
  const start = bytes.byteOffset + align8(PREAMBLE + headerLength);
  const end = bytes.byteOffset + bytes.byteLength;
  const check = (blob: Blob) => {
    if (start + blob.offset + blob.length > end) throw new Error('packed glossary: cut short');
  };
  const i32 = (blob: Blob) => (check(blob), new Int32Array(bytes.buffer, start + blob.offset, blob.length / 4));
  const u16 = (blob: Blob) => (check(blob), new Uint16Array(bytes.buffer, start + blob.offset, blob.length / 2));
  const f64 = (blob: Blob) => (check(blob), new Float64Array(bytes.buffer, start + blob.offset, blob.length / 8));
  const text = (blob: Blob) => (check(blob), decoder.decode(new Uint8Array(bytes.buffer, start + blob.offset, blob.length)));
  const automaton = (a: AutomatonHeader): AutomatonParts => ({
    keyCount: a.keyCount,
    maxKeyLength: a.maxKeyLength,
    shallowEnd: a.shallowEnd,
    rowWidth: a.rowWidth,
    node: i32(a.node),
    output: i32(a.output),
    alphabet: u16(a.alphabet),
    denseRow: i32(a.denseRow),
    dense: i32(a.dense),
  });
  return {
    parts: {
      zhKeys: text(header.zhKeys),
      zhIds: i32(header.zhIds),
      zh: automaton(header.zh),
      ko: { automaton: automaton(header.ko.automaton), keys: text(header.ko.keys), entries: i32(header.ko.entries) },
      near: { entries: i32(header.near.entries), forms: f64(header.near.forms) },
    },
    conceptChunks: header.concepts.map(text),
  };
}
