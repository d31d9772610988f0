// Long glossary work in a worker thread (glossary-worker.ts): applying an import plan (the same
// single transaction as GlossaryStore.applyImport) and exporting the glossary, each on a connection
// of its own while this thread keeps answering. Readers on other connections see nothing of an
// import until it commits (WAL), then everything.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { DuplicateChoice, ImportPlan, ImportResult } from '../model.ts';
import type { GlossaryExportFormat } from '../api.ts';
import type { ReadGlossary, ReadOptions } from '../formats/index.ts';

/** How to start the worker: its script, and whether it is TypeScript to run through tsx. */
export interface GlossaryWorkerScript {
  script: string;
  typescript?: boolean;
}

export type GlossaryWorkerTask =
  | { task: 'apply'; dbPath: string; who: string; plan: ImportPlan; choices?: Record<number, DuplicateChoice> }
  | { task: 'export'; dbPath: string; who: string; format: GlossaryExportFormat }
  | { task: 'parse'; fileName: string; bytes: Uint8Array; options: Omit<ReadOptions, 'onProgress'> }
  | { task: 'preview'; dbPath: string; who: string; fileName: string; bytes: Uint8Array; options: Omit<ReadOptions, 'onProgress'> };

export type FromGlossaryWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; name: string; message: string; file?: string; line?: number; column?: number };

type Progress = (done: number, total: number) => void;

/** The worker from its TypeScript source, run through tsx (the web mode, the tests). */
export function sourceGlossaryWorker(): GlossaryWorkerScript {
  return { script: fileURLToPath(new URL('./glossary-worker.ts', import.meta.url)), typescript: true };
}

/** A worker thread running `worker.script`; TypeScript goes through tsx's loader, registered first. */
function startWorker(worker: GlossaryWorkerScript, workerData: GlossaryWorkerTask): Worker {
  if (!worker.typescript) return new Worker(worker.script, { workerData });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(worker.script).href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

function runInWorker(worker: GlossaryWorkerScript, task: GlossaryWorkerTask, onProgress?: Progress): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const thread = startWorker(worker, task);
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
    };
    thread.on('message', (message: FromGlossaryWorker) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else {
        settle(() =>
          reject(
            message.file !== undefined
              ? new InputError(message.file, message.message, { line: message.line, column: message.column })
              : Object.assign(new Error(message.message), { name: message.name }),
          ),
        );
      }
    });
    thread.on('error', (error) => settle(() => reject(error)));
    thread.on('exit', (code) => settle(() => reject(new Error(`the glossary worker stopped (exit code ${code}) before it finished`))));
  });
}

export function applyImportInWorker(
  worker: GlossaryWorkerScript,
  request: { dbPath: string; plan: ImportPlan; who: string; choices?: Record<number, DuplicateChoice>; onProgress?: Progress },
): Promise<ImportResult> {
  const { onProgress, ...task } = request;
  return runInWorker(worker, { task: 'apply', ...task }, onProgress) as Promise<ImportResult>;
}

/**
 * Reads a glossary file in the worker, so that a huge or hostile file (100,000 nested XML
 * elements, a 50 MB CSV) never blocks the thread that answers the app.
 */
export function parseFileInWorker(
  worker: GlossaryWorkerScript,
  request: { fileName: string; bytes: Uint8Array; options: Omit<ReadOptions, 'onProgress'>; onProgress?: Progress },
): Promise<ReadGlossary> {
  const { onProgress, ...task } = request;
  return runInWorker(worker, { task: 'parse', ...task }, onProgress) as Promise<ReadGlossary>;
}

/**
 * An import's preview, made whole in the worker: the file read, then planned against the glossary
 * on the worker's own connection. Planning 20,000 concepts takes about a second; on the thread that
 * serves a team it held up every other user's answer for that long.
 */
export function previewImportInWorker(
  worker: GlossaryWorkerScript,
  request: { dbPath: string; who: string; fileName: string; bytes: Uint8Array; options: Omit<ReadOptions, 'onProgress'>; onProgress?: Progress },
): Promise<ImportPlan> {
  const { onProgress, ...task } = request;
  return runInWorker(worker, { task: 'preview', ...task }, onProgress) as Promise<ImportPlan>;
}

/** The glossary as file content (text; base64 for XLSX), made from what is committed when the worker starts. */
export function exportGlossaryInWorker(
  worker: GlossaryWorkerScript,
  request: { dbPath: string; format: GlossaryExportFormat; who: string; onProgress?: Progress },
): Promise<string> {
  const { onProgress, ...task } = request;
  return runInWorker(worker, { task: 'export', ...task }, onProgress) as Promise<string>;
}
