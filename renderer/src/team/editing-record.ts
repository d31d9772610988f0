// Who edited which article lately, as the team server announced it (live and, when the page's socket
// connects, replayed). Kept for the whole page, so an article opened later knows at once whether
// someone else is at work on it. Loaded with the team gate, before the socket opens.
import { onLiveEvent } from '../api/live-events.ts';

/** When another editor counts as still at work: a page repeats its notice every 5 s while typing. */
export const QUIET_MS = 15_000;

const lastSeen = new Map<number, Map<string, number>>();

onLiveEvent((event) => {
  if (event.event !== 'editing') return;
  const byUser = lastSeen.get(event.articleId) ?? new Map<string, number>();
  byUser.set(event.who, Date.now() - (event.agoMs ?? 0));
  lastSeen.set(event.articleId, byUser);
});

/** The other user who edited this article most recently, if within QUIET_MS. */
export function recentEditor(articleId: number, me: string): string | null {
  let found: string | null = null;
  let latest = Date.now() - QUIET_MS;
  for (const [who, at] of lastSeen.get(articleId) ?? []) {
    if (who !== me && at > latest) {
      found = who;
      latest = at;
    }
  }
  return found;
}
