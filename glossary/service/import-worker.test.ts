// The service with imports applied in a worker thread (as the app runs it): while a large import is
// applied, progress and reads are answered; writes wait their turn; afterwards everything is there.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService } from '../service.ts';
import { exportCsv } from '../formats/index.ts';
import { syntheticConcepts } from '../bench/synthetic.ts';
import { sourceGlossaryWorker } from '../store/in-worker.ts';
import { InputError } from '../errors.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-import-worker-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('during an import in the worker: live progress, reads answered, a write after it; then all of it', async () => {
  const service = await createService({ dbPath: path.join(dir, 'g.db'), who: 'tester', glossaryWorker: sourceGlossaryWorker() });
  try {
    const before = (await service.glossaryStats()).concepts;
    const csv = exportCsv(syntheticConcepts(40_000));
    const plan = await service.previewImport({ fileName: 'big.csv', contentBase64: Buffer.from(csv).toString('base64') });
    // The preview lists the first entries; the counts count them all.
    const adds = plan.counts!.adds;
    assert.ok(adds > 39_000, `${adds} to add`);
    assert.equal(plan.adds.length, 100);
    assert.equal(plan.counts!.duplicates, plan.duplicates!.length, 'the synthetic data has few duplicates: all listed');

    const order: string[] = [];
    const applying = service.applyImport({ planId: plan.planId }).then((result) => (order.push('import'), result));
    const writing = service.createIssue({ number: '9', date: '2024-06-21', rate: null }).then(() => order.push('write'));
    const seen: number[] = [];
    let reads = 0;
    for (let i = 0; i < 400 && !order.includes('import'); i++) {
      const progress = await service.progress();
      if (progress?.phase === 'apply') seen.push(progress.done);
      reads += (await service.searchGlossary({ query: '专精' })).total >= 0 ? 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const result = await applying;
    await writing;
    // Entries sharing a Chinese term with another are kept as concepts of their own by default.
    const kept = plan.duplicates!.filter((d) => d.choice === 'keep').length;
    assert.deepEqual(result, { file: 'big.csv', added: adds + kept, updated: plan.counts!.updates, conflicts: 0 });
    assert.ok(seen.some((done) => done > 0 && done < adds), `progress while applying: ${seen.slice(0, 5).join(',')}…`);
    assert.ok(reads > 1, 'reads were answered while the import ran');
    assert.deepEqual(order, ['import', 'write'], 'the write waited for the import');
    assert.equal((await service.glossaryStats()).concepts, before + adds + kept);
    assert.equal((await service.listIssues()).length, 1);
  } finally {
    service.close();
  }
});

test('two imports started at once and saves meanwhile: each waits its turn, none fails', async () => {
  const service = await createService({ dbPath: path.join(dir, 'two.db'), who: 'tester', glossaryWorker: sourceGlossaryWorker() });
  try {
    const before = (await service.glossaryStats()).concepts;
    const plans = await Promise.all(
      [3, 5].map((seed) => {
        const csv = exportCsv(syntheticConcepts(6_000, seed * 7919));
        return service.previewImport({ fileName: `part-${seed}.csv`, contentBase64: Buffer.from(csv).toString('base64') });
      }),
    );
    const issue = await service.createIssue({ number: '10', date: '2024-06-21', rate: null });
    const article = await service.addArticle({ issueId: issue.id, section: 'policy' });
    const applying = Promise.all(plans.map((plan) => service.applyImport({ planId: plan.planId })));
    const saves = Array.from({ length: 10 }, (_, i) =>
      service.saveArticle({ id: article.id, title: '', lead: '', body: `- 저장 ${i}`, sources: [] }),
    );
    const results = await applying;
    await Promise.all(saves);
    // Entries sharing a Chinese term with another (the synthetic data has a few) are kept as their own concepts.
    const expected = plans.map((p) => p.counts!.adds + p.duplicates!.filter((d) => d.choice === 'keep').length);
    assert.deepEqual(results.map((r) => r.added), expected);
    // The second plan was made before the first was applied: its entries are still new (other seed).
    assert.equal((await service.glossaryStats()).concepts, before + expected[0]! + expected[1]!);
    assert.equal((await service.getArticle({ id: article.id })).body, '- 저장 9');
  } finally {
    service.close();
  }
});

test('the preview is read and planned in the worker, against the glossary as stored: a known Chinese term is found there', async () => {
  const service = await createService({ dbPath: path.join(dir, 'preview.db'), who: 'tester', glossaryWorker: sourceGlossaryWorker() });
  try {
    const known = await service.saveConcept({ input: { category: 'company', terms: [{ lang: 'zh', text: '示例科技甲' }, { lang: 'ko', text: '시례과기갑' }] } });
    const csv = 'zh,ko,category\n示例科技甲,예시과기갑,company\n横琴粤澳深度合作区,헝친광둥마카오심층협력구,place\n';
    const plan = await service.previewImport({ fileName: 'names.csv', contentBase64: Buffer.from(csv).toString('base64') });
    assert.deepEqual(plan.adds.map((a) => a.terms[0]?.text), ['横琴粤澳深度合作区']);
    assert.deepEqual(plan.duplicates?.map((d) => [d.existingId, d.otherKo, d.line]), [[known.id, ['시례과기갑'], 2]]);
    assert.deepEqual(plan.languages, { zh: 2, ko: 2 });
    // The plan is the service's to apply, as any other.
    const applied = await service.applyImport({ planId: plan.planId });
    assert.equal(applied.file, 'names.csv');
  } finally {
    service.close();
  }
});

test('XML nested 100,000 levels deep is refused by the worker while this thread goes on answering', async () => {
  const service = await createService({ dbPath: path.join(dir, 'deep.db'), who: 'tester', glossaryWorker: sourceGlossaryWorker() });
  try {
    const deep = `<tbx xmlns="urn:iso:std:iso:30042:ed-2">${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</tbx>`;
    const order: string[] = [];
    const preview = service.previewImport({ fileName: 'deep.tbx', contentBase64: Buffer.from(deep).toString('base64') }).then(
      () => order.push('imported'),
      (error: unknown) => {
        order.push('refused');
        assert.ok(error instanceof InputError);
        assert.match(error.message, /^deep\.tbx:1:\d+: XML nested deeper than 100 levels; not a glossary$/);
      },
    );
    // Asked after the file went to the worker: answered before the worker is done with it.
    await service.glossaryStats().then(() => order.push('answered'));
    await preview;
    assert.deepEqual(order, ['answered', 'refused']);
  } finally {
    service.close();
  }
});
