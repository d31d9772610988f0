// Applies an import plan in a worker thread (apply-worker.ts): the same single transaction as
// GlossaryStore.applyImport, on a connection of its own, while this thread keeps answering. Readers
// on other connections see nothing of it until it commits (WAL), then everything.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { ImportPlan, ImportResult } from '../model.ts';

/** How to start the worker: its script, and whether it is TypeScript to run through tsx. */
export interface ApplyWorkerScript {
  script: string;
  typescript?: boolean;
}

export type FromApplyWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; name: string; message: string; file?: string; line?: number; column?: number };

/** The worker from its TypeScript source, run through tsx (the web mode, the tests). */
export function sourceApplyWorker(): ApplyWorkerScript {
  return { script: fileURLToPath(new URL('./apply-worker.ts', import.meta.url)), typescript: true };
}

/** A worker thread running `worker.script`; TypeScript goes through tsx's loader, registered first. */
function startWorker(worker: ApplyWorkerScript, workerData: unknown): Worker {
  if (!worker.typescript) return new Worker(worker.script, { workerData });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(worker.script).href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export function applyImportInWorker(
  worker: ApplyWorkerScript,
  request: { dbPath: string; plan: ImportPlan; who: string; onProgress?: (done: number, total: number) => void },
): Promise<ImportResult> {
  const { onProgress, ...data } = request;
  return new Promise((resolve, reject) => {
    const thread = startWorker(worker, data);
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
    };
    thread.on('message', (message: FromApplyWorker) => {
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
    thread.on('exit', (code) => settle(() => reject(new Error(`the import worker stopped (exit code ${code}) before it finished; nothing was imported`))));
  });
}
