// The first article's check kit, asked for as soon as the editor opens (the service has it ready,
// built while it warmed up), and its packed glossary index, asked for once the first findings are
// shown: 40 MB travelling sooner would hold up those findings (the page, the network and the
// service share the machine's cores). Only for the first article of a page: later ones find the
// page holding the glossary already.
import type { CheckKit } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import { whenFirstFindingsShown } from './afterFirstFindings.ts';

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
  const index = Promise.all([kit, whenFirstFindingsShown()]).then(([k]) => (k.indexPacked ? api.checkIndex({ glossaryRevision: k.glossaryRevision }) : null));
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
