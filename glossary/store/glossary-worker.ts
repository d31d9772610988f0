// Worker-thread entry for long glossary work, on a connection of its own, reporting progress, so
// that the thread serving the app stays free to answer (progress polls, searches) meanwhile:
//   apply:  one import plan, in one transaction (GlossaryStore.applyImport);
//   export: the whole glossary in one of the export formats;
//   parse:  reading an import file (so a huge or hostile file never blocks the app's thread);
//   preview: reading an import file and planning it against the glossary (the whole dry run).
// Started by in-worker.ts with the task as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import { readGlossaryFile } from '../formats/index.ts';
import { exportGlossaryContent } from '../formats/export.ts';
import { openStore } from './index.ts';
import { previewPlan } from '../service/import-preview.ts';
import type { FromGlossaryWorker, GlossaryWorkerTask } from './in-worker.ts';

const task = workerData as GlossaryWorkerTask;
const send = (message: FromGlossaryWorker) => parentPort!.postMessage(message);
const onProgress = (done: number, total: number) => send({ type: 'progress', done, total });

async function run(): Promise<void> {
  if (task.task === 'parse') {
    send({ type: 'done', result: await readGlossaryFile(task.fileName, task.bytes, { ...task.options, onProgress }) });
    return;
  }
  const store = openStore(task.dbPath, { who: task.who });
  try {
    if (task.task === 'preview') {
      const read = await readGlossaryFile(task.fileName, task.bytes, { ...task.options, onProgress });
      send({ type: 'done', result: previewPlan(read, store.planImport(task.fileName, read.concepts, read.lines)) });
    } else if (task.task === 'apply') {
      send({ type: 'done', result: store.applyImport(task.plan, { onProgress, ...(task.choices ? { choices: task.choices } : {}) }) });
    } else {
      send({ type: 'done', result: await exportGlossaryContent(task.format, [...store.allConcepts()], onProgress) });
    }
  } finally {
    store.close();
  }
}

run().catch((error: unknown) => {
  const input = error instanceof InputError ? { file: error.file, line: error.line, column: error.column } : {};
  send({ type: 'failed', name: (error as Error).name, message: error instanceof InputError ? error.problem : (error as Error).message, ...input });
});
