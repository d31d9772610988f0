// Dates in the UI language: 2026. 12. 5. in Korean, 12/5/2026 in English, 2026/12/5 in Chinese.
// An ISO date (2024-06-21) is a calendar day: formatted in UTC so no time zone shifts it.

/** The Intl locale of a UI language. */
export function localeOf(language: string): string {
  return language.startsWith('ko') ? 'ko-KR' : language.startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function formatDate(iso: string, language: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(day ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = localeOf(language);
  return new Intl.DateTimeFormat(locale, day ? { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' } : { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** "2026년 12월", "December 2026", "2026年12月": the heading of a month in the date picker. */
export function formatMonth(year: number, month: number, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(Date.UTC(year, month - 1, 1));
}

/** Short weekday names from Sunday, in the UI language (일 월 화 …). */
export function weekdayNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(localeOf(language), { timeZone: 'UTC', weekday: 'short' });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2023, 0, 1 + i)));
}

/** The days of a month laid out in weeks from Sunday: null pads the first and last week. */
export function monthGrid(year: number, month: number): (string | null)[] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array(first).fill(null);
  for (let d = 1; d <= days; d++) cells.push(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return cells;
}

/** The start of a local calendar day as an ISO timestamp ("changed since" compares stored UTC times). */
export function startOfLocalDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
}
