// Streaming TBX reader (saxes, so every error has a line and column). One reader serves:
//   TBX v3 (ISO 30042:2019, <tbx>): conceptEntry / langSec / termSec, DCA style
//     (<descrip type="definition">) and DCT style (<basic:definition>, <min:partOfSpeech>);
//   TBX v2 (<martif>, as MultiTerm and memoQ export it): termEntry / langSet / tig or ntig.
// Both styles reduce to (level, data category name, text), which tbx-entry.ts maps to our model.

import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { InputError } from '../errors.ts';
import { canonicalLanguageTag } from './fields.ts';
import type { ParsedGlossary } from './parsed.ts';
import { EntryBuilder } from './tbx-entry.ts';
import type { Position } from './tbx-entry.ts';

export type ProgressCallback = (done: number, total: number) => void;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** '' covers TBX v2 (no namespace) and v3 files that forgot xmlns. */
const TBX_NAMESPACES = new Set(['', 'urn:iso:std:iso:30042:ed-2', 'urn:iso:std:iso:30042:ed:3.0']);
const ENTRY = new Set(['conceptEntry', 'termEntry']);
const LANGUAGE = new Set(['langSec', 'langSet']);
const TERM_SECTION = new Set(['termSec', 'tig', 'ntig']);
/** Groups whose first child is the data category and the rest is about it (its source, a note on it). */
const GROUPS = new Set(['descripGrp', 'adminGrp', 'termNoteGrp']);
/** Subtrees that hold nothing for us: file header, transaction history, back matter. */
const SKIPPED = new Set(['tbxHeader', 'martifHeader', 'back']);
/** DCA elements whose @type names the data category. */
const TYPED = new Set(['descrip', 'admin', 'termNote', 'xref', 'ref', 'transac', 'transacNote', 'descripNote', 'adminNote']);
/** Inside a group only these are the group's subject; the rest (source, note) describe it. */
const GROUP_SUBJECTS = new Set([
  'definition', 'subjectfield', 'administrativestatus', 'normativeauthorization', 'usagestatus', 'partofspeech', 'termtype', 'context',
]);
/** No glossary needs more; a file nested deeper (an attack or a broken export) is refused at once. */
export const MAX_XML_DEPTH = 100;
const ROOTS = new Set(['tbx', 'martif']);
const CHUNK_SIZE = 1 << 20;
const PROGRESS_EVERY = 1000;

interface Capture {
  /** 'term' for <term>, else the data category name in lower case ('definition', 'note' …). */
  type: string;
  inGroup: boolean;
  target: string | undefined;
  at: Position;
  text: string;
  depth: number;
}

/** TBX (and most XML) allows any run of these between words; a TBX value never needs more than one space. */
function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

function countEntries(text: string): number {
  return text.match(/<(?:[\w.-]+:)?(?:conceptEntry|termEntry)[\s>/]/g)?.length ?? 0;
}

function attribute(node: SaxesTagNS, name: string): string | undefined {
  return node.attributes[name]?.value;
}

function languageOf(node: SaxesTagNS): string | undefined {
  for (const attr of Object.values(node.attributes)) {
    if (attr.local === 'lang' && (attr.uri === XML_NAMESPACE || attr.prefix === '')) return attr.value;
  }
  return undefined;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Parses a TBX v2 or v3 document into concepts. Throws InputError with line and column. */
export async function parseTbx(fileName: string, text: string, onProgress?: ProgressCallback): Promise<ParsedGlossary> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const parsed: ParsedGlossary = { concepts: [], lines: [], warnings: [] };
  const concepts = parsed.concepts;
  let depth = 0;
  const total = onProgress ? countEntries(text) : 0;
  let seenRoot = false;
  let skipDepth = 0;
  let groupDepth = 0;
  /** Inside a <transacGrp>: only our approval note is read there. */
  let transacDepth = 0;
  let capture: Capture | undefined;
  let entry: EntryBuilder | undefined;
  let language: string | undefined;
  let tagStart: Position = { line: 1, column: 1 };

  function fail(problem: string, at: Position): never {
    throw new InputError(fileName, problem, at);
  }

  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; the InputError carries the position itself.
    const problem = error.message
      .replace(/^(?:[^:]*:)?\d+:\d+: /, '')
      .replace(/\.$/, '')
      .replace(/^unclosed tag: (\S+)/, 'unclosed tag <$1>');
    fail(`malformed XML: ${problem}`, { line: parser.line, column: parser.column });
  });

  parser.on('opentagstart', (tag) => {
    // saxes has just read "<name" and one more character; report the column of "<".
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });

  parser.on('opentag', (node) => {
    const at = tagStart;
    if (++depth > MAX_XML_DEPTH) fail(`XML nested deeper than ${MAX_XML_DEPTH} levels; not a glossary`, at);
    if (!seenRoot) {
      seenRoot = true;
      if (!ROOTS.has(node.local)) {
        fail(`wrong root element <${node.name}>: expected <tbx> (TBX v3) or <martif> (TBX v2)`, at);
      }
      return;
    }
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    if (capture !== undefined) {
      capture.depth++;
      return;
    }
    const core = TBX_NAMESPACES.has(node.uri);
    const name = node.local;
    if (core && SKIPPED.has(name)) {
      skipDepth = 1;
    } else if (core && ENTRY.has(name)) {
      if (entry !== undefined) fail(`<${name}> inside another entry`, at);
      entry = new EntryBuilder(fileName, attribute(node, 'id'), at, parsed.warnings);
    } else if (entry === undefined) {
      // Outside entries (tbx, text, body, martif) there is nothing to read.
    } else if (core && LANGUAGE.has(name)) {
      const raw = languageOf(node);
      if (raw === undefined) fail(`<${name}> without xml:lang`, at);
      const tag = canonicalLanguageTag(raw);
      if (tag === undefined) fail(`<${name}> has an invalid language tag xml:lang="${raw}"`, at);
      language = tag;
    } else if (core && TERM_SECTION.has(name)) {
      if (language === undefined) fail(`<${name}> outside a language section`, at);
      entry.startTerm(language, at);
    } else if (core && GROUPS.has(name)) {
      groupDepth++;
    } else if (core && name === 'transacGrp') {
      transacDepth++;
    } else {
      const type = core ? (name === 'term' ? 'term' : name === 'note' ? 'note' : TYPED.has(name) ? attribute(node, 'type') : undefined) : name;
      if (type !== undefined) {
        capture = { type: type === 'term' ? type : type.toLowerCase(), inGroup: groupDepth > 0, target: attribute(node, 'target'), at, text: '', depth: 0 };
      }
    }
  });

  const addText = (chunk: string): void => {
    if (capture !== undefined) capture.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.on('closetag', (node) => {
    depth--;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (capture !== undefined) {
      if (capture.depth > 0) {
        capture.depth--;
        return;
      }
      const done = capture;
      capture = undefined;
      store(done);
      return;
    }
    if (!TBX_NAMESPACES.has(node.uri) || entry === undefined) return;
    const name = node.local;
    if (ENTRY.has(name)) {
      const concept = entry.finish();
      if (concept !== undefined) {
        concepts.push(concept);
        parsed.lines.push(entry.line);
      }
      entry = undefined;
      language = undefined;
      if (onProgress && concepts.length % PROGRESS_EVERY === 0) onProgress(concepts.length, total);
    } else if (LANGUAGE.has(name)) {
      language = undefined;
    } else if (TERM_SECTION.has(name)) {
      entry.endTerm();
    } else if (GROUPS.has(name)) {
      groupDepth--;
    } else if (name === 'transacGrp') {
      transacDepth--;
    }
  });

  function store(c: Capture): void {
    if (entry === undefined) return;
    const value = collapseWhitespace(c.text);
    if (c.type === 'term') {
      entry.setTermText(value, c.at);
      return;
    }
    if (value === '' && c.target === undefined) return;
    if (transacDepth > 0) {
      if (c.type === 'note' && !entry.inTerm && language === undefined && /^(approved|proposed)$/.test(value)) entry.setApproval(value, c.at);
      return;
    }
    if (c.inGroup && !GROUP_SUBJECTS.has(c.type)) return;
    if (entry.inTerm) entry.addTermData(c.type, value, c.at);
    else if (language !== undefined) entry.addLanguageData(language, c.type, value);
    else entry.addEntryData(c.type, value, c.target, c.at);
  }

  for (let offset = 0; offset < text.length; offset += CHUNK_SIZE) {
    parser.write(text.slice(offset, offset + CHUNK_SIZE));
    if (offset + CHUNK_SIZE < text.length) await yieldToEventLoop();
  }
  parser.close();
  if (!seenRoot) fail('no XML root element', { line: parser.line, column: parser.column });
  onProgress?.(concepts.length, Math.max(total, concepts.length));
  return parsed;
}
