import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVersions } from '../bulletin/diff.ts';
import { tempStore } from './test-helpers.ts';
import { currentVersion } from './versions.ts';

function issueWithTwoArticles() {
  const store = tempStore();
  const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: 189.9 });
  const a = store.addArticle({ issueId: issue.id, section: 'policy', category: '기업', title: '위화퉁, 수소 연료전지 확대' });
  const b = store.addArticle({ issueId: issue.id, section: 'technology', title: '칭화대 다이충하이 연구팀' });
  store.saveArticle({
    id: a.id,
    title: '위화퉁, 수소 연료전지 확대',
    lead: '위화퉁(亿华通)이 60억 위안(약 1조 원) 투자 (6.4)',
    body: '- 위화퉁을 중심으로 산업망 구축',
    sources: [{ title: '亿华通公告', url: 'https://example.cn/1', text: '亿华通投资60亿元' }],
  });
  return { store, issue, a, b };
}

test('an article version keeps the article exactly as saved, even after later edits', () => {
  const { store, issue, a } = issueWithTwoArticles();
  const saved = store.saveVersion({ issueId: issue.id, articleId: a.id, label: ' 초고 ', who: 'kim' });
  assert.deepEqual([saved.articleId, saved.label, saved.who, saved.articleIds], [a.id, '초고', 'kim', [a.id]]);

  store.saveArticle({ id: a.id, title: '이화퉁', lead: '', body: '- 바뀐 본문', sources: [] });
  store.setArticleState(a.id, 'review');
  const snapshot = store.getVersion(saved.id);
  assert.equal(snapshot.articles.length, 1);
  const [article] = snapshot.articles;
  assert.equal(article!.title, '위화퉁, 수소 연료전지 확대');
  assert.equal(article!.body, '- 위화퉁을 중심으로 산업망 구축');
  assert.equal(article!.state, 'draft');
  assert.deepEqual(article!.sources.map((s) => [s.title, s.text]), [['亿华通公告', '亿华通投资60亿元']]);
  assert.deepEqual(snapshot.issue, { number: '2024-23', date: '2024-06-21', rate: 189.9, title: '중국 과학기술 정책 주간동향' });
  store.close();
});

test('a whole-issue version holds every article in bulletin order; the recorder defaults to the store user', () => {
  const { store, issue, a, b } = issueWithTwoArticles();
  const saved = store.saveVersion({ issueId: issue.id });
  assert.equal(saved.articleId, null);
  assert.equal(saved.who, 'tester');
  assert.equal(saved.label, '');
  assert.deepEqual(saved.articleIds, [a.id, b.id].sort((x, y) => x - y));
  assert.deepEqual(store.getVersion(saved.id).articles.map((x) => [x.id, x.section]), [[a.id, 'policy'], [b.id, 'technology']]);
  store.close();
});

test('listing is newest first; an article sees its own versions and the issue versions that contain it', () => {
  const { store, issue, a, b } = issueWithTwoArticles();
  const first = store.saveVersion({ issueId: issue.id, articleId: a.id, label: '1' });
  const whole = store.saveVersion({ issueId: issue.id, label: '2' });
  const ofB = store.saveVersion({ issueId: issue.id, articleId: b.id, label: '3' });
  const c = store.addArticle({ issueId: issue.id, section: 'brief', title: '단신' });
  const wholeAgain = store.saveVersion({ issueId: issue.id, label: '4' });

  assert.deepEqual(store.listVersions({ issueId: issue.id }).map((v) => v.label), ['4', '3', '2', '1']);
  assert.deepEqual(store.listVersions({ issueId: issue.id, articleId: a.id }).map((v) => v.id), [wholeAgain.id, whole.id, first.id]);
  assert.deepEqual(store.listVersions({ issueId: issue.id, articleId: b.id }).map((v) => v.id), [wholeAgain.id, ofB.id, whole.id]);
  assert.deepEqual(store.listVersions({ issueId: issue.id, articleId: c.id }).map((v) => v.id), [wholeAgain.id]);
  store.close();
});

test('versions of a deleted article stay readable', () => {
  const { store, issue, a } = issueWithTwoArticles();
  const saved = store.saveVersion({ issueId: issue.id, articleId: a.id });
  store.deleteArticle(a.id);
  assert.deepEqual(store.listVersions({ issueId: issue.id, articleId: a.id }).map((v) => v.id), [saved.id]);
  assert.equal(store.getVersion(saved.id).articles[0]!.title, '위화퉁, 수소 연료전지 확대');
  store.close();
});

test('saving a version refuses a missing issue, an article of another issue and a bad label', () => {
  const { store, issue, a } = issueWithTwoArticles();
  const other = store.createIssue({ number: '2024-24', date: '2024-06-28', rate: null });
  assert.throws(() => store.saveVersion({ issueId: 999 }), /issue 999 does not exist/);
  assert.throws(() => store.saveVersion({ issueId: other.id, articleId: a.id }), new RegExp(`article ${a.id} is not in issue 2024-24`));
  assert.throws(() => store.saveVersion({ issueId: issue.id, label: 'x'.repeat(201) }), /at most 200 characters \(this one has 201\)/);
  assert.throws(() => store.saveVersion({ issueId: issue.id, label: 7 as never }), /label must be text/);
  assert.throws(() => store.getVersion(12345), /version 12345 does not exist/);
  assert.throws(() => store.listVersions({ issueId: 999 }), /issue 999 does not exist/);
  assert.deepEqual(store.listVersions({ issueId: issue.id }), [], 'a refused save writes nothing');
  store.close();
});

test('the current state compares against a saved version like any other version', () => {
  const { store, issue, a } = issueWithTwoArticles();
  const saved = store.saveVersion({ issueId: issue.id, articleId: a.id });
  store.saveArticle({ id: a.id, title: '위화퉁, 수소 연료전지 확대', lead: '', body: '- 이화퉁을 중심으로 산업망 구축', sources: [] });
  const now = currentVersion(store.getIssue(issue.id)!, a.id);
  assert.equal(now.id, 0);
  assert.deepEqual(now.articleIds, [a.id]);
  const result = compareVersions(store.getVersion(saved.id), now);
  assert.deepEqual(result.articles.map((x) => [x.articleId, x.change]), [[a.id, 'changed']]);
  const article = result.articles[0]!;
  assert.deepEqual(article.fields.body.parts.filter((p) => p.kind !== 'equal'), [{ kind: 'delete', text: '위' }, { kind: 'insert', text: '이' }]);
  assert.deepEqual(article.sources.map((s) => s.change), ['removed']);
  store.close();
});
