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
 * Widths for `columns` columns in a text `lineEms` ems wide (at the table's font size). A header
 * row counts with its longest word only: a long label wraps rather than widen its column.
 */
export function columnWidths(rows: string[][], columns: number, lineEms: number, header = false): number[] {
  const body = header && rows.length > 1 ? rows.slice(1) : rows;
  const words = Array.from({ length: columns }, (_, c) => Math.max(1.5, ...rows.map((r) => longestWord(r[c] ?? ''))));
  const texts = Array.from({ length: columns }, (_, c) => Math.max(1.5, words[c]!, ...body.map((r) => textWidth(r[c] ?? ''))));
  // A very long word (a URL) may not claim more than half the line: it wraps instead.
  const minimum = words.map((w) => Math.min(w + 1, lineEms / 2));
  const sumMin = minimum.reduce((a, b) => a + b, 0);
  if (sumMin >= lineEms) return minimum.map((w) => w / sumMin);
  // The rest goes by how much more a column would take on one line than its minimum.
  const wish = texts.map((t, c) => Math.max(0, t + 1 - minimum[c]!));
  const sumWish = wish.reduce((a, b) => a + b, 0);
  const left = lineEms - sumMin;
  const widths = minimum.map((m, c) => m + (sumWish === 0 ? left / columns : Math.min(wish[c]!, (left * wish[c]!) / sumWish)));
  // Room still left (everything fits on one line) goes by text length, so short columns stay short.
  const spare = lineEms - widths.reduce((a, b) => a + b, 0);
  const sumText = texts.reduce((a, b) => a + b, 0);
  if (spare > 0) widths.forEach((_, c) => (widths[c]! += (spare * texts[c]!) / sumText));
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / total);
}

export function layoutTable(rows: string[][], lineEms: number, header?: boolean): TableLayout {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? ''));
  const isHeader = header ?? looksLikeHeader(padded);
  return { rows: padded, header: isHeader, widths: columnWidths(padded, columns, lineEms, isHeader) };
}
