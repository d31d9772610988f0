// Re-reads a screen's data when the team server says someone changed what it shows.
import { useEffect } from 'react';
import { onLiveEvent, type ChangedEvent } from '../api/live-events.ts';

export function useLiveRefresh(matches: (event: ChangedEvent) => boolean, refresh: () => void, deps: readonly unknown[]): void {
  useEffect(
    () => onLiveEvent((event) => event.event === 'changed' && matches(event) && refresh()),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
}
