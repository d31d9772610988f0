// The service keeps what a check reads from the database in memory; every write through the service
// must show in the next check. Real SQLite files in temp folders.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService, type Service } from '../service.ts';
import { openStore } from '../store/index.ts';
import { StoredCheckInputs, dropOnWrites } from './stored-inputs.ts';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const openedPaths: string[] = [];

function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-service-'));
  dirs.push(dir);
  openedPaths.push(path.join(dir, 'glossary.db'));
  return openedPaths.at(-1)!;
}

async function serviceWithArticle(): Promise<{ service: Service; issueId: number; articleId: number }> {
  const service = await createService({ dbPath: tempDb(), who: 'tester', seed: false });
  await service.saveConcept({
    input: {
      category: 'company',
      terms: [
        { lang: 'zh', text: '亿华通' },
        { lang: 'ko', text: '이화퉁' },
        { lang: 'ko', text: '위화퉁', status: 'forbidden' },
      ],
    },
  });
  const issue = await service.createIssue({ number: '1', date: '2024-06-21', rate: 190 });
  const article = await service.addArticle({ issueId: issue.id, section: 'policy' });
  await service.saveArticle({ id: article.id, title: 't', lead: '', body: '이화퉁은 수소 기업이다.', sources: [] });
  return { service, issueId: issue.id, articleId: article.id };
}

const rules = (result: { findings: { rule: string; text: string }[] }) => result.findings.map((f) => `${f.rule}:${f.text}`);

test('a saved body, source and rate show in the next check of the stored article', async () => {
  const { service, issueId, articleId } = await serviceWithArticle();
  try {
    assert.deepEqual(rules(await service.checkArticle({ articleId })), []);
    await service.saveArticle({ id: articleId, title: 't', lead: '', body: '위화퉁은 60억 위안(약 2조 원)', sources: [] });
    assert.deepEqual(rules(await service.checkArticle({ articleId })), ['term-forbidden:위화퉁', 'currency-rate:약 2조 원']);
    await service.saveArticle({ id: articleId, title: 't', lead: '', body: '이화퉁', sources: [{ title: 's', url: '', text: '亿华通和亿华通' }] });
    assert.deepEqual(rules(await service.checkArticle({ articleId })), []);
    await service.saveArticle({ id: articleId, title: 't', lead: '', body: '기업', sources: [{ title: 's', url: '', text: '亿华通' }] });
    assert.deepEqual(rules(await service.checkArticle({ articleId })), ['term-missing:']);
    assert.equal((await service.checkArticle({ articleId })).rate, 190);
    await service.updateIssue({ id: issueId, rate: 180 });
    assert.equal((await service.checkArticle({ articleId })).rate, 180);
  } finally {
    service.close();
  }
});

test('accepting and restoring a finding shows in the next check', async () => {
  const { service, articleId } = await serviceWithArticle();
  try {
    const draft = '위화퉁은 수소 기업이다.';
    const [finding] = (await service.checkArticle({ articleId, draft })).findings;
    assert.equal(finding?.accepted, false);
    await service.acceptFinding({ key: finding!.key, rule: finding!.rule, text: finding!.text });
    assert.equal((await service.checkArticle({ articleId, draft })).findings[0]?.accepted, true);
    await service.restoreAccepted({ key: finding!.key });
    assert.equal((await service.checkArticle({ articleId, draft })).findings[0]?.accepted, false);
  } finally {
    service.close();
  }
});

test('a name written in another issue, saved after the first check, is compared with', async () => {
  const { service, articleId } = await serviceWithArticle();
  try {
    const draft = '홍몽(鸿蒙) 운영체제';
    assert.deepEqual(rules(await service.checkArticle({ articleId, draft })), []);
    const past = await service.createIssue({ number: '0', date: '2024-06-14', rate: null });
    const old = await service.addArticle({ issueId: past.id, section: 'policy' });
    await service.saveArticle({ id: old.id, title: 'o', lead: '', body: '훙멍(鸿蒙) 운영체제', sources: [] });
    const findings = (await service.checkArticle({ articleId, draft })).findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.text, f.suggestion]),
      [['inconsistent-rendering', '홍몽', '훙멍']],
    );
  } finally {
    service.close();
  }
});

test('edits another process makes to the same database (the CLI while the app is open) show in the next check', async () => {
  const { service, articleId } = await serviceWithArticle();
  try {
    const draft = '이화퉁과 수통신에너지';
    assert.deepEqual(rules(await service.checkArticle({ articleId, draft })), []);
    // A second connection, as `donghyang glossary add` or a second app would open.
    const other = openStore(openedPaths.at(-1)!, { who: 'cli' });
    try {
      other.createConcept({ category: 'company', terms: [{ lang: 'zh', text: '首通新能源' }, { lang: 'ko', text: '서우퉁신에너지' }, { lang: 'ko', text: '수통신에너지', status: 'forbidden' }] });
      assert.deepEqual(rules(await service.checkArticle({ articleId, draft })), ['term-forbidden:수통신에너지']);
      const article = other.getArticle(articleId)!;
      other.saveArticle({ id: articleId, title: article.title, lead: '', body: '위화퉁', sources: [] });
      assert.deepEqual(rules(await service.checkArticle({ articleId })), ['term-forbidden:위화퉁']);
    } finally {
      other.close();
    }
  } finally {
    service.close();
  }
});

test('a deleted article is not checked from memory', async () => {
  const { service, articleId } = await serviceWithArticle();
  try {
    await service.checkArticle({ articleId });
    await service.deleteArticle({ articleId });
    await assert.rejects(service.checkArticle({ articleId }), new RegExp(`article ${articleId} does not exist`));
  } finally {
    service.close();
  }
});

test('a method the read-only list does not name counts as a write and drops what was read', async () => {
  const store = openStore(tempDb(), { who: 'tester' });
  try {
    const issue = store.createIssue({ number: '1', date: '2024-06-21', rate: null });
    const article = store.addArticle({ issueId: issue.id, section: 'policy' });
    const inputs = new StoredCheckInputs(store);
    assert.equal(inputs.article(article.id)?.body, '');
    const save = (body: string) => store.saveArticle({ id: article.id, title: '', lead: '', body, sources: [] });
    // Written behind the cache's back: it still answers from memory (why writes must go through the service).
    save('첫 번째');
    assert.equal(inputs.article(article.id)?.body, '');
    const methods = dropOnWrites({ someFutureWrite: async (body: string) => save(body), getArticle: async () => save('읽기') }, inputs);
    await methods.someFutureWrite('두 번째');
    assert.equal(inputs.article(article.id)?.body, '두 번째');
    // A listed reader (getArticle) does not drop anything.
    await methods.getArticle();
    assert.equal(inputs.article(article.id)?.body, '두 번째');
  } finally {
    store.close();
  }
});
