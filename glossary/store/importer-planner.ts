// The import's dry run, one entry at a time: entries are matched against the stored glossary in
// batches (a few queries per 256 entries), then decided in file order. What it keeps of the
// whole file is a few numbers per entry in typed arrays (entry-columns.ts: the hashes of the
// Chinese keys seen first, a hash of the entry, its line, the Korean as written), so a 50 MB file
// with 900,000 rows is planned without 900,000 entry objects or strings alive at once.
//
// Entries sharing a Chinese term stay separate concepts unless the user merges them: each such
// entry is a duplicate with a preselected choice that never loses data (keep both; skip only for
// an exact repeat). Where each decision goes is the sink's business (importer-sinks.ts).
import type { ConceptInput, DuplicateChoice, ImportDuplicate } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { ConceptRepository } from './concepts.ts';
import { FirstByHash, NumberColumn, TextColumn } from './entry-columns.ts';
import { withoutRepeatedTerms } from './importer-merge.ts';
import { conceptLabel, isLanguage, normalizeConceptInput } from './validate.ts';

/** A duplicate as the planner finds it (an ImportDuplicate before the sink numbers it). */
export interface FoundDuplicate extends Omit<ImportDuplicate, 'id'> {
  /** The entry (its index in the file) it shares a Chinese term with, when that one is in the file. */
  otherEntry?: number;
}

export interface PlanSink {
  /** An entry left out, with why (it names the line). */
  invalid(index: number, warning: string): void;
  warning(warning: string): void;
  add(index: number, raw: ConceptInput): void;
  update(index: number, existingId: number, raw: ConceptInput): void;
  conflict(index: number, conflict: { existingId: number; incoming: ConceptInput; existingKo: string[]; incomingKo: string[] }): void;
  duplicate(index: number, duplicate: FoundDuplicate): void;
}

// Entries matched per query. Small enough that a batch's objects die young: with 2,000 they
// outlived the young generation and planning 100,000 entries took 0.4 s longer (GC).
const BATCH = 256;

/** Distinct folded keys of an entry's terms in `lang`. */
function foldedTerms(input: ConceptInput, lang: string): string[] {
  const keys: string[] = [];
  for (const term of input.terms) {
    if (!isLanguage(term.lang, lang)) continue;
    const key = fold(term.text);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x));
}

// A 53-bit hash in two 32-bit multiplicative lanes, fed one UTF-16 unit (or marker) at a time.
let laneA = 0;
let laneB = 0;

function startHash(): void {
  laneA = 0x811c9dc5;
  laneB = 0x9e3779b9;
}

function mix(code: number): void {
  laneA = Math.imul(laneA ^ code, 0x01000193);
  laneB = Math.imul(laneB ^ code, 0x5bd1e995);
  laneB ^= laneB >>> 13;
}

function mixText(text: string): void {
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
}

function finishHash(): number {
  let a = Math.imul(laneA ^ (laneA >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  const b = Math.imul(laneB ^ (laneB >>> 15), 0x2c1b3c6d);
  return (b >>> 0) * 0x200000 + ((a ^ (a >>> 16)) & 0x1fffff);
}

/**
 * A 53-bit hash of a text. Two entries with equal hashes are taken as identical; entries compared
 * share a Chinese key, so a false match is out of reach.
 */
export function hash53(text: string): number {
  startHash();
  mixText(text);
  return finishHash();
}

const ENTRY_FIELDS = ['definition', 'note', 'pinyin', 'subjectField', 'sourceIssue', 'sourceUrl', 'externalId'] as const;

/** Field markers lie above any UTF-16 unit, so no text can imitate a field boundary. */
function mixField(marker: number, text: string): void {
  mix(0x10000 + marker);
  mixText(text);
}

/**
 * The hash of a NORMALIZED entry, field by field (as hash53 of its JSON would tell entries
 * apart, without writing 100,000 JSON texts for an import's preview).
 */
export function entryHash(input: ConceptInput): number {
  startHash();
  mixField(1, input.category ?? '');
  mixField(2, input.approval ?? '');
  ENTRY_FIELDS.forEach((field, k) => {
    const value = input[field];
    if (value !== undefined) mixField(10 + k, value);
  });
  for (const term of input.terms) {
    mixField(20, term.lang);
    mixField(21, term.text);
    mixField(22, term.status ?? '');
    if (term.partOfSpeech !== undefined) mixField(23, term.partOfSpeech);
    if (term.note !== undefined) mixField(24, term.note);
    if (term.established === true) mix(0x10000 + 25);
  }
  return finishHash();
}

const KO_SEPARATOR = '\u0000';

/** The entry's Korean terms as written, joined (a raw entry: anything may be missing). */
function writtenKorean(raw: ConceptInput): string {
  if (!Array.isArray(raw.terms)) return '';
  let joined: string | undefined;
  for (const term of raw.terms) {
    if (!isLanguage(String(term?.lang), 'ko')) continue;
    joined = joined === undefined ? String(term.text) : `${joined}${KO_SEPARATOR}${String(term.text)}`;
  }
  return joined ?? '';
}

interface Prepared {
  index: number;
  line: number | undefined;
  raw: ConceptInput;
  input?: ConceptInput;
  /** Hashes of the folded Chinese terms (what the file's entries are compared by). */
  zh: number[];
  /** The folded Chinese terms (what the stored glossary is searched by). */
  zhKeys: string[];
  ko: string[];
  externalId?: string;
  existingId?: number;
  byZh: boolean;
}

export class ImportPlanner {
  private batch: { raw: ConceptInput; line: number | undefined }[] = [];
  private count = 0;
  private adds = 0;
  /** First entry (file index) with each Chinese key (by its hash), among those added or updating a stored concept. */
  private readonly firstByZh = new FirstByHash();
  /** Stored concept → the entry that updates it. */
  private readonly targeted = new Map<number, number>();
  // Per entry of the file, by index: what a later duplicate needs to know of it (-1: none).
  private readonly lineOf = new NumberColumn(Int32Array, -1);
  private readonly hashOf = new NumberColumn(Float64Array, -1);
  private readonly koOf = new TextColumn();
  private readonly existingOf = new NumberColumn(Int32Array, -1);
  private readonly addOf = new NumberColumn(Int32Array, -1);

  constructor(
    private readonly repo: ConceptRepository,
    private readonly sink: PlanSink,
  ) {}

  /** Entries seen so far. */
  get entries(): number {
    return this.count + this.batch.length;
  }

  add(raw: ConceptInput, line?: number): void {
    this.batch.push({ raw, line });
    if (this.batch.length >= BATCH) this.flush();
  }

  finish(): void {
    this.flush();
  }

  private label(raw: ConceptInput, line: number | undefined, index: number): string {
    return line !== undefined ? `line ${line} (${conceptLabel(raw)})` : `entry ${index + 1} (${conceptLabel(raw)})`;
  }

  private flush(): void {
    const batch = this.batch;
    this.batch = [];
    const prepared = batch.map(({ raw, line }, k) => this.prepare(raw, line, this.count + k));
    this.count += batch.length;
    this.match(prepared);
    const koOf = this.storedKorean(prepared);
    for (const entry of prepared) this.decide(entry, koOf);
  }

  private prepare(original: ConceptInput, line: number | undefined, index: number): Prepared {
    let raw = original;
    const once = withoutRepeatedTerms(raw);
    if (once !== undefined) {
      this.sink.warning(`${this.label(raw, line, index)}: ${once.repeated.map((t) => `"${t}"`).join(', ')} listed twice in the entry; kept once`);
      raw = once.input;
    }
    if (line !== undefined) this.lineOf.set(index, line);
    this.koOf.set(index, writtenKorean(raw));
    try {
      const input = normalizeConceptInput(raw);
      this.hashOf.set(index, entryHash(input));
      const zhKeys = foldedTerms(input, 'zh');
      const prepared: Prepared = { index, line, raw, input, zh: zhKeys.map(hash53), zhKeys, ko: foldedTerms(input, 'ko'), byZh: false };
      if (input.externalId !== undefined) prepared.externalId = input.externalId;
      return prepared;
    } catch (error) {
      this.sink.invalid(index, `${this.label(raw, line, index)}: ${error instanceof Error ? error.message : String(error)}; skipped`);
      return { index, line, raw, zh: [], zhKeys: [], ko: [], byZh: false };
    }
  }

  /** Each entry's stored concept (by external id, else by a Chinese key): two queries per batch. */
  private match(prepared: Prepared[]): void {
    const externalIds = new Set<string>();
    const zhKeys = new Set<string>();
    for (const p of prepared) {
      if (p.externalId !== undefined) externalIds.add(p.externalId);
      for (const key of p.zhKeys) zhKeys.add(key);
    }
    const byExternalId = this.repo.conceptIdsByExternalIds([...externalIds]);
    const zhOwner = new Map<string, number>(); // key → the lowest concept id with a Chinese term of that key
    for (const term of this.repo.termsByFoldedKeys([...zhKeys])) {
      if (!zhOwner.has(term.folded) && isLanguage(term.lang, 'zh')) zhOwner.set(term.folded, term.conceptId);
    }
    for (const p of prepared) {
      if (p.input === undefined) continue;
      if (p.externalId !== undefined) p.existingId = byExternalId.get(p.externalId);
      if (p.existingId !== undefined) continue;
      for (const key of p.zhKeys) {
        const owner = zhOwner.get(key);
        if (owner !== undefined) {
          p.existingId = owner;
          p.byZh = true;
          break;
        }
      }
    }
  }

  /** The Korean terms (folded and as written) of the stored concepts this batch matched. */
  private storedKorean(prepared: Prepared[]) {
    const ids = new Set<number>();
    for (const p of prepared) if (p.existingId !== undefined) ids.add(p.existingId);
    const existingKo = new Map<number, { folded: string[]; written: string[] }>();
    for (const concept of this.repo.load([...ids])) {
      const terms = concept.terms.filter((t) => isLanguage(t.lang, 'ko'));
      existingKo.set(concept.id, { folded: [...new Set(terms.map((t) => t.folded))], written: terms.map((t) => t.text) });
    }
    return (id: number) => existingKo.get(id) ?? { folded: [], written: [] };
  }

  private writtenKo(index: number): string[] {
    const joined = this.koOf.get(index);
    return joined === '' ? [] : joined.split(KO_SEPARATOR);
  }

  private duplicate(entry: Prepared, other: { index?: number; existingId?: number; addIndex?: number; otherKo: string[] }): void {
    const identical = other.index !== undefined && this.hashOf.get(entry.index) === this.hashOf.get(other.index);
    const line = other.index !== undefined ? this.lineOf.get(other.index) : -1;
    const withLine = line >= 0 ? line : undefined;
    this.sink.duplicate(entry.index, {
      incoming: entry.raw,
      ...(entry.line !== undefined ? { line: entry.line } : {}),
      ...(withLine !== undefined ? { withLine } : {}),
      ...(other.existingId !== undefined ? { existingId: other.existingId } : {}),
      ...(other.addIndex !== undefined ? { addIndex: other.addIndex } : {}),
      ...(other.index !== undefined ? { otherEntry: other.index } : {}),
      otherKo: other.otherKo,
      identical,
      choice: identical ? 'skip' : 'keep',
    });
  }

  private decide(entry: Prepared, koOf: (id: number) => { folded: string[]; written: string[] }): void {
    if (entry.input === undefined) return;
    const { index, zh, ko, existingId, raw } = entry;
    let earlier: number | undefined;
    for (const key of zh) if ((earlier = this.firstByZh.get(key)) !== undefined) break;
    if (existingId !== undefined) {
      const first = this.targeted.get(existingId);
      if (first !== undefined) {
        this.duplicate(entry, { index: first, existingId, otherKo: this.writtenKo(first) });
        return;
      }
      this.targeted.set(existingId, index);
      this.existingOf.set(index, existingId);
      for (const key of zh) if (!this.firstByZh.has(key)) this.firstByZh.set(key, index);
      // An entry without Korean adds information and cannot contradict a rendering.
      const sameKo = !entry.byZh || ko.length === 0 || sameSet(ko, koOf(existingId).folded);
      if (sameKo) {
        this.sink.update(index, existingId, raw);
      } else {
        const incomingKo = entry.input.terms.filter((t) => isLanguage(t.lang, 'ko')).map((t) => t.text);
        this.sink.conflict(index, { existingId, incoming: raw, existingKo: koOf(existingId).written, incomingKo });
        this.duplicate(entry, { existingId, otherKo: koOf(existingId).written });
      }
      return;
    }
    if (earlier !== undefined) {
      const other: { index: number; existingId?: number; addIndex?: number; otherKo: string[] } = { index: earlier, otherKo: this.writtenKo(earlier) };
      if (this.existingOf.get(earlier) >= 0) other.existingId = this.existingOf.get(earlier);
      if (this.addOf.get(earlier) >= 0) other.addIndex = this.addOf.get(earlier);
      this.duplicate(entry, other);
      return;
    }
    this.addOf.set(index, this.adds++);
    for (const key of zh) this.firstByZh.set(key, index);
    this.sink.add(index, raw);
  }
}
