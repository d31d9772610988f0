// Timestamps from the service are ISO strings in UTC; reviewers read them in local time, to the minute.
function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
