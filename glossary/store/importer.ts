// Glossary import in two steps: planImport computes what would change (the dry-run preview),
// applyImport writes a plan in ONE transaction, so a bad entry leaves the database untouched.
import { InputError } from '../errors.ts';
import type { Concept, ConceptInput, DuplicateChoice, ImportPlan, ImportResult } from '../model.ts';
import { mergeLossless, withoutRepeatedTerms } from './importer-merge.ts';
import { fold } from '../text/fold.ts';
import type { ConceptRepository } from './concepts.ts';
import type { Db } from './database.ts';
import { toInput } from './rows.ts';
import { conceptLabel, isLanguage, normalizeConceptInput } from './validate.ts';

export interface ApplyOptions {
  who: string;
  onProgress?: (done: number, total: number) => void;
  /** Overrides the choice for every entry that renders a stored Chinese term differently: skip it or add it as a new concept. */
  resolveConflicts?: 'skip' | 'add';
  /** The user's choice per duplicate (ImportDuplicate.id); a missing one keeps the preselected choice. */
  choices?: Record<number, DuplicateChoice>;
}

const PROGRESS_EVERY = 1000;
/** From this many new concepts on, indexes are built once after the rows are in (see bulkAdd). */
const BULK_ADDS = 2000;
/** New concepts are written this many at a time (multi-row statements, see multi-row.ts). */
const ADD_BATCH = 256;

/** The distinct folded keys of an entry's terms in `lang`. */
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

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Entry {
  externalId: string | undefined;
  zh: string[];
  ko: string[];
  /** The stored concept this entry is about (by external id, else by a Chinese key). */
  existingId: number | undefined;
  /** Whether the entry found its concept by a Chinese key (then its Korean is compared). */
  byZh: boolean;
}

/**
 * Looks up every entry's stored concept with a few queries for the whole file (external ids,
 * Chinese keys) instead of a few per entry. An invalid entry is its warning instead.
 */
function matchEntries(repo: ConceptRepository, inputs: readonly ConceptInput[], labelOf: (raw: ConceptInput, index: number) => string): (Entry | string)[] {
  const externalIds = new Set<string>();
  const zhKeys = new Set<string>();
  const entries = inputs.map((raw, index): Entry | string => {
    try {
      // Only the keys are kept: 100,000 normalized copies would outlive many garbage collections.
      const input = normalizeConceptInput(raw);
      const zh = foldedTerms(input, 'zh');
      const { externalId } = input;
      if (externalId !== undefined) externalIds.add(externalId);
      for (const key of zh) zhKeys.add(key);
      return { externalId, zh, ko: foldedTerms(input, 'ko'), existingId: undefined, byZh: false };
    } catch (error) {
      return `${labelOf(raw, index)}: ${errorMessage(error)}; skipped`;
    }
  });
  const byExternalId = repo.conceptIdsByExternalIds([...externalIds]);
  const zhOwner = new Map<string, number>(); // key → the lowest concept id with a Chinese term of that key
  for (const term of repo.termsByFoldedKeys([...zhKeys])) {
    if (!zhOwner.has(term.folded) && isLanguage(term.lang, 'zh')) zhOwner.set(term.folded, term.conceptId);
  }
  for (const entry of entries) {
    if (typeof entry === 'string') continue;
    if (entry.externalId !== undefined) entry.existingId = byExternalId.get(entry.externalId);
    if (entry.existingId !== undefined) continue;
    for (const key of entry.zh) {
      const owner = zhOwner.get(key);
      if (owner !== undefined) {
        entry.existingId = owner;
        entry.byZh = true;
        break;
      }
    }
  }
  return entries;
}

/** The Korean terms (folded and as written) of the stored concepts that entries matched. */
function koreanOf(repo: ConceptRepository, entries: readonly (Entry | string)[]) {
  const ids = new Set<number>();
  for (const e of entries) if (typeof e !== 'string' && e.existingId !== undefined) ids.add(e.existingId);
  const existingKo = new Map<number, { folded: string[]; written: string[] }>();
  for (const concept of repo.load([...ids])) {
    const terms = concept.terms.filter((t) => isLanguage(t.lang, 'ko'));
    existingKo.set(concept.id, { folded: [...new Set(terms.map((t) => t.folded))], written: terms.map((t) => t.text) });
  }
  return (id: number) => existingKo.get(id) ?? { folded: [], written: [] };
}

/** Where an entry is, for messages: its line when the reader knew it, else its number. */
function labeller(lines: readonly number[] | undefined) {
  return (raw: ConceptInput, index: number) =>
    lines?.[index] !== undefined ? `line ${lines[index]} (${conceptLabel(raw)})` : `entry ${index + 1} (${conceptLabel(raw)})`;
}

function sameEntry(a: ConceptInput, b: ConceptInput): boolean {
  try {
    return JSON.stringify(normalizeConceptInput(a)) === JSON.stringify(normalizeConceptInput(b));
  } catch {
    return false;
  }
}

/**
 * The dry run. Entries sharing a Chinese term stay separate concepts unless the user merges
 * them: each such entry is a duplicate with a preselected choice that never loses data (keep
 * both; skip only for an exact repeat). `lines` (from the reader) make warnings name file lines.
 */
export function planImport(repo: ConceptRepository, fileName: string, rawInputs: readonly ConceptInput[], lines?: readonly number[]): ImportPlan {
  const plan: ImportPlan = { file: fileName, adds: [], updates: [], conflicts: [], warnings: [], duplicates: [] };
  const labelOf = labeller(lines);
  const inputs = rawInputs.map((raw, index) => {
    const once = withoutRepeatedTerms(raw);
    if (once === undefined) return raw;
    plan.warnings.push(`${labelOf(raw, index)}: ${once.repeated.map((t) => `"${t}"`).join(', ')} listed twice in the entry; kept once`);
    return once.input;
  });
  const entries = matchEntries(repo, inputs, labelOf);
  const koOf = koreanOf(repo, entries);
  /** The first entry of the file with each Chinese key, and where it went. */
  const firstByZh = new Map<string, { index: number; ko: string[]; existingId?: number; addIndex?: number }>();
  const targeted = new Map<number, number>(); // stored concept → the entry that updates it
  const duplicates = plan.duplicates!;
  const written = (raw: ConceptInput) => raw.terms.filter((t) => isLanguage(String(t.lang), 'ko')).map((t) => String(t.text));

  const duplicate = (raw: ConceptInput, index: number, other: { index?: number; existingId?: number; addIndex?: number; otherKo: string[] }) => {
    const identical = other.index !== undefined && sameEntry(raw, inputs[other.index]!);
    duplicates.push({
      id: duplicates.length,
      incoming: raw,
      ...(lines?.[index] !== undefined ? { line: lines[index] } : {}),
      ...(other.index !== undefined && lines?.[other.index] !== undefined ? { withLine: lines[other.index] } : {}),
      ...(other.existingId !== undefined ? { existingId: other.existingId } : {}),
      ...(other.addIndex !== undefined ? { addIndex: other.addIndex } : {}),
      otherKo: other.otherKo,
      identical,
      choice: identical ? 'skip' : 'keep',
    });
  };

  inputs.forEach((raw, index) => {
    const entry = entries[index]!;
    if (typeof entry === 'string') {
      plan.warnings.push(entry);
      return;
    }
    const { zh, ko, existingId } = entry;
    let earlier: { index: number; ko: string[]; existingId?: number; addIndex?: number } | undefined;
    for (const key of zh) if ((earlier = firstByZh.get(key))) break;
    if (existingId !== undefined) {
      const first = targeted.get(existingId);
      if (first !== undefined) {
        duplicate(raw, index, { index: first, existingId, otherKo: written(inputs[first]!) });
        return;
      }
      targeted.set(existingId, index);
      for (const key of zh) if (!firstByZh.has(key)) firstByZh.set(key, { index, ko, existingId });
      // An entry without Korean adds information and cannot contradict a rendering.
      const sameKo = !entry.byZh || ko.length === 0 || sameSet(ko, koOf(existingId).folded);
      if (sameKo) {
        plan.updates.push({ existingId, incoming: raw });
      } else {
        const incomingKo = normalizeConceptInput(raw).terms.filter((t) => isLanguage(t.lang, 'ko')).map((t) => t.text);
        plan.conflicts.push({ existingId, incoming: raw, existingKo: koOf(existingId).written, incomingKo });
        duplicate(raw, index, { existingId, otherKo: koOf(existingId).written });
      }
      return;
    }
    if (earlier) {
      duplicate(raw, index, { index: earlier.index, existingId: earlier.existingId, addIndex: earlier.addIndex, otherKo: written(inputs[earlier.index]!) });
      return;
    }
    const addIndex = plan.adds.length;
    for (const key of zh) firstByZh.set(key, { index, ko, addIndex });
    plan.adds.push(raw);
  });
  return plan;
}

/**
 * The stored concept with an imported entry laid over it: fields the entry sets win, terms are
 * matched by language and folded text (their attributes updated), new terms are appended, and
 * nothing the file does not mention is lost. Approval is never lowered by an import.
 */
export function mergeImported(existing: Concept, incoming: ConceptInput): ConceptInput {
  const merged = toInput(existing);
  if (typeof incoming.category === 'string') merged.category = incoming.category;
  for (const field of ['definition', 'note', 'subjectField', 'sourceIssue', 'sourceUrl', 'externalId'] as const) {
    const value = incoming[field];
    if (typeof value === 'string' && value.trim() !== '') merged[field] = value;
  }
  if (incoming.approval === 'approved') merged.approval = 'approved';
  for (const term of incoming.terms ?? []) {
    const key = fold(typeof term.text === 'string' ? term.text.trim() : '');
    const same = merged.terms.find((t) => t.lang.toLowerCase() === String(term.lang).toLowerCase() && fold(t.text) === key);
    if (!same) {
      merged.terms.push(term);
      continue;
    }
    if (term.status !== undefined) same.status = term.status;
    if (term.partOfSpeech !== undefined) same.partOfSpeech = term.partOfSpeech;
    if (term.note !== undefined) same.note = term.note;
    if (term.established !== undefined) same.established = term.established;
  }
  return merged;
}

/** The plan with each duplicate's choice carried out: what to add, what to merge into stored concepts. */
function resolveDuplicates(plan: ImportPlan, options: ApplyOptions) {
  const toAdd = [...plan.adds];
  const updates: { existingId: number; incoming: ConceptInput; lossless?: boolean }[] = [...plan.updates];
  let skippedConflicts = 0;
  for (const d of plan.duplicates ?? []) {
    const againstGlossary = d.existingId !== undefined && d.withLine === undefined && d.addIndex === undefined;
    let choice = options.choices?.[d.id] ?? d.choice;
    if (againstGlossary && options.resolveConflicts !== undefined) choice = options.resolveConflicts === 'add' ? 'keep' : 'skip';
    if (choice === 'keep') toAdd.push(d.incoming);
    else if (choice === 'merge' && d.addIndex !== undefined) toAdd[d.addIndex] = mergeLossless(toAdd[d.addIndex]!, d.incoming);
    else if (choice === 'merge' && d.existingId !== undefined) updates.push({ existingId: d.existingId, incoming: d.incoming, lossless: true });
    else if (againstGlossary) skippedConflicts++;
  }
  return { toAdd, updates, skippedConflicts };
}

export function applyImport(db: Db, repo: ConceptRepository, plan: ImportPlan, options: ApplyOptions): ImportResult {
  const { toAdd, updates, skippedConflicts } = resolveDuplicates(plan, options);
  const total = toAdd.length + updates.length;
  let done = 0;
  const step = () => {
    done++;
    if (options.onProgress && (done % PROGRESS_EVERY === 0 || done === total)) options.onProgress(done, total);
  };
  const now = new Date().toISOString();

  const addAll = () => {
    for (let start = 0; start < toAdd.length; start += ADD_BATCH) {
      const batch = toAdd.slice(start, start + ADD_BATCH);
      const inputs = batch.map((raw) => withEntryContext(plan.file, raw, () => normalizeConceptInput(raw)));
      let concepts: Concept[];
      try {
        // In a savepoint: a refused row undoes the batch, which is then added entry by entry so
        // that the error names its entry.
        concepts = db.transaction(() => repo.insertMany(inputs, now))();
      } catch {
        concepts = inputs.map((input, i) => withEntryContext(plan.file, batch[i]!, () => repo.insert(input, now)));
      }
      repo.recordMany('import', options.who, now, concepts.map((c) => ({ conceptId: c.id, before: null, after: c })));
      for (let i = 0; i < batch.length; i++) step();
    }
  };
  const run = db.transaction(() => {
    // Updates first: they need the indexes that a bulk add drops for a while.
    for (const { existingId, incoming, lossless } of updates) {
      const before = repo.get(existingId);
      if (!before) throw new InputError(plan.file, `concept ${existingId} does not exist any more; preview the file again`);
      const mergedInput = lossless ? mergeLossless(toInput(before), incoming) : mergeImported(before, incoming);
      const merged = withEntryContext(plan.file, incoming, () => normalizeConceptInput(mergedInput));
      withEntryContext(plan.file, incoming, () => repo.replace(existingId, merged, now));
      repo.record(existingId, 'import', options.who, now, before, repo.get(existingId)!);
      step();
    }
    if (toAdd.length >= BULK_ADDS) repo.bulkAdd(addAll);
    else addAll();
  });
  // IMMEDIATE (see GlossaryStore.write); nested in a caller's transaction it is a savepoint.
  if (toAdd.length >= BULK_ADDS) withCheckpointAfter(db, () => run.immediate());
  else run.immediate();
  return { file: plan.file, added: toAdd.length, updated: updates.length, conflicts: skippedConflicts };
}

/**
 * Runs a bulk write without SQLite's automatic checkpoint at its commit: copying ~70 MB from the
 * WAL into the file takes ~0.2 s that the user need not wait for. The WAL holds the committed import (readers
 * see it at once); the checkpoint comes with the next write's commit or when the store closes.
 */
function withCheckpointAfter(db: Db, write: () => void): void {
  if (db.inTransaction) {
    write(); // inside a caller's transaction the commit (and its checkpoint) is the caller's
    return;
  }
  const pages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    write();
  } finally {
    db.pragma(`wal_autocheckpoint = ${pages}`);
  }
}

/** Runs one entry's step; any failure becomes an InputError naming the file and the entry. */
function withEntryContext<T>(file: string, raw: ConceptInput, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `entry ${conceptLabel(raw)}: ${errorMessage(error)}`);
  }
}
