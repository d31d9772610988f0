import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RecognizedTerm } from '../../../../glossary/api.ts';
import type { Finding } from '../../../../glossary/checks/types.ts';
import { alignParagraphs, paragraphAt, paragraphsOf, sourceParagraphs } from '../../../../renderer/src/workbench/align.ts';
import { arrangeFindings, NO_FILTER, stepFinding } from '../../../../renderer/src/workbench/arrangeFindings.ts';
import { formatDate, formatMonth, monthGrid, weekdayNames } from '../../../../renderer/src/workbench/dates.ts';

function hit(text: string, source: string, conceptId: number, ko: string): RecognizedTerm {
  const start = source.indexOf(text);
  return { start, end: start + text.length, conceptId, text, concept: { id: conceptId, category: 'other', zh: [text], ko: [{ text: ko, status: 'preferred', established: false }], note: null } };
}

test('paragraphs pair by shared terms and amounts, in order, and by position where nothing is shared', () => {
  const source = '成都市支持专精特新企业。\n\n亿华通获得60亿元投资。\n\n会议在北京举行。';
  const hits = [hit('成都', source, 1, '청두'), hit('专精特新', source, 2, '전정특신'), hit('亿华通', source, 3, '이화퉁')];
  const sources = sourceParagraphs([source], () => hits);
  assert.deepEqual(sources.map((p) => p.hits.length), [2, 1, 0]);
  // The pairing keeps the order of both texts: when a draft swaps two paragraphs, the stronger tie
  // (two shared terms against one amount) wins and the other paragraph follows it.
  const swapped = paragraphsOf('- 60억 위안 투자 유치\n- 청두의 전정특신 기업 지원\n- 회의 개최');
  assert.deepEqual(alignParagraphs(swapped, sources), [0, 0, 2]);
  // Two draft paragraphs for one source paragraph: the amount ties the second one to it.
  const split = paragraphsOf('- 청두의 전정특신 기업 지원\n- 이화퉁은 수소 기업\n- 60억 위안 투자 유치\n- 회의 개최');
  assert.deepEqual(alignParagraphs(split, sources), [0, 1, 1, 2]);
  const inOrder = paragraphsOf('- 청두의 전정특신 기업\n- 이화퉁 60억 위안\n- 회의');
  assert.deepEqual(alignParagraphs(inOrder, sources), [0, 1, 2]);
  assert.equal(paragraphAt(inOrder, inOrder[1]!.start + 3), 1);
});

test('findings: errors, warnings, style, then info; filters by severity and rule', () => {
  const f = (rule: string, severity: Finding['severity'], start: number) => ({ rule, severity, start, end: start + 1 }) as unknown as Finding;
  const list = [f('term-missing', 'info', 0), f('josa', 'style', 1), f('number', 'error', 2), f('term-missing', 'info', 3), f('currency', 'warning', 4)];
  assert.deepEqual(arrangeFindings(list, NO_FILTER).map((x) => x.start), [2, 4, 1, 0, 3]);
  assert.deepEqual(arrangeFindings(list, { severity: 'info', rule: 'all' }).map((x) => x.start), [0, 3]);
  assert.deepEqual(arrangeFindings(list, { severity: 'all', rule: 'josa' }).map((x) => x.start), [1]);
});

test('F8 steps through findings in severity order (errors, warnings, style, info), wrapping; Shift+F8 goes back', () => {
  const f = (rule: string, severity: Finding['severity'], start: number) => ({ rule, severity, start, end: start + 1 }) as unknown as Finding;
  // In text order an info item comes first and the error last.
  const list = [f('term-missing', 'info', 0), f('currency', 'warning', 5), f('josa', 'style', 7), f('number', 'error', 9), f('term-missing', 'info', 12)];
  const walk = (direction: 1 | -1, steps: number) => {
    const seen: number[] = [];
    let active: number | null = null;
    for (let i = 0; i < steps; i++) {
      active = stepFinding(list, (x) => x.start === active, direction)!.start;
      seen.push(active);
    }
    return seen;
  };
  assert.deepEqual(walk(1, 6), [9, 5, 7, 0, 12, 9]);
  assert.deepEqual(walk(-1, 3), [12, 0, 7]);
  assert.equal(stepFinding([], () => false, 1), undefined);
});

test('dates follow the UI language', () => {
  assert.equal(formatDate('2026-12-05', 'ko'), '2026. 12. 5.');
  assert.equal(formatDate('2026-12-05', 'en'), '12/5/2026');
  assert.equal(formatDate('2026-12-05', 'zh'), '2026/12/5');
  assert.equal(formatDate('not a date', 'ko'), 'not a date');
});

test('the date picker speaks the UI language: month heading, weekdays, and the chosen day', () => {
  assert.equal(formatMonth(2026, 12, 'ko'), '2026년 12월');
  assert.equal(formatMonth(2026, 12, 'en'), 'December 2026');
  assert.equal(formatMonth(2026, 12, 'zh'), '2026年12月');
  assert.deepEqual(weekdayNames('ko'), ['일', '월', '화', '수', '목', '금', '토']);
  assert.equal(weekdayNames('en')[0], 'Sun');
  // December 2026 starts on a Tuesday: two empty cells, then 31 days, padded to whole weeks.
  const grid = monthGrid(2026, 12);
  assert.deepEqual(grid.slice(0, 3), [null, null, '2026-12-01']);
  assert.equal(grid.filter((d) => d !== null).length, 31);
  assert.equal(grid.length % 7, 0);
  assert.equal(monthGrid(2024, 2).filter((d) => d !== null).length, 29);
});
