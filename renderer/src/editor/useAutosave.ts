// Autosave: ~400 ms after the last edit, and at once when the page is hidden, left or closed, so a
// crash loses at most the last second. Saves are serialized; ids the service gives new sources are
// remembered so a second save never creates the same source twice.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';
import type { Draft, EditableSource } from './draft.ts';

const DEBOUNCE_MS = 400;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface SaveSnapshot {
  draft: Draft;
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
  /** The updatedAt the text here is based on: the service refuses a save from an older one (someone else saved). */
  const base = useRef<string | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  latest.current = snapshot;

  // A source tab left completely empty is not worth a row in the database.
  const sent = (s: SaveSnapshot) => s.sources.filter((source) => source.id !== undefined || sourceIds.current.has(source.key) || source.title || source.url || source.text);

  const request = (s: SaveSnapshot) => ({
    id: articleId,
    title: s.draft.title,
    lead: s.draft.lead,
    body: s.draft.body,
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
        setError(null);
        onSavedRef.current(article, keys);
        setStatus(JSON.stringify(request(latest.current!)) === serialized ? 'saved' : 'pending');
      },
      (failure: unknown) => {
        setError(failure);
        setStatus('error');
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
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
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
