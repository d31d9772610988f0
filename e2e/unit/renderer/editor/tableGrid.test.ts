import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasteAt, removeColumn, removeRow, setCell } from '../../../../renderer/src/editor/tableGrid.ts';

const rows = [['구분', '금액'], ['1']];

test('a cell typed beyond the grid grows it; ragged rows are padded', () => {
  assert.deepEqual(setCell(rows, 1, 1, '700억'), [['구분', '금액'], ['1', '700억']]);
  assert.deepEqual(setCell(rows, 2, 2, 'x'), [['구분', '금액', ''], ['1', '', ''], ['', '', 'x']]);
});

test('rows and columns are removed', () => {
  assert.deepEqual(removeRow(rows, 0), [['1']]);
  assert.deepEqual(removeColumn(rows, 0), [['금액'], ['']]);
});

test('cells pasted from a spreadsheet fill the grid from the chosen cell', () => {
  assert.deepEqual(pasteAt(rows, 1, 1, [['a', 'b'], ['c', 'd']]), [['구분', '금액', ''], ['1', 'a', 'b'], ['', 'c', 'd']]);
});
