// Dates as editors type them: 2024-06-21, 2024. 6. 21., 2024.6.21, 2024/6/21, 2024년 6월 21일,
// 2024年6月21日, and in an English window 6/21/2024 (how that window shows them). Anything else,
// and days no calendar has (2024-02-31), is not a date.

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO day (YYYY-MM-DD) a typed text names, or null. */
export function parseTypedDate(text: string, language: string): string | null {
  const bare = text.trim().replace(/\s+/g, ' ');
  const ymd = /^(\d{4})\s*(?:[-./]|년|年)\s*(\d{1,2})\s*(?:[-./]|월|月)\s*(\d{1,2})\s*(?:[.]|일|日)?$/.exec(bare);
  if (ymd) return isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  // Month first only where the window writes it so (English): 6/21/2024.
  const mdy = language.startsWith('en') ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(bare) : null;
  if (mdy) return isoOf(Number(mdy[3]), Number(mdy[1]), Number(mdy[2]));
  return null;
}

/** Today as a local calendar day (YYYY-MM-DD). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
