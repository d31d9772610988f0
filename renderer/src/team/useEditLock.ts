// One editor per article (team mode). An article someone else is editing opens read-only, with a
// "take over" action; taking over reloads the page with the article as stored, tells the server
// (claimArticle), and the other editor's page turns read-only in turn. Outside team mode: no lock.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { onLiveEvent } from '../api/live-events.ts';
import { teamUser } from '../api/team.ts';
import { recentEditor } from './editing-record.ts';

const TAKEOVER_KEY = 'donghyang-takeover';
/** Just after a takeover, the previous editor's last autosave may still land: that is no new editor. */
const GRACE_MS = 3_000;

export interface EditLock {
  /** The user editing this article while this page may only read it (null: this page may edit). */
  lockedBy: string | null;
  takeOver: () => void;
}

export function useEditLock(articleId: number): EditLock {
  const me = teamUser()?.name ?? null;
  const [tookOver] = useState(() => me !== null && sessionStorage.getItem(TAKEOVER_KEY) === String(articleId));
  const [lockedBy, setLockedBy] = useState<string | null>(() => (me === null || tookOver ? null : recentEditor(articleId, me)));

  useEffect(() => {
    if (me === null) return undefined;
    const since = tookOver ? Date.now() : -Infinity;
    if (tookOver) {
      sessionStorage.removeItem(TAKEOVER_KEY);
      void api.claimArticle({ articleId }).catch(() => undefined);
    }
    return onLiveEvent((event) => {
      if (event.articleId !== articleId || event.who === me) return;
      const editing = event.event === 'editing' || (event.kind === 'article' && event.method === 'saveArticle');
      if (!editing) return;
      const at = Date.now() - (event.event === 'editing' ? event.agoMs ?? 0 : 0);
      const claim = event.event === 'editing' && event.claim === true;
      if (at <= since || (!claim && at < since + GRACE_MS)) return;
      setLockedBy((current) => current ?? event.who);
    });
  }, [articleId, me, tookOver]);

  return {
    lockedBy,
    takeOver: () => {
      sessionStorage.setItem(TAKEOVER_KEY, String(articleId));
      window.location.reload();
    },
  };
}
