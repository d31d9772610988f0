// Glossary methods of the service: search, edit, history, import (preview + apply) and export.
import { randomUUID } from 'node:crypto';
import type { DonghyangApi, ExportedFile } from '../api.ts';
import type { DuplicateChoice, ImportPlan, ImportResult, Progress } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';
import { MAX_IMPORT_BYTES } from '../formats/index.ts';
import { EXPORT_FILES, exportBytes, exportGlossaryContent } from '../formats/export.ts';
import { previewOfFile, readOptions } from './import-preview.ts';
import { suggest } from '../readings/index.ts';
import { establishedLookup } from './established.ts';
import { exportGlossaryInWorker, importInWorker, type GlossaryWorkerScript } from '../store/in-worker.ts';
import { NotFoundError } from '../errors.ts';

type GlossaryMethods = Pick<
  DonghyangApi,
  | 'glossaryStats'
  | 'searchGlossary'
  | 'listConcepts'
  | 'getConcept'
  | 'saveConcept'
  | 'setTermStatus'
  | 'approveConcept'
  | 'deleteConcept'
  | 'conceptHistory'
  | 'previewImport'
  | 'applyImport'
  | 'progress'
  | 'exportGlossary'
  | 'suggest'
>;

/** Plans kept between preview and apply; a plan is used once. */
const MAX_PENDING_PLANS = 8;

/** A previewed import waiting for the user: its plan lives in a worker or in an ImportSession here. */
interface PendingImport {
  plan: ImportPlan;
  bytes: number;
  apply(request: { choices?: Record<number, DuplicateChoice>; allDuplicates?: DuplicateChoice; onProgress?: (done: number, total: number) => void }): Promise<ImportResult>;
  discard(): void;
}

/**
 * `conceptChanged(id, revisionBefore)` is told of every single-concept edit, so the recognizer can
 * patch itself instead of rebuilding.
 */
export function glossaryMethods(
  store: GlossaryStore,
  conceptChanged: (id: number, revisionBefore: number) => void = () => {},
  /** Where imports are applied and exports made: a worker thread (the app: progress stays live) or, without, here. */
  worker?: GlossaryWorkerScript,
): GlossaryMethods {
  const editing = <T extends { id: number } | void>(id: number | undefined, write: () => T): T => {
    const before = store.revision;
    const result = write();
    const changed = id ?? (result as { id: number } | undefined)?.id;
    if (changed !== undefined) conceptChanged(changed, before);
    return result;
  };

  const plans = new Map<string, PendingImport>();
  const forget = (planId: string) => {
    plans.get(planId)?.discard();
    plans.delete(planId);
  };
  let current: Progress | null = null;

  const report = (phase: string) => (done: number, total: number) => {
    current = { phase, done, total };
  };

  return {
    async glossaryStats() {
      return store.counts();
    },
    async searchGlossary({ query, offset, limit }) {
      return store.search(query, { offset, limit });
    },
    async listConcepts({ offset, limit }) {
      return store.listConcepts(offset, limit);
    },
    async getConcept({ id }) {
      const concept = store.getConcept(id);
      if (!concept) throw new NotFoundError(`concept ${id} does not exist`);
      return concept;
    },
    async saveConcept({ id, input }) {
      return editing(id, () => (id === undefined ? store.createConcept(input) : store.updateConcept(id, input)));
    },
    async setTermStatus({ termId, status }) {
      return editing(undefined, () => store.setTermStatus(termId, status));
    },
    async approveConcept({ id }) {
      return editing(id, () => store.approveConcept(id));
    },
    async deleteConcept({ id }) {
      editing(id, () => store.deleteConcept(id));
    },
    async conceptHistory({ id }) {
      return store.history(id);
    },
    async previewImport({ fileName, contentBase64, columns, langMap, sheet }) {
      current = { phase: 'parse', done: 0, total: 1 };
      try {
        const bytes = Buffer.from(contentBase64, 'base64');
        const options = readOptions(fileName, { columns, langMap, sheet });
        // The plan stays where it was made (the worker, or here): the caller gets the preview.
        let pending: PendingImport;
        if (worker) {
          const started = await importInWorker(worker, { dbPath: store.path, who: store.author, fileName, bytes, options, onProgress: report('parse') });
          pending = { plan: started.plan, bytes: bytes.byteLength, apply: started.apply, discard: started.discard };
        } else {
          const session = store.importFile({ fileName, bytes, options });
          const plan = previewOfFile(await session.preview(report('parse')));
          pending = { plan, bytes: bytes.byteLength, apply: async ({ onProgress, ...choices }) => session.apply({ ...choices, who: store.author, ...(onProgress ? { onProgress } : {}) }), discard: () => {} };
        }
        const planId = randomUUID();
        plans.set(planId, pending);
        // A remapped preview makes a new plan: older ones go, so that two big files are never held at once.
        const held = () => [...plans.values()].reduce((sum, p) => sum + p.bytes, 0);
        while (plans.size > MAX_PENDING_PLANS || (plans.size > 1 && held() > MAX_IMPORT_BYTES)) forget(plans.keys().next().value!);
        return { ...pending.plan, planId };
      } finally {
        current = null;
      }
    },
    async applyImport({ planId, choices: chosen, duplicates }) {
      const choices = chosen === undefined ? undefined : Object.fromEntries(chosen.map((c) => [c.id, c.choice]));
      const pending = plans.get(planId);
      if (!pending) throw new NotFoundError('this import preview has expired (or never was); preview the file again');
      plans.delete(planId);
      const counts = pending.plan.counts;
      current = { phase: 'apply', done: 0, total: counts ? counts.adds + counts.updates : pending.plan.adds.length + pending.plan.updates.length };
      try {
        return await pending.apply({ ...(choices ? { choices } : {}), ...(duplicates ? { allDuplicates: duplicates } : {}), onProgress: report('apply') });
      } finally {
        current = null;
      }
    },
    async progress() {
      return current;
    },
    async exportGlossary({ format }): Promise<ExportedFile> {
      current = { phase: 'export', done: 0, total: 1 };
      try {
        const content = worker
          ? await exportGlossaryInWorker(worker, { dbPath: store.path, format, who: store.author, onProgress: report('export') })
          : await exportGlossaryContent(format, [...store.allConcepts()]);
        const date = new Date().toISOString().slice(0, 10);
        const { extension, mimeType } = EXPORT_FILES[format];
        return {
          fileName: `donghyang-glossary-${date}${format === 'multiterm' ? '.mtf' : format === 'omegat' ? '.glossary' : ''}.${extension}`,
          mimeType,
          contentBase64: exportBytes(format, content).toString('base64'),
        };
      } finally {
        current = null;
      }
    },
    async suggest({ zh, category, historical, before, after }) {
      return suggest(zh, { category, historical, before, after, established: establishedLookup(store) });
    },
  };
}
