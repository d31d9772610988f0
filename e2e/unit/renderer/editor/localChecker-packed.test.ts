// Checks in the page from the service's own built index (CheckKit.indexPacked, checkIndex): the page
// takes the index over without starting a worker, gives exactly the service's findings, keeps
// it across a kit reload of the same glossary state, and falls back to the worker's build when the
// service has no packed index to give (edits overlaid on its recognizer).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../../../glossary/service.ts';
import { closeCheckerFixture, draft, inProcessWorker, openCheckerFixture, source, type CheckerFixture } from './checkerFixture.ts';
import { LocalChecker, type WorkerPort } from '../../../../renderer/src/editor/localChecker.ts';

let fixture: CheckerFixture;
let service: Service;
let articleId: number;

before(async () => {
  fixture = await openCheckerFixture('dh-packed-');
  ({ service, articleId } = fixture);
});

after(() => closeCheckerFixture(fixture));

const check = (body: string) => service.checkArticle({ articleId, title: draft.title, lead: draft.lead, draft: body, sources: [source] });
/** As the web mode sends it: the bytes cross a process boundary, here a copy at an odd offset. */
const fetchIndex = async (req: { glossaryRevision: string }) => {
  const bytes = await service.checkIndex(req);
  const shifted = new Uint8Array(bytes.byteLength + 1);
  shifted.set(bytes, 1);
  return shifted.subarray(1);
};

/** The worker as the page makes it: started on first need; `started` counts the starts. */
function lazyWorker(): { make: () => WorkerPort; started: number; worker: ReturnType<typeof inProcessWorker> } {
  const lazy = {
    started: 0,
    worker: inProcessWorker(),
    make: () => {
      lazy.started++;
      return lazy.worker;
    },
  };
  return lazy;
}

test('the page takes the service\'s packed index over: no worker started, the service\'s findings in the same task', async () => {
  const lazy = lazyWorker();
  const worker = lazy.worker;
  const checker = new LocalChecker(lazy.make, (req) => service.checkKit(req), undefined, fetchIndex);
  assert.equal(await checker.load(articleId), true);
  assert.equal(checker.inPageFor(articleId), true, 'checks run in the page as soon as the load is done');
  assert.equal(worker.kits, 0, 'the worker built nothing');
  let body = draft.body;
  for (const typed of ' 이화퉁은 수소 기업이다 3억원') {
    body += typed;
    let answered = false;
    const pending = checker.check(articleId, { ...draft, body }, [source]).then((r) => ((answered = true), r));
    await Promise.resolve();
    assert.ok(answered, 'answered in the same task');
    const local = await pending;
    assert.equal(local.ranIn, 'page');
    assert.deepEqual(local.findings, (await check(body)).findings, `after "${body.slice(-6)}"`);
  }
  assert.ok((await check(body)).findings.some((f) => f.rule === 'term-typo'), 'the draft has findings to compare');

  // An accepted finding: the kit is reloaded, the glossary state is the same, the page keeps its index.
  const finding = (await check(draft.body)).findings.find((f) => f.rule === 'term-typo')!;
  await service.acceptFinding({ key: finding.key, rule: finding.rule, text: finding.text });
  const revision = checker.glossaryRevision;
  assert.equal(await checker.load(articleId), true);
  assert.equal(checker.glossaryRevision, revision);
  assert.equal(checker.inPageFor(articleId), true);
  assert.equal((await checker.check(articleId, draft, [source])).findings.find((f) => f.key === finding.key)?.accepted, true);
  assert.equal(worker.kits, 0);
  assert.equal(lazy.started, 0, 'the worker was never started');
  await service.restoreAccepted({ key: finding.key });
});

test('a glossary edit the service overlays (no packed index): the worker is started and builds, the findings follow the edit', async () => {
  const lazy = lazyWorker();
  const worker = lazy.worker;
  const checker = new LocalChecker(lazy.make, (req) => service.checkKit(req), undefined, fetchIndex);
  assert.equal(await checker.load(articleId), true);
  assert.equal(lazy.started, 0, 'a packed index needs no worker');
  await service.saveConcept({ input: { category: 'place', terms: [{ lang: 'zh', text: '宁夏回族自治区' }, { lang: 'ko', text: '닝샤후이족자치구' }] } });
  const kit = await service.checkKit({ articleId, glossaryRevision: checker.glossaryRevision!, packed: true });
  assert.equal(kit.indexPacked, undefined, 'an overlaid recognizer has no index of its own to hand over');
  await assert.rejects(service.checkIndex({ glossaryRevision: kit.glossaryRevision }), /edits since its index was built/);
  await assert.rejects(service.checkIndex({ glossaryRevision: 'old-1' }), /the glossary changed/);
  assert.equal(await checker.load(articleId), true);
  assert.equal(worker.kits, 1, 'the worker got the concepts');
  assert.equal(lazy.started, 1, 'started once, when it had a glossary to build');
  const body = `${draft.body} 닝샤후이족자치구를 포함`;
  assert.deepEqual((await checker.check(articleId, { ...draft, body }, [source])).findings, (await check(body)).findings);
});
