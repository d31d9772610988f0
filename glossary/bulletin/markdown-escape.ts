// Escaping for the Markdown form. User text must come back unchanged through export → import,
// and must not become markup (HTML tags, links) in a Markdown renderer. `**bold**` is the one
// markup the model carries, so `*` and `_` pass through.

const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;

/** Escape inline text: backslash, angle and square brackets, backticks, entity-like `&`. */
export function escapeInline(text: string): string {
  return text.replace(/[\\<>[\]`]/g, (ch) => `\\${ch}`).replace(ENTITY_LIKE, '&amp;');
}

/** Escape a table cell: inline escaping plus the column separator. */
export function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}

const ASCII_STARTERS = /^[-+#>*=|~:!]/;
const MARK_STARTERS = /^[〈■🔳□☑▽▶]/u;
const LIST_NUMBER = /^(\d{1,9})([.)])/;
const KEYWORDS = /^(참고자료|분야\s*:|출처\s*:)/;

/**
 * Escape a paragraph-like line so it cannot read as a block of the Markdown form (a bullet,
 * heading, table, lead, numbered sub-heading …): the first character is escaped.
 */
export function escapeLine(text: string): string {
  const inline = escapeInline(text);
  if (ASCII_STARTERS.test(inline)) return `\\${inline}`;
  if (MARK_STARTERS.test(inline) || KEYWORDS.test(inline)) {
    const first = String.fromCodePoint(inline.codePointAt(0)!);
    return `&#x${first.codePointAt(0)!.toString(16)};${inline.slice(first.length)}`;
  }
  const number = LIST_NUMBER.exec(inline);
  if (number) return `${number[1]}\\${number[2]}${inline.slice(number[0].length)}`;
  return inline;
}

/** Undo escapeInline/escapeCell/escapeLine. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])|&#x([0-9a-fA-F]+);|&#(\d+);|&amp;/g, (whole, escaped: string | undefined, hex: string | undefined, dec: string | undefined) => {
    if (escaped !== undefined) return escaped;
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(parseInt(dec, 10));
    return whole === '&amp;' ? '&' : whole;
  });
}

/** Split a Markdown table row into raw (still escaped) cells. */
export function splitTableRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      current += ch + body[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}
