// Who else is at this article (team mode): editors announced by the server while they type or save,
// forgotten after a quiet spell, and the last other user whose change of this article arrived.
import { useEffect, useState } from 'react';
import { onLiveEvent } from '../api/live-events.ts';
import { teamUser } from '../api/team.ts';

const QUIET_MS = 15_000;

export interface Presence {
  editors: string[];
  changedBy: string | null;
}

export function useArticlePresence(articleId: number): Presence {
  const [seen, setSeen] = useState<ReadonlyMap<string, number>>(new Map());
  const [changedBy, setChangedBy] = useState<string | null>(null);
  const [, setTick] = useState(0);

  useEffect(() => {
    const me = teamUser()?.name;
    const stop = onLiveEvent((event) => {
      if (event.articleId !== articleId || event.who === me) return;
      // A save of this article is someone editing it too: a page opened after that editor's last
      // 'editing' notice (the server sends one every few seconds at most) learns of them at once.
      const changed = event.event === 'changed' ? event.kind : null;
      if (event.event === 'editing' || changed === 'article') setSeen((current) => new Map(current).set(event.who, Date.now()));
      if (changed === 'article' || changed === 'comments') setChangedBy(event.who);
    });
    const timer = window.setInterval(() => setTick((t) => t + 1), 5_000);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [articleId]);

  const now = Date.now();
  const editors = [...seen].filter(([, at]) => now - at < QUIET_MS).map(([who]) => who);
  return { editors, changedBy };
}
