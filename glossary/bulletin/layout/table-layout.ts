// How a 〈표〉 table is laid out, decided once for every renderer: rows padded to the widest row,
// the header row detected (or chosen by the editor), and column widths from the content: each
// column gets at least its longest word, and the room left goes to the columns with more text.

/** Display width of text in ems: Hangul and Han are full width, Latin and digits about half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\*\*/g, '')) {
    const code = ch.codePointAt(0)!;
    width += code >= 0x1100 && !(code >= 0xff61 && code <= 0xffdc) ? 1 : 0.55;
  }
  return width;
}

/** The widest unbreakable piece; a URL breaks anywhere, so it asks for little. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => (/^https?:\/\//.test(word) ? Math.min(10, textWidth(word)) : textWidth(word))));
}

export interface TableLayout {
  /** Rows padded to the same number of cells. */
  rows: string[][];
  /** Whether rows[0] is a header row (repeated on each page). */
  header: boolean;
  /** Column widths as fractions of the text width, summing to 1. */
  widths: number[];
}

/** A first row of short labels over a body with longer text reads as a header. */
export function looksLikeHeader(rows: string[][]): boolean {
  if (rows.length < 2) return false;
  const [first, ...body] = rows;
  const cells = first!.filter((c) => c.trim() !== '');
  if (cells.length === 0) return false;
  if (cells.some((c) => textWidth(c) > 12 || /^[\d.,%\s-]+$/.test(c))) return false;
  const longest = Math.max(...body.flat().map(textWidth));
  return longest > Math.max(...cells.map(textWidth));
}

/**
 * Widths for `columns` columns in a text `lineEms` ems wide (at the table's font size). Each column
 * gets at least its longest word; the rest of the line goes by how much text the column holds
 * (each cell counted up to one line, so one runaway cell does not take the table), and no column
 * is made wider than its longest text on one line while another still wraps. A header row counts
 * with its longest word only: a long label wraps rather than widen its column.
 */
export function columnWidths(rows: string[][], columns: number, lineEms: number, header = false): number[] {
  const body = header && rows.length > 1 ? rows.slice(1) : rows;
  const cols = Array.from({ length: columns }, (_, c) => c);
  const words = cols.map((c) => Math.max(1.5, ...rows.map((r) => longestWord(r[c] ?? ''))));
  const cap = cols.map((c) => Math.max(words[c]!, ...body.map((r) => textWidth(r[c] ?? ''))) + 1);
  const weight = cols.map((c) => 0.1 + body.reduce((sum, r) => sum + Math.min(lineEms, textWidth(r[c] ?? '')), 0));
  // A very long word (a URL) may not claim more than half the line: it wraps instead.
  const widths = words.map((w) => Math.min(w + 1, lineEms / 2));
  const sumMin = widths.reduce((a, b) => a + b, 0);
  if (sumMin >= lineEms) return widths.map((w) => w / sumMin);
  const left = () => lineEms - widths.reduce((a, b) => a + b, 0);
  // Fill the columns that still wrap, by their text, until each fits or the line is used up.
  for (let round = 0; round < columns && left() > 1e-9; round++) {
    const open = cols.filter((c) => widths[c]! < cap[c]!);
    if (open.length === 0) break;
    const room = left();
    const total = open.reduce((sum, c) => sum + weight[c]!, 0);
    for (const c of open) widths[c] = Math.min(cap[c]!, widths[c]! + (room * weight[c]!) / total);
  }
  // Everything fits on one line: the spare room goes by text too, so short columns stay short.
  const spare = left();
  if (spare > 0) {
    const total = weight.reduce((a, b) => a + b, 0);
    cols.forEach((c) => (widths[c]! += (spare * weight[c]!) / total));
  }
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / sum);
}

export function layoutTable(rows: string[][], lineEms: number, header?: boolean): TableLayout {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? ''));
  const isHeader = header ?? looksLikeHeader(padded);
  return { rows: padded, header: isHeader, widths: columnWidths(padded, columns, lineEms, isHeader) };
}
