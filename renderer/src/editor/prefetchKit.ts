// The first article's check kit and packed glossary index, asked for as soon as the editor opens:
// the service has them ready (built while it warmed up), so they travel while it computes the
// first findings, and the page takes the index over as soon as those are shown. Only for the
// first article of a page: later ones find the page holding the glossary already.
import type { CheckKit } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';

interface Prefetched {
  articleId: number;
  kit: Promise<CheckKit>;
  index: Promise<Uint8Array | null>;
}

let prefetched: Prefetched | null = null;
let started = false;

/** Starts fetching `articleId`'s kit and index, once per page (the first editor opened). */
export function prefetchCheckKit(articleId: number): void {
  if (started) return;
  started = true;
  const kit = api.checkKit({ articleId, packed: true });
  const index = kit.then((k) => (k.indexPacked ? api.checkIndex({ glossaryRevision: k.glossaryRevision }) : null));
  // A failure here only means the checker asks again itself.
  kit.catch(() => undefined);
  index.catch(() => undefined);
  prefetched = { articleId, kit, index };
}

/** The prefetched kit for a first load of `req.articleId` (nothing held yet), else a fresh one. */
export function takeKit(req: { articleId: number; glossaryRevision?: string; packed?: boolean }): Promise<CheckKit> {
  started = true;
  const ready = prefetched;
  if (ready && ready.articleId === req.articleId && req.glossaryRevision === undefined && req.packed) {
    return ready.kit.catch(() => api.checkKit(req));
  }
  prefetched = null;
  return api.checkKit(req);
}

/** The prefetched index when it is of `glossaryRevision`, else a fresh one. Used once. */
export async function takeIndex(req: { glossaryRevision: string }): Promise<Uint8Array> {
  const ready = prefetched;
  prefetched = null;
  if (ready) {
    const [kit, index] = await Promise.all([ready.kit, ready.index]).catch(() => [null, null] as const);
    if (kit?.glossaryRevision === req.glossaryRevision && index) return index;
  }
  return api.checkIndex(req);
}
