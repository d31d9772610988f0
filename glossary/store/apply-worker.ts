// Worker-thread entry: applies one import plan on a connection of its own and reports progress,
// so that the thread serving the app stays free to answer (progress polls, searches) meanwhile.
// Started by apply-in-worker.ts with { dbPath, plan, who } as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportPlan } from '../model.ts';
import { InputError } from '../errors.ts';
import { openStore } from './index.ts';
import type { FromApplyWorker } from './apply-in-worker.ts';

const { dbPath, plan, who } = workerData as { dbPath: string; plan: ImportPlan; who: string };
const send = (message: FromApplyWorker) => parentPort!.postMessage(message);

try {
  const store = openStore(dbPath, { who });
  try {
    const result = store.applyImport(plan, { onProgress: (done, total) => send({ type: 'progress', done, total }) });
    send({ type: 'done', result });
  } finally {
    store.close();
  }
} catch (error) {
  const input = error instanceof InputError ? { file: error.file, line: error.line, column: error.column } : {};
  send({ type: 'failed', name: (error as Error).name, message: error instanceof InputError ? error.problem : (error as Error).message, ...input });
}
