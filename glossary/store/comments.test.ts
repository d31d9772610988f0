import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reanchor, type Anchor } from './comments.ts';
import { tempStore } from './test-helpers.ts';

const BODY = '- 위화퉁을 중심으로 수소 산업망 구축\n- 위화퉁은 60억 위안 투자';

/** Offset of the n-th (0-based) occurrence of `quote` in `text`. */
function nth(text: string, quote: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(quote, at + 1);
  assert.notEqual(at, -1, `"${quote}" occurs ${n + 1} times in the case's text`);
  return at;
}

interface ReanchorCase {
  name: string;
  oldText: string;
  newText: string;
  quoted: string;
  /** Which occurrence of the quote in the old text the comment is on. */
  oldOccurrence: number;
  /** Which occurrence in the new text it must land on, or the detached anchor. */
  expected: number | Anchor;
}

const REANCHOR_CASES: ReanchorCase[] = [
  { name: 'unchanged text keeps the anchor', oldText: BODY, newText: BODY, quoted: '수소', oldOccurrence: 0, expected: 0 },
  { name: 'text typed before the quote shifts it', oldText: BODY, newText: `▶ 참고\n${BODY}`, quoted: '수소', oldOccurrence: 0, expected: 0 },
  { name: 'text deleted before the quote shifts it back', oldText: BODY, newText: BODY.slice(2), quoted: '수소', oldOccurrence: 0, expected: 0 },
  { name: 'an edit after the quote leaves it', oldText: BODY, newText: BODY.replace('60억', '70억'), quoted: '수소', oldOccurrence: 0, expected: 0 },
  // "위화퉁" occurs twice: a comment on the second stays on the second, on the first on the first.
  { name: 'of two equal quotes, the second stays second', oldText: BODY, newText: `서론\n${BODY}`, quoted: '위화퉁', oldOccurrence: 1, expected: 1 },
  { name: 'of two equal quotes, the first stays first', oldText: BODY, newText: `서론\n${BODY}`, quoted: '위화퉁', oldOccurrence: 0, expected: 0 },
  { name: 'a third mention typed in between does not capture the second', oldText: BODY, newText: BODY.replace('구축', '구축(위화퉁)'), quoted: '위화퉁', oldOccurrence: 1, expected: 2 },
  { name: 'a quote moved elsewhere is found there', oldText: '가나 수소 다라', newText: '가나 다라 마바 수소', quoted: '수소', oldOccurrence: 0, expected: 0 },
  {
    name: 'a quote whose words changed is detached, offsets kept',
    oldText: BODY, newText: BODY.replace('수소', '청정'), quoted: '수소', oldOccurrence: 0,
    expected: { start: BODY.indexOf('수소'), end: BODY.indexOf('수소') + 2, detached: true },
  },
  {
    name: 'a quote gone with a shorter text is detached and clamped',
    oldText: BODY, newText: '- 위화', quoted: '수소', oldOccurrence: 0, expected: { start: 4, end: 4, detached: true },
  },
  {
    name: 'an empty quote (a point) follows the text around it',
    oldText: 'ab|cd', newText: 'xxab|cd', quoted: '', oldOccurrence: 0, expected: { start: 5, end: 5, detached: false },
  },
];

for (const c of REANCHOR_CASES) {
  test(`reanchor: ${c.name}`, () => {
    const start = c.quoted === '' ? c.oldText.indexOf('|') + 1 : nth(c.oldText, c.quoted, c.oldOccurrence);
    const anchor = reanchor(c.oldText, c.newText, start, start + c.quoted.length, c.quoted);
    if (typeof c.expected === 'number') {
      const at = nth(c.newText, c.quoted, c.expected);
      assert.deepEqual(anchor, { start: at, end: at + c.quoted.length, detached: false });
    } else {
      assert.deepEqual(anchor, c.expected);
    }
  });
}

function articleWithBody() {
  const store = tempStore();
  const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  const article = store.addArticle({ issueId: issue.id, section: 'policy', title: '위화퉁' });
  const saved = store.saveArticle({
    id: article.id,
    title: '위화퉁, 수소 연료전지 확대',
    lead: '위화퉁(亿华通)이 투자 (6.4)',
    body: BODY,
    sources: [{ title: '公告', url: '', text: '亿华通投资60亿元' }],
  });
  return { store, article: saved };
}

function edit(store: ReturnType<typeof tempStore>, id: number, change: Partial<{ title: string; lead: string; body: string; sources: { id?: number; title: string; url: string; text: string }[] }>) {
  const current = store.getArticle(id)!;
  return store.saveArticle({ id, title: current.title, lead: current.lead, body: current.body, sources: current.sources, ...change });
}

test('a comment quotes the saved text of its field and names who wrote it', () => {
  const { store, article } = articleWithBody();
  const start = BODY.indexOf('수소');
  const comment = store.addComment({ articleId: article.id, field: 'body', start, end: start + 2, body: ' 수소 → 수소에너지? ', who: 'lee' });
  assert.deepEqual(
    [comment.quoted, comment.body, comment.who, comment.resolvedAt, comment.detached],
    ['수소', '수소 → 수소에너지?', 'lee', null, false],
  );
  const onSource = store.addComment({ articleId: article.id, field: `source:${article.sources[0]!.id}`, start: 0, end: 3, body: '원문 확인' });
  assert.equal(onSource.quoted, '亿华通');
  assert.equal(onSource.who, 'tester');
  store.close();
});

test('comments are refused outside the text, on unknown fields and without text', () => {
  const { store, article } = articleWithBody();
  const add = (field: string, start: number, end: number, body = '확인') => () =>
    store.addComment({ articleId: article.id, field, start, end, body });
  assert.throws(add('body', 0, BODY.length + 1), new RegExp(`comment range 0–${BODY.length + 1} is outside the body of article ${article.id} \\(0–${BODY.length}\\)`));
  assert.throws(add('body', 5, 3), /comment range 5–3 is outside/);
  assert.throws(add('body', 1.5, 3), /comment range 1.5–3 is outside/);
  assert.throws(add('footer', 0, 1), /comment field "footer" is not one of title, lead, body, source:<id>/);
  assert.throws(add('source:999', 0, 1), new RegExp(`article ${article.id} has no source:999`));
  assert.throws(add('body', 0, 1, '   '), /a comment needs some text/);
  assert.throws(() => store.addComment({ articleId: 999, field: 'body', start: 0, end: 1, body: 'x' }), /article 999 does not exist/);
  assert.deepEqual(store.listComments(article.id, { includeResolved: true }), []);
  store.close();
});

test('resolved comments are hidden unless asked for, and can be reopened', () => {
  const { store, article } = articleWithBody();
  const first = store.addComment({ articleId: article.id, field: 'body', start: 2, end: 5, body: '표기 확인' });
  const second = store.addComment({ articleId: article.id, field: 'title', start: 0, end: 3, body: '제목' });
  const resolved = store.resolveComment(first.id, 'park');
  assert.equal(resolved.resolvedBy, 'park');
  assert.ok(resolved.resolvedAt);
  assert.equal(store.resolveComment(first.id, 'choi').resolvedBy, 'park', 'resolving twice keeps the first resolution');
  assert.deepEqual(store.listComments(article.id).map((c) => c.id), [second.id]);
  assert.deepEqual(store.listComments(article.id, { includeResolved: true }).map((c) => c.id), [second.id, first.id], 'title before body');
  const reopened = store.reopenComment(first.id);
  assert.deepEqual([reopened.resolvedAt, reopened.resolvedBy], [null, null]);
  assert.equal(store.listComments(article.id).length, 2);
  assert.throws(() => store.resolveComment(999), /comment 999 does not exist/);
  assert.throws(() => store.reopenComment(999), /comment 999 does not exist/);
  store.close();
});

test('saving the article moves comments with their text, in every field', () => {
  const { store, article } = articleWithBody();
  const second = BODY.lastIndexOf('위화퉁');
  const onBody = store.addComment({ articleId: article.id, field: 'body', start: second, end: second + 3, body: '둘째 언급' });
  const onLead = store.addComment({ articleId: article.id, field: 'lead', start: 0, end: 3, body: '리드' });
  const sourceField = `source:${article.sources[0]!.id}`;
  const onSource = store.addComment({ articleId: article.id, field: sourceField, start: 5, end: 8, body: '금액' });
  store.resolveComment(onLead.id);

  edit(store, article.id, {
    body: `▶ 서론\n${BODY}`,
    lead: `[속보] ${article.lead}`,
    sources: [{ ...article.sources[0]!, text: `北京：${article.sources[0]!.text}` }],
  });
  const moved = new Map(store.listComments(article.id, { includeResolved: true }).map((c) => [c.id, c]));
  const now = store.getArticle(article.id)!;
  assert.equal(moved.get(onBody.id)!.start, second + 5);
  assert.equal(now.body.slice(moved.get(onBody.id)!.start, moved.get(onBody.id)!.end), '위화퉁');
  assert.equal(now.lead.slice(moved.get(onLead.id)!.start, moved.get(onLead.id)!.end), '위화퉁', 'resolved comments move too');
  assert.equal(now.sources[0]!.text.slice(moved.get(onSource.id)!.start, moved.get(onSource.id)!.end), '60亿');
  store.close();
});

test('a comment whose quote was rewritten is kept, detached, and attaches again when the quote returns', () => {
  const { store, article } = articleWithBody();
  const start = BODY.indexOf('수소');
  const comment = store.addComment({ articleId: article.id, field: 'body', start, end: start + 2, body: '수소?' });
  edit(store, article.id, { body: BODY.replace('수소', '청정에너지') });
  const detached = store.listComments(article.id)[0]!;
  assert.equal(detached.id, comment.id);
  assert.equal(detached.detached, true);
  assert.equal(detached.quoted, '수소');

  edit(store, article.id, { body: `- 머리말\n${BODY}` });
  const back = store.listComments(article.id)[0]!;
  assert.equal(back.detached, false);
  assert.equal(`- 머리말\n${BODY}`.slice(back.start, back.end), '수소');
  store.close();
});

test('removing a source detaches its comments; deleting the article deletes them', () => {
  const { store, article } = articleWithBody();
  const comment = store.addComment({ articleId: article.id, field: `source:${article.sources[0]!.id}`, start: 0, end: 3, body: '원문' });
  edit(store, article.id, { sources: [] });
  assert.equal(store.listComments(article.id)[0]!.detached, true);
  store.deleteArticle(article.id);
  assert.deepEqual(store.listComments(article.id, { includeResolved: true }), []);
  assert.throws(() => store.resolveComment(comment.id), /does not exist/);
  store.close();
});
