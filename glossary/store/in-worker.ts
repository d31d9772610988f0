// Long glossary work in a worker thread (glossary-worker.ts): applying an import plan (the same
// single transaction as GlossaryStore.applyImport) and exporting the glossary, each on a connection
// of its own while this thread keeps answering. Readers on other connections see nothing of an
// import until it commits (WAL), then everything.
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
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
  | { task: 'import'; dbPath: string; who: string; fileName: string; bytes: Uint8Array; options: Omit<ReadOptions, 'onProgress'> };

/** To an import task, after its preview: apply with these choices. */
export type ToImportWorker = { type: 'apply'; choices?: Record<number, DuplicateChoice>; allDuplicates?: DuplicateChoice };

export type FromGlossaryWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'preview'; plan: ImportPlan }
  | { type: 'failed'; name: string; message: string; file?: string; line?: number; column?: number };

type Progress = (done: number, total: number) => void;

/** The worker from its TypeScript source, run through tsx (the web mode, the tests). */
export function sourceGlossaryWorker(): GlossaryWorkerScript {
  return { script: fileURLToPath(new URL('./glossary-worker.ts', import.meta.url)), typescript: true };
}

/**
 * An import's heap: its live data stay well under this (a 50 MB file: under 250 MB), but without a
 * limit V8 lets the garbage of a million rows pile up to a gigabyte before it collects.
 */
const IMPORT_HEAP_MB = 384;
/**
 * The workers' young generation. The service's process may run with 64 MB semi-spaces for its
 * keystrokes (scripts/service-flags.mjs); a worker would inherit them (resourceLimits cannot lower
 * them), and an import's row garbage would then hold about 190 MB more before each scavenge. A V8
 * flag set now applies to isolates created later, never to this thread's heap, which keeps its own.
 */
const WORKER_SEMI_SPACE_MB = 8;
let workerYoungGenerationSet = false;

function smallWorkerYoungGeneration(): void {
  if (workerYoungGenerationSet) return;
  v8.setFlagsFromString(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  workerYoungGenerationSet = true;
}

/** A worker thread running `worker.script`; TypeScript goes through tsx's loader, registered first. */
function startWorker(worker: GlossaryWorkerScript, workerData: GlossaryWorkerTask, transferList?: ArrayBuffer[]): Worker {
  const options = {
    workerData,
    ...(transferList ? { transferList } : {}),
    ...(workerData.task === 'import' ? { resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MB } } : {}),
  };
  smallWorkerYoungGeneration();
  if (!worker.typescript) return new Worker(worker.script, options);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(worker.script).href)}); })`;
  return new Worker(boot, { eval: true, ...options });
}

function workerError(message: Extract<FromGlossaryWorker, { type: 'failed' }>): Error {
  return message.file !== undefined
    ? new InputError(message.file, message.message, { line: message.line, column: message.column })
    : Object.assign(new Error(message.message), { name: message.name });
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
      else if (message.type === 'failed') settle(() => reject(workerError(message)));
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

/** The glossary as file content (text; base64 for XLSX), made from what is committed when the worker starts. */
export function exportGlossaryInWorker(
  worker: GlossaryWorkerScript,
  request: { dbPath: string; format: GlossaryExportFormat; who: string; onProgress?: Progress },
): Promise<string> {
  const { onProgress, ...task } = request;
  return runInWorker(worker, { task: 'export', ...task }, onProgress) as Promise<string>;
}

/** An import whose plan lives in its worker: apply it once, or discard it (the thread ends either way). */
export interface ImportInWorker {
  plan: ImportPlan;
  apply(request: { choices?: Record<number, DuplicateChoice>; allDuplicates?: DuplicateChoice; onProgress?: Progress }): Promise<ImportResult>;
  discard(): void;
}

/** Bytes the worker may take over (a buffer of their own); else a copy that it may. */
function transferable(bytes: Uint8Array): Uint8Array {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return own ? bytes : new Uint8Array(bytes);
}

/**
 * Reads and plans a file in a worker thread that keeps the plan: this thread gets the preview
 * (first items and counts) and, on apply, the result. The file's bytes move to the worker, not
 * copied. While waiting for the user the idle thread does not keep the process alive.
 */
export function importInWorker(
  worker: GlossaryWorkerScript,
  request: { dbPath: string; who: string; fileName: string; bytes: Uint8Array; options: Omit<ReadOptions, 'onProgress'>; onProgress?: Progress },
): Promise<ImportInWorker> {
  const { onProgress, bytes, ...task } = request;
  const own = transferable(bytes);
  const thread = startWorker(worker, { task: 'import', ...task, bytes: own }, [own.buffer as ArrayBuffer]);
  let progress = onProgress;
  let finish: { resolve: (result: ImportResult) => void; reject: (error: Error) => void } | undefined;
  return new Promise((resolvePreview, rejectPreview) => {
    let previewed = false;
    let ended = false;
    const failed = (error: Error) => {
      ended = true;
      if (!previewed) rejectPreview(error);
      else finish?.reject(error);
      finish = undefined;
    };
    thread.on('message', (message: FromGlossaryWorker) => {
      if (message.type === 'progress') progress?.(message.done, message.total);
      else if (message.type === 'failed') failed(workerError(message));
      else if (message.type === 'done') {
        ended = true;
        finish?.resolve(message.result as ImportResult);
        finish = undefined;
      } else if (message.type === 'preview') {
        previewed = true;
        thread.unref();
        resolvePreview({
          plan: message.plan,
          apply: ({ onProgress: applying, ...choices }) =>
            new Promise<ImportResult>((resolve, reject) => {
              if (ended || finish) return reject(new Error('this import was applied or discarded already; preview the file again'));
              finish = { resolve, reject };
              progress = applying;
              thread.ref();
              thread.postMessage({ type: 'apply', ...choices } satisfies ToImportWorker);
            }),
          discard: () => {
            if (!ended && !finish) void thread.terminate();
            ended = true;
          },
        });
      }
    });
    thread.on('error', failed);
    thread.on('exit', (code) => {
      if (!ended) failed(new Error(`the glossary worker stopped (exit code ${code}) before it finished`));
    });
  });
}
