import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleComment } from '../../../../glossary/api.ts';
import { commentMarks, locateComment } from '../../../../renderer/src/review/commentMarks.ts';

const saved = { title: '청두 AI 계획', lead: '', body: '- 위화퉁을 포함한 기업\n- 3억 원 배정' };
const comment = (id: number, field: ArticleComment['field'], quoted: string, extra: Partial<ArticleComment> = {}): ArticleComment => {
  const text = field === 'title' ? saved.title : saved.body;
  const start = text.indexOf(quoted);
  return { id, articleId: 1, field, start, end: start + quoted.length, quoted, body: '확인', who: 'k', createdAt: '', resolvedAt: null, resolvedBy: null, detached: false, ...extra };
};
const comments = [
  comment(1, 'body', '위화퉁'),
  comment(2, 'body', '3억 원'),
  comment(3, 'title', '청두'),
  comment(4, 'body', '기업', { resolvedAt: '2024-06-21T00:00:00Z', resolvedBy: 'k' }),
  comment(5, 'body', '배정', { detached: true }),
  comment(6, 'source:9', '亿华通'),
];

const marks = (draft: typeof saved) => {
  const m = commentMarks(comments, saved, draft);
  return { title: m.title.map((c) => draft.title.slice(c.start, c.end)), body: m.body.map((c) => draft.body.slice(c.start, c.end)) };
};

test('commentMarks: open attached comments of title, lead and body only, on their text', () => {
  assert.deepEqual(marks(saved), { title: ['청두'], body: ['위화퉁', '3억 원'] });
});

test('commentMarks: typing before a comment moves its mark with the text', () => {
  assert.deepEqual(marks({ ...saved, body: '- 신규: 위화퉁을 포함한 기업\n- 3억 원 배정' }), { title: ['청두'], body: ['위화퉁', '3억 원'] });
});

test('commentMarks: an edit inside a commented range hides its mark until the next save', () => {
  assert.deepEqual(marks({ ...saved, body: '- 위화퉁을 포함한 기업\n- 5억 원 배정' }).body, ['위화퉁']);
});

const locations: [string, ArticleComment, string, string | null][] = [
  ['an attached comment: its moved range', comments[0]!, '- 신규: 위화퉁을 포함한 기업', '위화퉁'],
  ['the range was edited: the quote found again', comments[1]!, '- 3억 원 배정 (수정)', '3억 원'],
  ['the quote is gone: nothing to select', comments[0]!, '- 이화퉁을 포함한 기업', null],
  ['a comment on a source: not in the draft', comments[5]!, saved.body, null],
];
for (const [name, c, body, expected] of locations) {
  test(`locateComment: ${name}`, () => {
    const draft = { ...saved, body };
    const found = locateComment(c, saved, draft);
    assert.equal(found ? draft[found.field].slice(found.start, found.end) : null, expected);
  });
}
