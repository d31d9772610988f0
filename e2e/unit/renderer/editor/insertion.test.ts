import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IndexedConcept } from '../../../../glossary/checks/types.ts';
import { mentionText, preferredKorean, spliceText } from '../../../../renderer/src/editor/insertion.ts';
import { textBeforeCaret, wantsChinese } from '../../../../renderer/src/editor/draft.ts';

const concept = (ko: IndexedConcept['ko']): IndexedConcept => ({ id: 1, category: 'company', zh: ['亿华通'], ko, note: null });

const renderings: [string, IndexedConcept['ko'], string | undefined][] = [
  ['preferred wins over a forbidden one listed first', [{ text: '위화퉁', status: 'forbidden', established: false }, { text: '이화퉁', status: 'preferred', established: false }], '이화퉁'],
  ['admitted when there is no preferred', [{ text: '위화퉁', status: 'deprecated', established: false }, { text: '이화퉁', status: 'admitted', established: false }], '이화퉁'],
  ['nothing when only deprecated/forbidden', [{ text: '위화퉁', status: 'forbidden', established: false }], undefined],
];
for (const [name, ko, expected] of renderings) {
  test(`preferredKorean: ${name}`, () => assert.equal(preferredKorean(concept(ko)), expected));
}

const mentions: [string, string, string][] = [
  ['', '이화퉁(亿華通)', 'first mention carries the Chinese'],
  ['- 이화퉁(亿華通)은 ', '이화퉁', 'later mentions are bare'],
  ['- 수소 기업 ', '이화퉁(亿華通)', 'other text before does not count'],
];
for (const [before, expected, name] of mentions) {
  test(`mentionText: ${name}`, () => assert.equal(mentionText(before, '이화퉁', '亿華通'), expected));
}

test('spliceText replaces the selection and puts the caret after the insertion', () => {
  assert.deepEqual(spliceText('- 위화퉁를 투자', 2, 5, '이화퉁'), { value: '- 이화퉁를 투자', caret: 5 });
  assert.deepEqual(spliceText('ab', 2, 2, 'c'), { value: 'abc', caret: 3 });
});

test('textBeforeCaret: lead and body before the caret count, the title does not', () => {
  const draft = { title: '제목 이화퉁', lead: '리드', body: '본문 뒤' };
  assert.equal(textBeforeCaret(draft, { field: 'body', start: 2, end: 2 }), '리드\n본문');
  assert.equal(textBeforeCaret(draft, { field: 'lead', start: 1, end: 1 }), '리');
  assert.equal(textBeforeCaret(draft, { field: 'title', start: 3, end: 3 }), '');
  assert.equal(wantsChinese({ field: 'title', start: 0, end: 0 }), false);
  assert.equal(wantsChinese({ field: 'body', start: 0, end: 0 }), true);
});
