// Who is calling reaches every record, and the review rules hold: editors' concepts are proposed,
// stale saves are refused, edits send approved articles back, approving past open problems needs
// a confirmation that is recorded.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService, type Service } from '../service.ts';
import { asCaller, type Caller } from './caller.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-review-rules-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const kim: Caller = { name: 'kim', role: 'editor' };
const lee: Caller = { name: 'lee', role: 'reviewer' };

async function service(): Promise<Service> {
  return createService({ dbPath: path.join(dir, `t${n++}.db`), who: 'desk', seed: false });
}

async function article(s: Service, as: Caller) {
  return asCaller(as, async () => {
    const issue = await s.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
    const a = await s.addArticle({ issueId: issue.id, section: 'policy', title: '청두' });
    return s.saveArticle({ id: a.id, title: '청두', lead: '', body: '- 청두시는 지원', sources: [] });
  });
}

test('each record carries the caller: history, versions, comments, accepted findings, state changes', async () => {
  const s = await service();
  const input = { category: 'place' as const, approval: 'approved' as const, terms: [{ lang: 'zh', text: '成都' }, { lang: 'ko', text: '청두' }] };
  const concept = await asCaller(kim, () => s.saveConcept({ input }));
  assert.equal(concept.approval, 'proposed', "an editor's concept enters as proposed");
  await asCaller(lee, () => s.approveConcept({ id: concept.id }));
  const history = await s.conceptHistory({ id: concept.id });
  assert.deepEqual(history.map((h) => [h.action, h.who]).sort(), [['approve', 'lee'], ['create', 'kim']]);
  const byReviewer = await asCaller(lee, () => s.saveConcept({ input }));
  assert.equal(byReviewer.approval, 'approved', "a reviewer's concept keeps its approval");

  const a = await article(s, kim);
  const comment = await asCaller(lee, () => s.addComment({ articleId: a.id, field: 'body', start: 2, end: 5, body: '확인 필요' }));
  assert.equal(comment.who, 'lee');
  const version = await asCaller(kim, () => s.saveVersion({ issueId: a.issueId, articleId: a.id, label: '초고' }));
  assert.equal(version.who, 'kim');
  await asCaller(kim, () => s.acceptFinding({ key: 'k1', rule: 'josa', text: '청두' }));
  assert.equal((await s.listAccepted())[0]!.who, 'kim');
  await asCaller(kim, () => s.setArticleState({ id: a.id, state: 'review' }));
  assert.deepEqual(s.team.articleEvents.list(a.id).map((e) => [e.who, e.from, e.to]), [['kim', 'draft', 'review']]);
  // Outside a call (the CLI, the desktop app) the store's own name applies.
  await s.acceptFinding({ key: 'k2', rule: 'josa', text: '청두' });
  assert.equal((await s.listAccepted()).find((f) => f.key === 'k2')!.who, 'desk');
  s.close();
});

test('approving with an unresolved comment asks for confirmation, and the confirmation is recorded', async () => {
  const s = await service();
  const a = await article(s, kim);
  await asCaller(kim, () => s.setArticleState({ id: a.id, state: 'review' }));
  await asCaller(lee, () => s.addComment({ articleId: a.id, field: 'body', start: 2, end: 5, body: '출처?' }));
  await assert.rejects(asCaller(lee, () => s.setArticleState({ id: a.id, state: 'approved' })), (e: Error) => {
    assert.equal(e.name, 'ConfirmationNeeded');
    assert.match(e.message, /1 unresolved comment/);
    return true;
  });
  assert.equal((await s.getArticle({ id: a.id })).state, 'review', 'nothing changed without confirmation');
  const approved = await asCaller(lee, () => s.setArticleState({ id: a.id, state: 'approved', confirm: true }));
  assert.equal(approved.state, 'approved');
  const last = s.team.articleEvents.list(a.id).at(-1)!;
  assert.deepEqual([last.who, last.to, last.confirmedComments], ['lee', 'approved', 1]);
  s.close();
});

test('editing an approved article returns it to review (검토 중); saving it unchanged does not', async () => {
  const s = await service();
  const a = await article(s, kim);
  await asCaller(kim, () => s.setArticleState({ id: a.id, state: 'review' }));
  const approved = await asCaller(lee, () => s.setArticleState({ id: a.id, state: 'approved' }));
  const same = await asCaller(kim, () => s.saveArticle({ id: a.id, title: a.title, lead: a.lead, body: a.body, sources: [] }));
  assert.equal(same.state, 'approved');
  const edited = await asCaller(kim, () => s.saveArticle({ id: a.id, title: a.title, lead: a.lead, body: a.body + ' 추가', sources: [], baseUpdatedAt: same.updatedAt }));
  assert.equal(edited.state, 'review');
  const last = s.team.articleEvents.list(a.id).at(-1)!;
  assert.deepEqual([last.who, last.from, last.to, last.reason], ['kim', 'approved', 'review', 'edited']);
  assert.ok(approved);
  s.close();
});

test('a save based on an old revision is refused and writes nothing', async () => {
  const s = await service();
  const a = await article(s, kim);
  await new Promise((r) => setTimeout(r, 2));
  const mine = await asCaller(kim, () => s.saveArticle({ id: a.id, title: a.title, lead: '', body: '김의 문장', sources: [], baseUpdatedAt: a.updatedAt }));
  await new Promise((r) => setTimeout(r, 2));
  await assert.rejects(
    asCaller(lee, () => s.saveArticle({ id: a.id, title: a.title, lead: '', body: '이의 문장', sources: [], baseUpdatedAt: a.updatedAt })),
    (e: Error) => e.name === 'ConflictError' && /changed elsewhere/.test(e.message),
  );
  assert.equal((await s.getArticle({ id: a.id })).body, '김의 문장');
  const next = await asCaller(kim, () => s.saveArticle({ id: a.id, title: a.title, lead: '', body: '김의 둘째 문장', sources: [], baseUpdatedAt: mine.updatedAt }));
  assert.equal(next.body, '김의 둘째 문장');
  s.close();
});

test('approving with an open error asks for confirmation too; the glossary history shows who changed which field', async () => {
  const s = await service();
  const a = await article(s, kim);
  // 元 written as 원: an error of the currency checks.
  await asCaller(kim, () =>
    s.saveArticle({ id: a.id, title: '청두', lead: '', body: '- 청두시는 60억 원을 지원한다.', sources: [{ title: '', url: '', text: '成都市安排资金60亿元。' }] }),
  );
  const errors = (await s.checkArticle({ articleId: a.id })).findings.filter((f) => f.severity === 'error');
  assert.ok(errors.length > 0, 'the draft has an open error');
  await asCaller(kim, () => s.setArticleState({ id: a.id, state: 'review' }));
  await assert.rejects(asCaller(lee, () => s.setArticleState({ id: a.id, state: 'approved' })), /open error/);
  await asCaller(lee, () => s.setArticleState({ id: a.id, state: 'approved', confirm: true }));
  const last = s.team.articleEvents.list(a.id).at(-1)!;
  assert.equal(last.who, 'lee');
  assert.ok(last.confirmedErrors >= 1);

  const concept = await asCaller(kim, () => s.saveConcept({ input: { category: 'place', terms: [{ lang: 'zh', text: '绵阳' }, { lang: 'ko', text: '몐양' }] } }));
  await asCaller(lee, () => s.saveConcept({ id: concept.id, input: { category: 'place', terms: [{ lang: 'zh', text: '绵阳' }, { lang: 'ko', text: '멘양' }] } }));
  const update = (await s.conceptHistory({ id: concept.id })).find((h) => h.action === 'update')!;
  assert.equal(update.who, 'lee');
  assert.deepEqual([update.before?.terms.find((t) => t.lang === 'ko')?.text, update.after?.terms.find((t) => t.lang === 'ko')?.text], ['몐양', '멘양']);
  s.close();
});
