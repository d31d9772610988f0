// The table editor's grid operations: pure functions over rows of cells, so each one is a single
// undo step and is tested without a page. Rows may be ragged; the grid pads them to its width.

export type Grid = string[][];

export function gridWidth(rows: Grid): number {
  return rows.reduce((n, row) => Math.max(n, row.length), 0);
}

/** Rows padded to `width` cells (the editor shows every cell, the text form trims trailing empties). */
export function padded(rows: Grid, width = gridWidth(rows)): Grid {
  return rows.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')]);
}

export function setCell(rows: Grid, r: number, c: number, value: string): Grid {
  const width = Math.max(gridWidth(rows), c + 1);
  const out = padded(rows, width);
  while (out.length <= r) out.push(Array<string>(width).fill(''));
  out[r]![c] = value;
  return out;
}

export function removeRow(rows: Grid, r: number): Grid {
  return rows.filter((_, i) => i !== r);
}

export function removeColumn(rows: Grid, c: number): Grid {
  return padded(rows).map((row) => row.filter((_, i) => i !== c));
}

/** Cells pasted from a spreadsheet, written from cell (r, c) on; the grid grows to hold them. */
export function pasteAt(rows: Grid, r: number, c: number, pasted: Grid): Grid {
  let out = rows;
  pasted.forEach((cells, i) => cells.forEach((value, j) => (out = setCell(out, r + i, c + j, value))));
  return out;
}
