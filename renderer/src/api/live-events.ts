// Events the team server pushes over the WebSocket (electron/team/live.ts): a change someone made,
// or who is editing an article. Screens subscribe; the socket client publishes.
export interface ChangedEvent {
  event: 'changed';
  kind: 'glossary' | 'issue' | 'article' | 'comments' | 'versions' | 'accepted';
  method: string;
  who: string;
  articleId?: number;
  issueId?: number;
  conceptId?: number;
  updatedAt?: string;
}

export interface EditingEvent {
  event: 'editing';
  articleId: number;
  who: string;
  /** A takeover: `who` edits the article from now on. */
  claim?: boolean;
  /** A notice replayed to a page that just connected: how long ago it was given. */
  agoMs?: number;
}

export type LiveEvent = ChangedEvent | EditingEvent;

const listeners = new Set<(event: LiveEvent) => void>();

export function onLiveEvent(listener: (event: LiveEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishLiveEvent(message: unknown): boolean {
  const event = message as Partial<LiveEvent> | null;
  if (!event || (event.event !== 'changed' && event.event !== 'editing')) return false;
  for (const listener of listeners) listener(event as LiveEvent);
  return true;
}
