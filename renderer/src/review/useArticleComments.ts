// Comments of the article in the editor: loaded again after every save (the service re-anchors them
// to the saved text), shown at their place in the draft being edited, added on a selection.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArticleComment } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import type { Caret, Draft } from '../editor/draft.ts';
import { useLoad } from '../shell/useLoad.ts';
import { commentMarks, locateComment } from './commentMarks.ts';
import { useLiveRefresh } from '../team/useLiveRefresh.ts';

interface Options {
  articleId: number;
  /** The draft as last saved (comment offsets refer to it). */
  saved: Draft;
  draft: Draft;
  savedVersion: number;
  /** Saves what is pending, so a new comment's range refers to saved text. */
  flush: () => Promise<void>;
  selectRange: (range: Caret) => void;
  onError: (error: unknown) => void;
}

export function useArticleComments({ articleId, saved, draft, savedVersion, flush, selectRange, onError }: Options) {
  const [refresh, setRefresh] = useState(0);
  const [showResolved, setShowResolved] = useState(false);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [composing, setComposing] = useState<(Caret & { quoted: string }) | null>(null);
  const savedRef = useRef(saved);
  savedRef.current = saved;
  // Team mode: another user's comment (or resolution) shows here too.
  useLiveRefresh((e) => e.kind === 'comments' && e.articleId === articleId, () => setRefresh((r) => r + 1), [articleId]);
  // The saved text is captured with the list, so offsets and text always belong together.
  const loaded = useLoad(async () => {
    const savedAt = savedRef.current;
    return { comments: await api.listComments({ articleId, includeResolved: true }), saved: savedAt };
  }, [articleId, savedVersion, refresh]);

  const all = useMemo(() => loaded.value?.comments ?? [], [loaded.value]);
  const shown = useMemo(() => (showResolved ? all : all.filter((c) => c.resolvedAt === null)), [all, showResolved]);
  const marks = useMemo(() => commentMarks(all, loaded.value?.saved ?? saved, draft), [all, loaded.value, saved, draft]);

  const run = useCallback(async (work: () => Promise<unknown>) => {
    try {
      await work();
      setRefresh((n) => n + 1);
    } catch (failure) {
      onError(failure);
    }
  }, [onError]);

  return {
    all,
    shown,
    marks,
    error: loaded.error,
    showResolved,
    setShowResolved,
    activeId,
    composing,
    start(range: Caret) {
      setComposing({ ...range, quoted: draft[range.field].slice(range.start, range.end) });
    },
    cancel: () => setComposing(null),
    async add(body: string) {
      if (!composing) return;
      await flush();
      const comment = await api.addComment({ articleId, field: composing.field, start: composing.start, end: composing.end, body });
      setComposing(null);
      setActiveId(comment.id);
      setRefresh((n) => n + 1);
    },
    select(comment: ArticleComment) {
      setActiveId(comment.id);
      const range = locateComment(comment, loaded.value?.saved ?? saved, draft);
      if (range) selectRange(range);
    },
    resolve: (comment: ArticleComment) => void run(() => api.resolveComment({ id: comment.id })),
    reopen: (comment: ArticleComment) => void run(() => api.reopenComment({ id: comment.id })),
  };
}
