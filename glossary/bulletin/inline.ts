// Small text helpers shared by the importers and the exporters: dates as the bulletin prints
// them, URLs at the end of a line, and the `**bold**` inline markup.

const URL_START = /https?:\/\//;

/** "2024. 6. 21." or "2024.06.21" or "2024-06-21" → "2024-06-21"; null when not a date. */
export function parseIssueDate(text: string): string | null {
  const match = /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})/.exec(text);
  if (!match) return null;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A month.day printed without year ("6.4", "06.07") as an ISO date near the issue date: news
 * is older than the issue, so a month after the issue's month belongs to the year before.
 */
export function monthDayToIso(monthDay: string, issueDate: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})$/.exec(monthDay.trim());
  if (!match) return null;
  const month = Number(match[1]);
  const issueYear = Number(issueDate.slice(0, 4));
  const issueMonth = Number(issueDate.slice(5, 7));
  return isoDate(month > issueMonth ? issueYear - 1 : issueYear, month, Number(match[2]));
}

/** Split a trailing "(6.4)" off a lead line. */
export function splitTrailingDate(text: string, issueDate: string): { text: string; date: string | null } {
  const match = /\s*\((\d{1,2}\.\d{1,2})\)\s*$/.exec(text);
  if (!match) return { text: text.trim(), date: null };
  const date = monthDayToIso(match[1]!, issueDate);
  if (date === null) return { text: text.trim(), date: null };
  return { text: text.slice(0, match.index).trim(), date };
}

/** "2024-06-04" → "6.4" (lead lines). */
export function leadDateLabel(iso: string): string {
  return `${Number(iso.slice(5, 7))}.${Number(iso.slice(8, 10))}`;
}

/** "2024-06-07" → "06.07" (short-item sources). */
export function sourceDateLabel(iso: string): string {
  return `${iso.slice(5, 7)}.${iso.slice(8, 10)}`;
}

/** "2024-06-21" → "2024. 6. 21." (cover and colophon). */
export function issueDateLabel(iso: string): string {
  return `${iso.slice(0, 4)}. ${Number(iso.slice(5, 7))}. ${Number(iso.slice(8, 10))}.`;
}

export function isUrl(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

/**
 * Split "title http://…" into the title and the URL. The URL runs to the end of the line; spaces
 * inside it are PDF line-wrap artefacts (`content_ 572702.htm`) and are removed.
 */
export function splitTrailingUrl(text: string): { before: string; url: string | null } {
  const match = URL_START.exec(text);
  if (!match) return { before: text.trim(), url: null };
  return { before: text.slice(0, match.index).trim(), url: text.slice(match.index).replace(/\s+/g, '') };
}

export interface InlineSegment {
  text: string;
  bold: boolean;
}

/** Split `**bold**` markup into segments; an unmatched `**` stays literal. */
export function splitBold(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('**');
    const close = open < 0 ? -1 : rest.indexOf('**', open + 2);
    if (open < 0 || close < 0) break;
    if (open > 0) segments.push({ text: rest.slice(0, open), bold: false });
    if (close > open + 2) segments.push({ text: rest.slice(open + 2, close), bold: true });
    rest = rest.slice(close + 2);
  }
  if (rest !== '') segments.push({ text: rest, bold: false });
  return segments;
}

/** The text without `**` markup (for search, pairs and comparisons). */
export function plainText(text: string): string {
  return splitBold(text).map((segment) => segment.text).join('');
}
