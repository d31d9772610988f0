// Dates in the UI language: 2026. 12. 5. in Korean, 12/5/2026 in English, 2026/12/5 in Chinese.
// An ISO date (2024-06-21) is a calendar day: formatted in UTC so no time zone shifts it.
export function formatDate(iso: string, language: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(day ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language.startsWith('ko') ? 'ko-KR' : language.startsWith('zh') ? 'zh-CN' : 'en-US';
  return new Intl.DateTimeFormat(locale, day ? { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' } : { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}
