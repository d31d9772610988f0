import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Issue } from '../model.ts';
import { tempStore } from './test-helpers.ts';

const order = (issue: Issue) => issue.articles.map((a) => `${a.section}:${a.position}:${a.title}`);

test('a new issue has the house title and publisher; the list is newest first with article counts', () => {
  const store = tempStore();
  const older = store.createIssue({ number: '2024-22', date: '2024-06-14', rate: null });
  const newer = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: 189.9 });
  assert.equal(newer.title, '중국 과학기술 정책 주간동향');
  assert.equal(newer.publisher, '한중과학기술협력센터');
  assert.equal(newer.rate, 189.9);
  store.addArticle({ issueId: older.id, section: 'policy', title: '청두시' });
  assert.deepEqual(store.listIssues().map((i) => [i.number, i.articleCount]), [['2024-23', 0], ['2024-22', 1]]);
  store.close();
});

test('issue fields are checked and patched', () => {
  const store = tempStore();
  const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  assert.throws(() => store.createIssue({ number: '', date: '2024-06-21', rate: null }), /needs a number/);
  assert.throws(() => store.createIssue({ number: '1', date: '21.6.2024', rate: null }), /"21.6.2024" is not a date like 2024-06-21/);
  assert.throws(() => store.updateIssue(issue.id, { rate: 0 }), /must be a positive number/);
  assert.throws(() => store.updateIssue(99, { rate: 190 }), /issue 99 does not exist/);
  const patched = store.updateIssue(issue.id, { rate: 190.2 });
  assert.equal(patched.rate, 190.2);
  assert.equal(patched.number, '2024-23');
  assert.equal(store.updateIssue(issue.id, { rate: null }).rate, null);
  store.close();
});

test('articles are ordered by section then position; moving and deleting renumber', () => {
  const store = tempStore();
  const { id: issueId } = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  const brief = store.addArticle({ issueId, section: 'brief', title: 'B1' });
  const p1 = store.addArticle({ issueId, section: 'policy', category: '기술전략', title: 'P1' });
  const p2 = store.addArticle({ issueId, section: 'policy', title: 'P2' });
  store.addArticle({ issueId, section: 'policy', title: 'P3' });
  store.addArticle({ issueId, section: 'technology', title: 'T1' });
  assert.deepEqual(order(store.getIssue(issueId)!), ['policy:0:P1', 'policy:1:P2', 'policy:2:P3', 'technology:0:T1', 'brief:0:B1']);
  assert.equal(p1.category, '기술전략');

  assert.deepEqual(order(store.moveArticle(p1.id, 'policy', 2)), ['policy:0:P2', 'policy:1:P3', 'policy:2:P1', 'technology:0:T1', 'brief:0:B1']);
  assert.deepEqual(order(store.moveArticle(p2.id, 'technology', 0)), ['policy:0:P3', 'policy:1:P1', 'technology:0:P2', 'technology:1:T1', 'brief:0:B1']);
  assert.deepEqual(order(store.moveArticle(brief.id, 'policy', 99)), ['policy:0:P3', 'policy:1:P1', 'policy:2:B1', 'technology:0:P2', 'technology:1:T1']);
  assert.deepEqual(order(store.deleteArticle(p1.id)), ['policy:0:P3', 'policy:1:B1', 'technology:0:P2', 'technology:1:T1']);
  assert.throws(() => store.moveArticle(p2.id, 'sports' as never, 0), /section "sports" is not one of policy, technology, brief/);
  assert.throws(() => store.deleteArticle(p1.id), new RegExp(`article ${p1.id} does not exist`));
  store.close();
});

test('saving an article creates, updates and removes sources in one step', () => {
  const store = tempStore();
  const { id: issueId } = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  const article = store.addArticle({ issueId, section: 'policy' });
  const first = store.saveArticle({
    id: article.id,
    title: '청두시, 인공지능 계획 마련',
    lead: '인공지능 핵심 산업 규모 1,700억 위안 (6.4)',
    body: '- 청두시는 ...',
    sources: [
      { title: '成都市人工智能', url: 'https://36kr.com/p/2825056176113921', text: '成都市人工智能产业' },
      { title: '二', url: '', text: '第二个来源' },
    ],
  });
  assert.deepEqual(first.sources.map((s) => s.title), ['成都市人工智能', '二']);
  const [keep, drop] = first.sources;
  const second = store.saveArticle({
    id: article.id,
    category: '지역',
    title: first.title,
    lead: first.lead,
    body: '- 청두시는 서부지역의 ...',
    sources: [{ title: '三', url: '', text: '新的' }, { ...keep!, text: '成都市人工智能产业高质量发展' }],
  });
  assert.equal(second.category, '지역');
  assert.deepEqual(second.sources.map((s) => [s.title, s.text]), [['三', '新的'], ['成都市人工智能', '成都市人工智能产业高质量发展']]);
  assert.equal(second.sources[1]!.id, keep!.id);
  assert.ok(!second.sources.some((s) => s.id === drop!.id));

  // A source of another article cannot be taken over; the failed save changes nothing.
  const other = store.addArticle({ issueId, section: 'brief' });
  assert.throws(
    () => store.saveArticle({ id: other.id, title: 'x', lead: '', body: '', sources: [{ id: keep!.id, title: '', url: '', text: '' }] }),
    new RegExp(`source ${keep!.id} does not exist in article ${other.id}`),
  );
  assert.equal(store.getArticle(other.id)!.title, '');
  assert.deepEqual(store.getArticle(article.id)!.sources, second.sources);
  store.close();
});

test('article state goes draft → review → approved, and may go back', () => {
  const store = tempStore();
  const { id: issueId } = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  const article = store.addArticle({ issueId, section: 'technology' });
  assert.equal(article.state, 'draft');
  assert.throws(() => store.setArticleState(article.id, 'approved'), /is a draft article; it must be reviewed before it is approved/);
  assert.equal(store.setArticleState(article.id, 'review').state, 'review');
  assert.equal(store.setArticleState(article.id, 'approved').state, 'approved');
  assert.equal(store.setArticleState(article.id, 'draft').state, 'draft');
  assert.throws(() => store.setArticleState(article.id, 'done' as never), /"done" is not one of draft, review, approved/);
  store.close();
});
