// Lists inside one spreadsheet cell: "专精特新; 專精特新" or "专精特新 | 專精特新".
// `;` and `|` both separate items; a backslash makes the next `;`, `|` or `\` literal, so any
// text (a note with a semicolon) survives a round trip. A backslash before anything else is kept
// as written (Windows paths in notes stay intact).

const SEPARATORS = new Set([';', '|']);
const ESCAPABLE = new Set([';', '|', '\\']);

/** Splits a cell into trimmed items; empty items are kept (they mean "no value here"). */
export function splitCellList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    const next = cell[i + 1];
    if (ch === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      current += next;
      i++;
    } else if (SEPARATORS.has(ch)) {
      items.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current.trim());
  return items;
}

function escapeItem(item: string): string {
  return item.replace(/[;|\\]/g, (ch) => `\\${ch}`);
}

/** Joins items so that splitCellList gives them back; a list of only empty items is "". */
export function joinCellList(items: readonly string[]): string {
  if (items.every((item) => item === '')) return '';
  return items.map(escapeItem).join('; ');
}
