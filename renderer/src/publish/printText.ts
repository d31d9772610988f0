// Small text helpers of the print view: the bulletin's inline bold (`**…**`), its date forms and
// which reference URLs may become links.

export interface InlinePart {
  text: string;
  bold: boolean;
}

/** `**…**` marks bold in the bulletin's text form; an unmatched `**` stays as written. */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let at = 0;
  for (const match of text.matchAll(/\*\*(.+?)\*\*/g)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), bold: false });
    parts.push({ text: match[1]!, bold: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), bold: false });
  return parts;
}

function dateParts(iso: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** 2024-06-21 → "2024. 6. 21." (the cover and colophon form). */
export function longDate(iso: string): string {
  const parts = dateParts(iso);
  return parts ? `${parts[0]}. ${parts[1]}. ${parts[2]}.` : iso;
}

/** 2024-06-04 → "6.4" (the date after a lead, in parentheses). */
export function shortDate(iso: string): string {
  const parts = dateParts(iso);
  return parts ? `${parts[1]}.${parts[2]}` : iso;
}

/** Only web addresses become links; anything else (javascript:, file:) stays plain text. */
export function linkable(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;
}
