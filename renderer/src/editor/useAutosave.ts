// Autosave: ~400 ms after the last edit, but never later than MAX_WAIT_MS after the first unsaved
// one (continuous typing has no pause), and at once when the page is hidden, left or closed, so a
// crash loses at most the last second. Saves are serialized; ids the service gives new sources are
// remembered so a second save never creates the same source twice. A save that failed because the
// service could not be reached (or restarted) is tried again until it gets through.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import type { ArticleDraft, EditableSource } from './draft.ts';

const DEBOUNCE_MS = 400;
/** A save starts at most this long after the first unsaved edit; with its round trip, under 1 s. */
export const MAX_WAIT_MS = 700;
const RETRY_MS = [500, 1_000, 2_000, 5_000];

/** Whether a failed save is worth sending again unchanged: no answer, or the service not ready. */
function worthRetrying(failure: unknown): boolean {
  const status = (failure as { status?: unknown } | null)?.status;
  if (typeof status !== 'number') return true; // fetch itself failed: no connection
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

/** 'retrying': the service could not be reached; the save is sent again until it gets through. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'retrying';

export interface SaveSnapshot {
  draft: ArticleDraft;
  sources: EditableSource[];
}

export function useAutosave(articleId: number, snapshot: SaveSnapshot | null, onSaved: (article: Article, sentKeys: string[]) => void) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(snapshot);
  const lastSaved = useRef<string | null>(null);
  const sourceIds = useRef(new Map<string, number>());
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  /** When the oldest edit not yet sent was made (null: nothing waiting). */
  const pendingSince = useRef<number | null>(null);
  const failures = useRef(0);
  /** The updatedAt the text here is based on: the service refuses a save from an older one (someone else saved). */
  const base = useRef<string | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  latest.current = snapshot;

  // A source tab left completely empty is not worth a row in the database.
  const sent = (s: SaveSnapshot) => s.sources.filter((source) => source.id !== undefined || sourceIds.current.has(source.key) || source.title || source.url || source.text);

  const request = (s: SaveSnapshot) => ({
    id: articleId,
    category: s.draft.category,
    title: s.draft.title,
    lead: s.draft.lead,
    body: s.draft.body,
    summary: s.draft.summary,
    sources: sent(s).map((source) => {
      const id = source.id ?? sourceIds.current.get(source.key);
      return { ...(id === undefined ? {} : { id }), title: source.title, url: source.url, text: source.text };
    }),
  });

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (inFlight.current) {
      await inFlight.current;
      return flush();
    }
    const current = latest.current;
    if (!current) return;
    const body = request(current);
    const serialized = JSON.stringify(body);
    pendingSince.current = null;
    if (serialized === lastSaved.current) {
      setStatus('saved');
      return;
    }
    setStatus('saving');
    const keys = sent(current).map((s) => s.key);
    inFlight.current = api.saveArticle(base.current ? { ...body, baseUpdatedAt: base.current } : body).then(
      (article) => {
        base.current = article.updatedAt;
        article.sources.forEach((source, index) => keys[index] && sourceIds.current.set(keys[index], source.id));
        lastSaved.current = serialized;
        failures.current = 0;
        setError(null);
        onSavedRef.current(article, keys);
        setStatus(JSON.stringify(request(latest.current!)) === serialized ? 'saved' : 'pending');
      },
      (failure: unknown) => {
        if (!worthRetrying(failure)) {
          setError(failure);
          setStatus('error');
          return;
        }
        setStatus('retrying');
        const wait = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)]!;
        failures.current++;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void flush(), wait);
      },
    );
    await inFlight.current;
    inFlight.current = null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  /** The state loaded from the service counts as saved. */
  const markSaved = useCallback((s: SaveSnapshot, updatedAt?: string) => {
    lastSaved.current = JSON.stringify(request(s));
    base.current = updatedAt;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  useEffect(() => {
    if (!snapshot || lastSaved.current === null) return;
    if (JSON.stringify(request(snapshot)) === lastSaved.current) return;
    setStatus('pending');
    const now = Date.now();
    pendingSince.current ??= now;
    window.clearTimeout(timer.current);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, pendingSince.current + MAX_WAIT_MS - now));
    timer.current = window.setTimeout(() => void flush(), wait);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, flush]);

  useEffect(() => {
    const now = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('beforeunload', now);
    window.addEventListener('pagehide', now);
    window.addEventListener('blur', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', now);
      window.removeEventListener('pagehide', now);
      window.removeEventListener('blur', now);
      document.removeEventListener('visibilitychange', onVisibility);
      now(); // leaving the editor saves what is pending
    };
  }, [flush]);

  /** After another change of this article made here (its state): later saves build on it. */
  const rebase = useCallback((updatedAt: string) => void (base.current = updatedAt), []);

  return { status, error, flush, markSaved, rebase };
}
