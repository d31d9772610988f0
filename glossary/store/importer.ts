// Glossary import in two steps: planImport computes what would change (the dry-run preview),
// applyImport writes a plan in ONE transaction, so a bad entry leaves the database untouched.
import { InputError } from '../errors.ts';
import type { Concept, ConceptInput, ImportPlan, ImportResult } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { ConceptRepository } from './concepts.ts';
import type { Db } from './database.ts';
import { toInput } from './rows.ts';
import { conceptLabel, isLanguage, normalizeConceptInput } from './validate.ts';

export interface ApplyOptions {
  who: string;
  onProgress?: (done: number, total: number) => void;
  /** What to do with conflicts: leave them for a reviewer (skip, the default) or add them as new concepts. */
  resolveConflicts?: 'skip' | 'add';
}

const PROGRESS_EVERY = 1000;
/** From this many new concepts on, indexes are built once after the rows are in (see bulkAdd). */
const BULK_ADDS = 2000;

function foldedTerms(input: ConceptInput, lang: string): string[] {
  return [...new Set(input.terms.filter((t) => isLanguage(t.lang, lang)).map((t) => fold(t.text)))];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function planImport(repo: ConceptRepository, fileName: string, inputs: readonly ConceptInput[]): ImportPlan {
  const plan: ImportPlan = { file: fileName, adds: [], updates: [], conflicts: [], warnings: [] };
  const existingKo = new Map<number, { folded: string[]; written: string[] }>();
  const koOf = (id: number) => {
    let ko = existingKo.get(id);
    if (!ko) {
      const terms = repo.get(id)?.terms.filter((t) => isLanguage(t.lang, 'ko')) ?? [];
      ko = { folded: [...new Set(terms.map((t) => t.folded))], written: terms.map((t) => t.text) };
      existingKo.set(id, ko);
    }
    return ko;
  };
  const targeted = new Set<number>();
  const addedByZh = new Map<string, { entry: number; ko: string[] }>();

  inputs.forEach((raw, index) => {
    const label = `entry ${index + 1} (${conceptLabel(raw)})`;
    let input: ConceptInput;
    try {
      input = normalizeConceptInput(raw);
    } catch (error) {
      plan.warnings.push(`${label}: ${errorMessage(error)}; skipped`);
      return;
    }
    const zh = foldedTerms(input, 'zh');
    const ko = foldedTerms(input, 'ko');

    let existingId = input.externalId !== undefined ? repo.conceptIdByExternalId(input.externalId) : undefined;
    let sameKo = true;
    if (existingId === undefined) {
      for (const key of zh) {
        const hit = repo.termsByFolded(key).find((t) => isLanguage(t.lang, 'zh'));
        if (hit) {
          existingId = hit.conceptId;
          // An entry without Korean adds information and cannot contradict a rendering.
          sameKo = ko.length === 0 || sameSet(ko, koOf(hit.conceptId).folded);
          break;
        }
      }
    }
    if (existingId !== undefined) {
      if (targeted.has(existingId)) {
        plan.warnings.push(`${label}: matches concept ${existingId} like an earlier entry of the file; skipped`);
        return;
      }
      targeted.add(existingId);
      if (sameKo) {
        plan.updates.push({ existingId, incoming: raw });
      } else {
        const incomingKo = input.terms.filter((t) => isLanguage(t.lang, 'ko')).map((t) => t.text);
        plan.conflicts.push({ existingId, incoming: raw, existingKo: koOf(existingId).written, incomingKo });
      }
      return;
    }
    const earlier = zh.map((key) => addedByZh.get(key)).find((e) => e !== undefined);
    if (earlier) {
      const how = sameSet(ko, earlier.ko) ? 'repeats' : 'has the same Chinese as, but different Korean from,';
      plan.warnings.push(`${label} ${how} entry ${earlier.entry}; skipped`);
      return;
    }
    for (const key of zh) addedByZh.set(key, { entry: index + 1, ko });
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

export function applyImport(db: Db, repo: ConceptRepository, plan: ImportPlan, options: ApplyOptions): ImportResult {
  const addConflicts = options.resolveConflicts === 'add';
  const toAdd = addConflicts ? [...plan.adds, ...plan.conflicts.map((c) => c.incoming)] : plan.adds;
  const total = toAdd.length + plan.updates.length;
  let done = 0;
  const step = () => {
    done++;
    if (options.onProgress && (done % PROGRESS_EVERY === 0 || done === total)) options.onProgress(done, total);
  };
  const now = new Date().toISOString();

  const addAll = () => {
    for (const raw of toAdd) {
      const input = withEntryContext(plan.file, raw, () => normalizeConceptInput(raw));
      const concept = withEntryContext(plan.file, raw, () => repo.insert(input, now));
      repo.record(concept.id, 'import', options.who, now, null, concept);
      step();
    }
  };
  const run = db.transaction(() => {
    // Updates first: they need the indexes that a bulk add drops for a while.
    for (const { existingId, incoming } of plan.updates) {
      const before = repo.get(existingId);
      if (!before) throw new InputError(plan.file, `concept ${existingId} does not exist any more; preview the file again`);
      const merged = withEntryContext(plan.file, incoming, () => normalizeConceptInput(mergeImported(before, incoming)));
      withEntryContext(plan.file, incoming, () => repo.replace(existingId, merged, now));
      repo.record(existingId, 'import', options.who, now, before, repo.get(existingId)!);
      step();
    }
    if (toAdd.length >= BULK_ADDS) repo.bulkAdd(addAll);
    else addAll();
  });
  run();
  return {
    file: plan.file,
    added: toAdd.length,
    updated: plan.updates.length,
    conflicts: addConflicts ? 0 : plan.conflicts.length,
  };
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
