// Glossary methods of the service: search, edit, history, import (preview + apply) and export.
import { randomUUID } from 'node:crypto';
import type { DonghyangApi, ExportedFile } from '../api.ts';
import type { ImportPlan, Progress } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';
import { readGlossaryFile } from '../formats/index.ts';
import { EXPORT_FILES, exportBytes, exportGlossaryContent } from '../formats/export.ts';
import { previewPlan, readOptions } from './import-preview.ts';
import { suggest } from '../readings/index.ts';
import { establishedLookup } from './established.ts';
import { applyImportInWorker, exportGlossaryInWorker, previewImportInWorker, type GlossaryWorkerScript } from '../store/in-worker.ts';
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

  const plans = new Map<string, ImportPlan>();
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
        // With a worker, reading and planning both happen there: this thread keeps answering.
        const plan = worker
          ? await previewImportInWorker(worker, { dbPath: store.path, who: store.author, fileName, bytes, options, onProgress: report('parse') })
          : await readGlossaryFile(fileName, bytes, { ...options, onProgress: report('parse') }).then((read) => previewPlan(read, store.planImport(fileName, read.concepts, read.lines)));
        const planId = randomUUID();
        plans.set(planId, plan);
        while (plans.size > MAX_PENDING_PLANS) plans.delete(plans.keys().next().value!);
        return { ...plan, planId };
      } finally {
        current = null;
      }
    },
    async applyImport({ planId, choices: chosen }) {
      const choices = chosen === undefined ? undefined : Object.fromEntries(chosen.map((c) => [c.id, c.choice]));
      const plan = plans.get(planId);
      if (!plan) throw new NotFoundError('this import preview has expired (or never was); preview the file again');
      plans.delete(planId);
      current = { phase: 'apply', done: 0, total: plan.adds.length + plan.updates.length };
      try {
        if (!worker) return store.applyImport(plan, { onProgress: report('apply'), ...(choices ? { choices } : {}) });
        return await applyImportInWorker(worker, { dbPath: store.path, plan, who: store.author, ...(choices ? { choices } : {}), onProgress: report('apply') });
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
