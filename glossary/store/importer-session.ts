// A file's import as the app runs it, without ever holding the file's entries: the preview reads
// the file once, row by row, into the planner (importer-planner.ts), and keeps the first few of
// each list for the window plus one small decision per entry; applying reads the file again and
// writes each entry as its decision and the user's choices say, in batches, in ONE transaction.
// A 50 MB CSV (900,000 rows) stays a few hundred MB (see glossary/bench/import-memory.bench.ts).
import { InputError } from '../errors.ts';
import { loadGlossaryFile, type GlossaryReading, type ReadGlossary, type ReadOptions } from '../formats/index.ts';
import type { ConceptInput, DuplicateChoice, ImportPlan, ImportResult } from '../model.ts';
import type { ConceptRepository } from './concepts.ts';
import type { Db } from './database.ts';
import { ADD_BATCH, BULK_ADDS, PROGRESS_EVERY, insertBatch, updateOne, withCheckpointAfter } from './importer.ts';
import { mergeLossless, withoutRepeatedTerms } from './importer-merge.ts';
import { ImportPlanner } from './importer-planner.ts';
import { EntryKind, PlanCollector, type PlanCounts, type PlanDecisions } from './importer-sinks.ts';

/** How many of each list (adds, updates, conflicts, duplicates) the preview holds; the counts count all. */
export const PREVIEW_LIMIT = 100;
export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  options: Omit<ReadOptions, 'onProgress'>;
}

export interface ApplyRequest {
  who: string;
  /** The user's choice per duplicate id; a missing one takes `allDuplicates`, else the preselected choice. */
  choices?: Record<number, DuplicateChoice>;
  allDuplicates?: DuplicateChoice;
  onProgress?: (done: number, total: number) => void;
}

type Progress = (done: number, total: number) => void;

export class ImportSession {
  private reading: GlossaryReading | undefined;
  private decisions: PlanDecisions | undefined;
  private entries = 0;

  constructor(
    private readonly db: Db,
    private readonly repo: ConceptRepository,
    private readonly file: ImportFile,
    private readonly applied: () => void = () => {},
  ) {}

  /**
   * Reads and plans the file: the plan with its lists cut to their first items, the counts of all,
   * what the reader said (warnings, table, sheets: concepts and lines stay empty) and the terms per language.
   */
  async preview(onProgress?: Progress): Promise<{ plan: ImportPlan; counts: PlanCounts; read: ReadGlossary; languages: Record<string, number> }> {
    const { fileName, bytes, options } = this.file;
    this.reading = await loadGlossaryFile(fileName, bytes, { ...options, ...(onProgress ? { onProgress } : {}) });
    const collector = new PlanCollector(fileName, PREVIEW_LIMIT, true);
    const planner = new ImportPlanner(this.repo, collector);
    const languages: Record<string, number> = {};
    const read = this.reading.read((concept, line) => {
      for (const term of concept.terms) languages[term.lang] = (languages[term.lang] ?? 0) + 1;
      planner.add(concept, line);
    }, onProgress);
    planner.finish();
    this.entries = planner.entries;
    this.decisions = collector.decisions;
    return { plan: collector.plan, counts: collector.counts, read, languages };
  }

  /** Applies the previewed file (once) in one transaction; throws InputError naming the line on a bad entry. */
  apply(request: ApplyRequest): ImportResult {
    const decisions = this.decisions;
    const reading = this.reading;
    if (decisions === undefined || reading === undefined) throw new Error('this import was not previewed, or was applied already');
    this.decisions = undefined;
    const { fileName } = this.file;
    const choiceOf = (id: number): DuplicateChoice => request.choices?.[id] ?? request.allDuplicates ?? decisions.defaultChoice(id);

    // What the choices make of the duplicates: more adds, merges (into an added entry or a stored concept), skips.
    const choice: DuplicateChoice[] = [];
    const mergeInto = new Set<number>();
    const kinds = decisions.countKinds();
    let added = kinds[EntryKind.Add];
    let updated = kinds[EntryKind.Update];
    let skippedConflicts = 0;
    for (let id = 0; id < decisions.duplicates; id++) {
      const chosen = (choice[id] = choiceOf(id));
      const target = decisions.dupTarget.get(id);
      if (chosen === 'keep') added++;
      else if (chosen === 'merge' && target >= 0) mergeInto.add(target);
      else if (chosen === 'merge' && decisions.dupExisting.get(id) >= 0) updated++;
      else if (decisions.dupAgainstGlossary.get(id)) skippedConflicts++;
    }
    // Entries that others merge into wait until the end of the file: then they are complete.
    added -= mergeInto.size;

    const total = added + mergeInto.size + updated;
    let done = 0;
    const step = () => {
      done++;
      if (request.onProgress && (done % PROGRESS_EVERY === 0 || done === total)) request.onProgress(done, total);
    };
    const now = new Date().toISOString();
    const readAll = (visit: (index: number, raw: ConceptInput, line: number) => void) => {
      let index = 0;
      reading.read((concept, line) => visit(index++, withoutRepeatedTerms(concept)?.input ?? concept, line));
      if (index !== this.entries) throw new InputError(fileName, `the file now holds ${index} entries, not the ${this.entries} previewed; preview it again`);
    };

    const updateAll = () =>
      readAll((index, raw, line) => {
        const kind = decisions.kind(index);
        if (kind === EntryKind.Update) updateOne(this.repo, fileName, { existingId: decisions.ref(index), incoming: raw, lossless: false, line }, request.who, now);
        else if (kind === EntryKind.Duplicate) {
          const id = decisions.ref(index);
          if (choice[id] !== 'merge' || decisions.dupTarget.get(id) >= 0 || decisions.dupExisting.get(id) < 0) return;
          updateOne(this.repo, fileName, { existingId: decisions.dupExisting.get(id), incoming: raw, lossless: true, line }, request.who, now);
        } else return;
        step();
      });

    const addAll = () => {
      let batch: { raw: ConceptInput; line: number }[] = [];
      const held = new Map<number, { raw: ConceptInput; line: number }>();
      const flush = () => {
        insertBatch(this.db, this.repo, fileName, batch, request.who, now);
        for (let i = 0; i < batch.length; i++) step();
        batch = [];
      };
      const push = (entry: { raw: ConceptInput; line: number }) => {
        batch.push(entry);
        if (batch.length >= ADD_BATCH) flush();
      };
      readAll((index, raw, line) => {
        const kind = decisions.kind(index);
        if (kind === EntryKind.Add) {
          if (mergeInto.has(index)) held.set(index, { raw, line });
          else push({ raw, line });
        } else if (kind === EntryKind.Duplicate) {
          const id = decisions.ref(index);
          const target = decisions.dupTarget.get(id);
          if (choice[id] === 'keep') push({ raw, line });
          else if (choice[id] === 'merge' && target >= 0) {
            const into = held.get(target)!;
            into.raw = mergeLossless(into.raw, raw);
          }
        }
      });
      for (const entry of held.values()) push(entry);
      flush();
    };

    const adds = added + mergeInto.size;
    const run = this.db.transaction(() => {
      // Updates first: they need the indexes that a bulk add drops for a while.
      if (updated > 0) updateAll();
      if (adds >= BULK_ADDS) this.repo.bulkAdd(addAll);
      else if (adds > 0) addAll();
    });
    // IMMEDIATE (see GlossaryStore.write); nested in a caller's transaction it is a savepoint.
    if (adds >= BULK_ADDS) withTempFiles(this.db, () => withCheckpointAfter(this.db, () => run.immediate()));
    else run.immediate();
    this.reading = undefined;
    this.applied();
    return { file: fileName, added: adds, updated, conflicts: skippedConflicts };
  }
}

/**
 * Runs a bulk write with SQLite's sorts (index builds over a million terms) in temporary files
 * rather than in memory, where they would take a few hundred MB next to the import.
 */
function withTempFiles(db: Db, write: () => void): void {
  if (db.inTransaction) return write();
  const store = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('temp_store = FILE');
  try {
    write();
  } finally {
    db.pragma(`temp_store = ${store}`);
  }
}
