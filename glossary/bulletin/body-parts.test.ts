import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendTable, bodyParts, insertLine, removeTable, replaceReferences, replaceTable, rowsFromClipboard } from './body-parts.ts';
import { articleFromStore } from './from-store.ts';
import type { Article } from '../model.ts';

const BODY = [
  '- 첫 항목',
  '〈주요 내용〉',
  '구분\t내용',
  '1\t수소',
  '- 둘째 항목',
  ' - * 주석',
  '참고자료',
  '☑ 国家发展改革委 https://a.cn/1',
  '☑ 第二篇',
].join('\n');

function article(body: string): Article {
  return { id: 1, issueId: 1, section: 'policy', category: '기술전략', position: 0, title: 't', lead: '리드 (6.4)', summary: '', body, state: 'draft', sources: [], updatedAt: '' };
}

test('the tables and references of a body are found with their lines', () => {
  const parts = bodyParts(BODY);
  assert.equal(parts.tables.length, 1);
  assert.deepEqual(parts.tables[0], { title: '주요 내용', rows: [['구분', '내용'], ['1', '수소']], start: 1, end: 4 });
  assert.deepEqual(parts.references.map((r) => [r.title, r.url]), [['国家发展改革委', 'https://a.cn/1'], ['第二篇', null]]);
  assert.equal(parts.referencesStart, 6);
});

test('a table edited in place changes only its lines, and the export reads the new cells and header choice', () => {
  const body = replaceTable(BODY, 0, { title: '주요 내용', rows: [['구분', '내용', '비고'], ['1', '수소', ''], ['2', '전지', '신규']], header: false });
  assert.equal(body.split('\n')[0], '- 첫 항목');
  assert.equal(body.split('\n')[1], '〈주요 내용〉 [머리행 없음]');
  assert.ok(body.includes('- 둘째 항목\n - * 주석\n참고자료'));
  const table = articleFromStore(article(body), '2024-06-21').blocks.find((b) => b.kind === 'table');
  assert.ok(table && table.kind === 'table');
  assert.deepEqual(table.rows, [['구분', '내용', '비고'], ['1', '수소'], ['2', '전지', '신규']]);
  assert.equal(table.header, false);
  const on = articleFromStore(article(replaceTable(body, 0, { title: 'T', rows: [['a', 'b']], header: true })), '2024-06-21').blocks.find((b) => b.kind === 'table');
  assert.ok(on && on.kind === 'table' && on.header === true && on.title === 'T');
});

test('a cell with a tab or a line break is kept on one line of its row', () => {
  const body = replaceTable(BODY, 0, { title: '표', rows: [['a\tb', 'c\nd']] });
  assert.deepEqual(bodyParts(body).tables[0]!.rows, [['a b', 'c d']]);
});

test('a table is appended before 참고자료 and removed again', () => {
  const added = appendTable(BODY, { title: '새 표', rows: [['x', 'y']] });
  const parts = bodyParts(added);
  assert.equal(parts.tables.length, 2);
  assert.equal(parts.tables[1]!.title, '새 표');
  assert.equal(parts.references.length, 2);
  assert.equal(removeTable(added, 1), BODY);
  assert.equal(bodyParts(removeTable(BODY, 0)).tables.length, 0);
  assert.throws(() => removeTable(BODY, 3), /no table 4/);
});

test('references are replaced, reordered and removed; the export reads them in the new order', () => {
  const body = replaceReferences(BODY, [
    { title: '第二篇', url: 'https://b.cn/2', line: 0 },
    { title: '国家发展改革委', url: 'https://a.cn/1', line: 0 },
    { title: '  ', url: null, line: 0 },
  ]);
  const refs = articleFromStore(article(body), '2024-06-21').references;
  assert.deepEqual(refs.map((r) => [r.title, r.url]), [['第二篇', 'https://b.cn/2'], ['国家发展改革委', 'https://a.cn/1']]);
  const none = replaceReferences(body, []);
  assert.ok(!none.includes('참고자료'));
  assert.equal(bodyParts(none).references.length, 0);
  assert.equal(bodyParts(replaceReferences('- 항목', [{ title: '题', url: null, line: 0 }])).references.length, 1);
});

test('a note or source line is inserted after the caret line, never inside 참고자료', () => {
  assert.equal(insertLine(BODY, 0, '- ▶ 참고').split('\n')[1], '- ▶ 참고');
  const atEnd = insertLine(BODY, 100, '* 출처: https://x.cn');
  assert.equal(atEnd.split('\n')[6], '* 출처: https://x.cn');
  const blocks = articleFromStore(article(atEnd), '2024-06-21').blocks;
  assert.deepEqual(blocks[blocks.length - 1], { kind: 'source', text: 'https://x.cn', line: 7 });
});

test('spreadsheet clipboard text becomes rows; quoted cells keep their tabs and quotes', () => {
  assert.deepEqual(rowsFromClipboard('구분\t금액\r\n1\t1,700억\r\n'), [['구분', '금액'], ['1', '1,700억']]);
  assert.deepEqual(rowsFromClipboard('"a\tb"\t"say ""hi"""\n"two\nlines"\tx'), [['a b', 'say "hi"'], ['two lines', 'x']]);
  assert.deepEqual(rowsFromClipboard('single'), [['single']]);
});
