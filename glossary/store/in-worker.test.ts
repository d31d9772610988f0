// An import applied in a worker thread: the same result as in this thread, progress on the way, the
// app's own connection sees all of it after the commit, and a failure leaves nothing behind.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticConcepts } from '../bench/synthetic.ts';
import { openStore } from './index.ts';
import { applyImportInWorker, exportGlossaryInWorker, sourceGlossaryWorker } from './in-worker.ts';
import { exportCsv, exportTbx } from '../formats/index.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-glossary-worker-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a plan applied in a worker: progress, the counts, and the data on this thread\'s connection', async () => {
  const dbPath = path.join(dir, 'a.db');
  const store = openStore(dbPath, { who: 'tester' });
  try {
    const plan = store.planImport('big.csv', syntheticConcepts(3_000));
    const before = store.revision;
    const progress: number[] = [];
    const result = await applyImportInWorker(sourceGlossaryWorker(), { dbPath, plan, who: 'importer', onProgress: (done) => progress.push(done) });
    assert.deepEqual(result, { file: 'big.csv', added: 3_000, updated: 0, conflicts: 0 });
    assert.ok(progress.length >= 2 && progress.at(-1) === 3_000, `progress ${progress.join(',')}`);
    assert.ok(progress.every((done, i) => i === 0 || done >= progress[i - 1]!));
    assert.equal(store.listConcepts(0, 1).total, 3_000);
    assert.notEqual(store.revision, before, 'the commit of the other connection moves the revision');
    assert.equal(store.history(store.listConcepts(0, 1).concepts[0]!.id)[0]?.who, 'importer');
  } finally {
    store.close();
  }
});

test('a plan that fails in the worker is reported and writes nothing', async () => {
  const dbPath = path.join(dir, 'b.db');
  const store = openStore(dbPath, { who: 'tester' });
  try {
    const plan = store.planImport('stale.csv', syntheticConcepts(50));
    // Planned against a concept that is gone by the time the plan is applied.
    plan.updates.push({ existingId: 987_654, incoming: syntheticConcepts(1)[0]! });
    await assert.rejects(applyImportInWorker(sourceGlossaryWorker(), { dbPath, plan, who: 'importer' }), /987654/);
    assert.equal(store.listConcepts(0, 1).total, 0);
  } finally {
    store.close();
  }
});

test('an export made in a worker is the export made here, with progress on the way', async () => {
  const dbPath = path.join(dir, 'c.db');
  const store = openStore(dbPath, { who: 'tester' });
  try {
    store.applyImport(store.planImport('some.csv', syntheticConcepts(2_500)));
    const concepts = [...store.allConcepts()];
    for (const [format, here] of [['tbx', exportTbx(concepts)], ['csv', exportCsv(concepts)]] as const) {
      const progress: number[] = [];
      const text = await exportGlossaryInWorker(sourceGlossaryWorker(), { dbPath, format, who: 'tester', onProgress: (done) => progress.push(done) });
      assert.equal(text, here, format);
      assert.deepEqual(progress, [1_000, 2_000, 2_500], format);
    }
  } finally {
    store.close();
  }
});
