// Glossary import in two steps: planImport computes what would change (the dry-run preview),
// applyImport writes a plan in ONE transaction, so a bad entry leaves the database untouched.
// (A file's import does the same without holding its entries: importer-session.ts.)
import { InputError } from '../errors.ts';
import type { Concept, ConceptInput, DuplicateChoice, ImportPlan, ImportResult } from '../model.ts';
import { mergeLossless } from './importer-merge.ts';
import { ImportPlanner } from './importer-planner.ts';
import { PlanCollector } from './importer-sinks.ts';
import { fold } from '../text/fold.ts';
import type { ConceptRepository } from './concepts.ts';
import type { Db } from './database.ts';
import { toInput } from './rows.ts';
import { conceptLabel, normalizeConceptInput } from './validate.ts';

export interface ApplyOptions {
  who: string;
  onProgress?: (done: number, total: number) => void;
  /** Overrides the choice for every entry that renders a stored Chinese term differently: skip it or add it as a new concept. */
  resolveConflicts?: 'skip' | 'add';
  /** The user's choice per duplicate (ImportDuplicate.id); a missing one keeps the preselected choice. */
  choices?: Record<number, DuplicateChoice>;
}

export const PROGRESS_EVERY = 1000;
/** From this many new concepts on, indexes are built once after the rows are in (see bulkAdd). */
export const BULK_ADDS = 2000;
/** New concepts are written this many at a time (multi-row statements, see multi-row.ts). */
export const ADD_BATCH = 256;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The dry run over entries held in memory (see importer-planner.ts for the rules). `lines`
 * (from the reader) make warnings name file lines.
 */
export function planImport(repo: ConceptRepository, fileName: string, rawInputs: readonly ConceptInput[], lines?: readonly number[]): ImportPlan {
  const collector = new PlanCollector(fileName);
  const planner = new ImportPlanner(repo, collector);
  rawInputs.forEach((raw, index) => planner.add(raw, lines?.[index]));
  planner.finish();
  return collector.plan;
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
      insertBatch(db, repo, plan.file, batch.map((raw) => ({ raw })), options.who, now);
      for (let i = 0; i < batch.length; i++) step();
    }
  };
  const run = db.transaction(() => {
    // Updates first: they need the indexes that a bulk add drops for a while.
    for (const { existingId, incoming, lossless } of updates) {
      updateOne(repo, plan.file, { existingId, incoming, lossless: lossless === true }, options.who, now);
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

/** Where an entry is, for errors: its line when known (the reader's), else its label. */
function entryError(file: string, raw: ConceptInput, line: number | undefined, error: unknown): InputError {
  if (error instanceof InputError) return error;
  return line !== undefined
    ? new InputError(file, `${conceptLabel(raw)}: ${errorMessage(error)}`, { line })
    : new InputError(file, `entry ${conceptLabel(raw)}: ${errorMessage(error)}`);
}

/**
 * Adds a batch of entries with multi-row statements and records them in the history. In a
 * savepoint: a refused row undoes the batch, which is then added entry by entry so that the error
 * names its entry (and line).
 */
export function insertBatch(db: Db, repo: ConceptRepository, file: string, batch: readonly { raw: ConceptInput; line?: number }[], who: string, now: string): void {
  const inputs = batch.map(({ raw, line }) => {
    try {
      return normalizeConceptInput(raw);
    } catch (error) {
      throw entryError(file, raw, line, error);
    }
  });
  let ids: number[];
  try {
    ids = db.transaction(() => repo.addMany(inputs, now))();
  } catch {
    ids = inputs.map((input, i) => {
      try {
        return repo.insert(input, now).id;
      } catch (error) {
        throw entryError(file, batch[i]!.raw, batch[i]!.line, error);
      }
    });
  }
  repo.recordImportedAdds(who, now, ids);
}

/** Lays an entry over a stored concept (an update, or a duplicate's merge: lossless) and records it. */
export function updateOne(
  repo: ConceptRepository,
  file: string,
  update: { existingId: number; incoming: ConceptInput; lossless: boolean; line?: number },
  who: string,
  now: string,
): void {
  const { existingId, incoming, lossless, line } = update;
  const before = repo.get(existingId);
  if (!before) throw new InputError(file, `concept ${existingId} does not exist any more; preview the file again`);
  try {
    const mergedInput = lossless ? mergeLossless(toInput(before), incoming) : mergeImported(before, incoming);
    repo.replace(existingId, normalizeConceptInput(mergedInput), now);
  } catch (error) {
    throw entryError(file, incoming, line, error);
  }
  repo.record(existingId, 'import', who, now, before, repo.get(existingId)!);
}

/**
 * Runs a bulk write without SQLite's automatic checkpoint at its commit: copying ~70 MB from the
 * WAL into the file takes ~0.2 s that the user need not wait for. The WAL holds the committed import (readers
 * see it at once); the checkpoint comes with the next write's commit or when the store closes.
 */
export function withCheckpointAfter(db: Db, write: () => void): void {
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
