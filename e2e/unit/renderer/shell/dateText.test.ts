// Dates typed into a date field: the forms editors use, in each window language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTypedDate } from '../../../../renderer/src/shell/dateText.ts';

test('a day typed in the common forms is read as one ISO day', () => {
  for (const typed of ['2024-06-21', '2024. 6. 21.', '2024.6.21', '2024. 06. 21', '2024/6/21', '2024년 6월 21일', '2024年6月21日', ' 2024-6-21 ']) {
    assert.equal(parseTypedDate(typed, 'ko'), '2024-06-21', typed);
  }
});

test('month first only in an English window, where dates are shown so', () => {
  assert.equal(parseTypedDate('6/21/2024', 'en'), '2024-06-21');
  assert.equal(parseTypedDate('6/21/2024', 'ko'), null);
});

test('days no calendar has, and texts that are no date, are not dates', () => {
  for (const typed of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-06-31', '6월 초', '21.6.2024', '2024-06', '']) {
    assert.equal(parseTypedDate(typed, 'ko'), null, typed);
  }
  assert.equal(parseTypedDate('2024-02-29', 'ko'), '2024-02-29', 'a leap day');
});
