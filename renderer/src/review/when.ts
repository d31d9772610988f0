// Timestamps from the service are ISO strings in UTC; reviewers read them in local time, to the
// minute, written the way the UI language writes dates (2026. 12. 5. 오후 3:04 in Korean).
import i18next from 'i18next';
import { formatDate } from '../workbench/dates.ts';

export function formatWhen(iso: string): string {
  return formatDate(iso, i18next.language ?? 'ko');
}
