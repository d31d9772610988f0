// Worker-thread entry for long glossary work, on a connection of its own, reporting progress, so
// that the thread serving the app stays free to answer (progress polls, searches) meanwhile:
//   apply:  one import plan, in one transaction (GlossaryStore.applyImport);
//   export: the whole glossary in one of the export formats;
//   parse:  reading an import file (so a huge or hostile file never blocks the app's thread);
//   import: a file's whole import: read and plan it, send the preview, then wait for the
//           user's choices and apply it (the plan stays here: the app's thread gets the preview only).
// Started by in-worker.ts with the task as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import { readGlossaryFile } from '../formats/index.ts';
import { exportGlossaryContent } from '../formats/export.ts';
import { openStore } from './index.ts';
import type { FromGlossaryWorker, GlossaryWorkerTask, ToImportWorker } from './in-worker.ts';
import { previewOfFile } from '../service/import-preview.ts';

const task = workerData as GlossaryWorkerTask;
const IMPORT_CACHE_MB = 32;
const send = (message: FromGlossaryWorker) => parentPort!.postMessage(message);
const onProgress = (done: number, total: number) => send({ type: 'progress', done, total });

/** The import task: preview, then (if the app asks) apply, then the thread ends. */
async function importFile(task: Extract<GlossaryWorkerTask, { task: 'import' }>): Promise<void> {
  // Half the usual page cache: the worker shares the process with the app's own connection.
  const store = openStore(task.dbPath, { who: task.who, cacheMb: IMPORT_CACHE_MB });
  const session = store.importFile({ fileName: task.fileName, bytes: task.bytes, options: task.options });
  let applying = false;
  try {
    send({ type: 'preview', plan: previewOfFile(await session.preview(onProgress)) });
  } catch (error) {
    store.close();
    throw error;
  }
  parentPort!.on('message', (message: ToImportWorker) => {
    if (message.type !== 'apply' || applying) return;
    applying = true;
    try {
      const { type, ...request } = message;
      send({ type: 'done', result: session.apply({ ...request, who: task.who, onProgress }) });
    } catch (error) {
      fail(error);
    } finally {
      store.close();
      parentPort!.close();
    }
  });
}

async function run(): Promise<void> {
  if (task.task === 'import') return importFile(task);
  if (task.task === 'parse') {
    send({ type: 'done', result: await readGlossaryFile(task.fileName, task.bytes, { ...task.options, onProgress }) });
    return;
  }
  const store = openStore(task.dbPath, { who: task.who });
  try {
    if (task.task === 'apply') {
      send({ type: 'done', result: store.applyImport(task.plan, { onProgress, ...(task.choices ? { choices: task.choices } : {}) }) });
    } else {
      send({ type: 'done', result: await exportGlossaryContent(task.format, [...store.allConcepts()], onProgress) });
    }
  } finally {
    store.close();
  }
}

function fail(error: unknown): void {
  const input = error instanceof InputError ? { file: error.file, line: error.line, column: error.column } : {};
  send({ type: 'failed', name: (error as Error).name, message: error instanceof InputError ? error.problem : (error as Error).message, ...input });
}

run().catch(fail);
