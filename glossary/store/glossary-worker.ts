// Worker-thread entry for long glossary work, on a connection of its own, reporting progress, so
// that the thread serving the app stays free to answer (progress polls, searches) meanwhile:
//   apply:  one import plan, in one transaction (GlossaryStore.applyImport);
//   export: the whole glossary as TBX or CSV text.
// Started by in-worker.ts with the task as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import { exportCsv, exportTbx } from '../formats/index.ts';
import { openStore } from './index.ts';
import type { FromGlossaryWorker, GlossaryWorkerTask } from './in-worker.ts';

const task = workerData as GlossaryWorkerTask;
const send = (message: FromGlossaryWorker) => parentPort!.postMessage(message);
const onProgress = (done: number, total: number) => send({ type: 'progress', done, total });

try {
  const store = openStore(task.dbPath, { who: task.who });
  try {
    if (task.task === 'apply') {
      send({ type: 'done', result: store.applyImport(task.plan, { onProgress }) });
    } else {
      const concepts = [...store.allConcepts()];
      send({ type: 'done', result: task.format === 'tbx' ? exportTbx(concepts, onProgress) : exportCsv(concepts, onProgress) });
    }
  } finally {
    store.close();
  }
} catch (error) {
  const input = error instanceof InputError ? { file: error.file, line: error.line, column: error.column } : {};
  send({ type: 'failed', name: (error as Error).name, message: error instanceof InputError ? error.problem : (error as Error).message, ...input });
}
