// Splits a text into plain runs and marked runs, for the source highlights and the draft's findings
// underlines. Overlapping ranges are clipped: the earlier (or, at the same start, longer) one wins.
export interface Range<T> {
  start: number;
  end: number;
  data: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  data?: T;
}

export function segmentText<T>(text: string, ranges: readonly Range<T>[]): Segment<T>[] {
  const sorted = ranges
    .filter((r) => r.end > r.start && r.start < text.length)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ start: at, end: start, text: text.slice(at, start) });
    segments.push({ start, end, text: text.slice(start, end), data: range.data });
    at = end;
  }
  if (at < text.length) segments.push({ start: at, end: text.length, text: text.slice(at) });
  return segments;
}
