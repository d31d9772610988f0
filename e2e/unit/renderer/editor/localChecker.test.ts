// Checks in the page (localChecker.ts) against the real service and seed glossary: the worker (its
// real message handler, behind a structured-clone boundary as postMessage has) and then the page
// itself must give exactly the findings the service gives, and must follow accepted findings and
// glossary changes through kit reloads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../../../glossary/service.ts';
import { closeCheckerFixture, draft, inProcessWorker, openCheckerFixture, source, type CheckerFixture } from './checkerFixture.ts';
import { LocalChecker } from '../../../../renderer/src/editor/localChecker.ts';

let fixture: CheckerFixture;
let service: Service;
let articleId: number;

before(async () => {
  fixture = await openCheckerFixture('dh-local-');
  ({ service, articleId } = fixture);
});

after(() => closeCheckerFixture(fixture));

/** Resolves once the page holds the glossary index (the worker's index was taken over). */
function inPage(checker: LocalChecker, id: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = checker.onChange(() => {
      if (checker.inPageFor(id)) {
        stop();
        resolve();
      }
    });
    if (checker.inPageFor(id)) resolve();
  });
}

const check = (body: string) => service.checkArticle({ articleId, title: draft.title, lead: draft.lead, draft: body, sources: [source] });

test('the worker, then the page: the same findings as the service, keystroke after keystroke', async () => {
  const checker = new LocalChecker(inProcessWorker(), (req) => service.checkKit(req));
  assert.equal(checker.readyFor(articleId), false);
  const loaded = checker.load(articleId);
  assert.equal(checker.readyFor(articleId), false, 'not while the kit loads');
  assert.equal(await loaded, true);
  assert.equal(checker.readyFor(articleId), true);

  let body = draft.body;
  // Until the index is taken over, checks run in the worker (answers as changes, rebuilt here).
  for (const typed of ' 이화퉁은 수소') {
    body += typed;
    const local = await checker.check(articleId, { ...draft, body }, [source]);
    assert.deepEqual(local.findings, (await check(body)).findings, `worker, after "${body.slice(-6)}"`);
  }
  await inPage(checker, articleId);
  for (const typed of ' 기업이다 3억원') {
    body += typed;
    let answered = false;
    const pending = checker.check(articleId, { ...draft, body }, [source]).then((r) => ((answered = true), r));
    await Promise.resolve();
    assert.ok(answered, 'a check in the page is answered in the same task');
    assert.deepEqual((await pending).findings, (await check(body)).findings, `page, after "${body.slice(-6)}"`);
  }
  assert.ok((await check(body)).findings.some((f) => f.rule === 'term-typo'), 'the draft has findings to compare');
});

test('an accepted finding reaches the page with a reloaded kit; a glossary change moves the page to a new index', async () => {
  const checker = new LocalChecker(inProcessWorker(), (req) => service.checkKit(req));
  await checker.load(articleId);
  await inPage(checker, articleId);
  const before = await checker.check(articleId, draft, [source]);
  const finding = before.findings.find((f) => f.rule === 'term-typo')!;
  assert.ok(finding);

  await service.acceptFinding({ key: finding.key, rule: finding.rule, text: finding.text });
  const revision = checker.glossaryRevision;
  assert.equal(await checker.load(articleId), true);
  assert.equal(checker.glossaryRevision, revision, 'the glossary did not change: no new index');
  assert.equal(checker.inPageFor(articleId), true);
  const accepted = (await checker.check(articleId, draft, [source])).findings.find((f) => f.key === finding.key);
  assert.equal(accepted?.accepted, true);

  await service.saveConcept({ input: { category: 'place', terms: [{ lang: 'zh', text: '宁夏回族自治区' }, { lang: 'ko', text: '닝샤후이족자치구' }] } });
  assert.equal(await checker.load(articleId), true);
  assert.notEqual(checker.glossaryRevision, revision);
  await inPage(checker, articleId);
  const body = `${draft.body} 닝샤후이족자치구를 포함`;
  assert.deepEqual((await checker.check(articleId, { ...draft, body }, [source])).findings, (await check(body)).findings);
  await service.restoreAccepted({ key: finding.key });
});

test('a failed kit (an article that does not exist) leaves checks to the service', async () => {
  const checker = new LocalChecker(inProcessWorker(), (req) => service.checkKit(req));
  assert.equal(await checker.load(999_999), false);
  assert.equal(checker.readyFor(999_999), false);
  await assert.rejects(checker.check(999_999, draft, [source]), /no check kit for article 999999/);
});

test('a text whose check takes longer than the page\'s budget is checked in the worker from then on', async () => {
  // A budget no check can meet: the first check in the page is over it.
  const checker = new LocalChecker(inProcessWorker(), (req) => service.checkKit(req), 0);
  await checker.load(articleId);
  await inPage(checker, articleId);
  // Timed over a few checks (one slow check, a garbage collection, does not count).
  for (let i = 0; i < 5; i++) assert.equal((await checker.check(articleId, draft, [source])).ranIn, 'page');
  const body = `${draft.body} 더`;
  const second = await checker.check(articleId, { ...draft, body }, [source]);
  assert.equal(second.ranIn, 'worker', 'as long a text goes to the worker');
  assert.deepEqual(second.findings, (await check(body)).findings);
  // Opening the article again starts over: the page tries again.
  await checker.load(articleId);
  assert.equal((await checker.check(articleId, draft, [source])).ranIn, 'page');
});
