// An opened article's first check leaves as soon as its text arrives from the service, in the same
// task, instead of after the editor has rendered that text twice (loaded, then initialized): the
// service's findings are then on their way while the page renders. The live checks take that answer
// for their first request only when they ask for exactly the same text (title, lead, body and
// sources), so what is shown first is the service's check of the text on screen.
import type { LiveCheckResult } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import type { Draft } from './draft.ts';

interface FirstCheck {
  key: string;
  result: Promise<LiveCheckResult>;
}

let pending: FirstCheck | null = null;

function textKey(articleId: number, draft: Draft, sources: readonly string[]): string {
  return JSON.stringify([articleId, draft.title, draft.lead, draft.body, sources]);
}

/** Asks the service to check `draft` with `sources` now, for the editor's first request. */
export function startFirstCheck(articleId: number, draft: Draft, sources: readonly string[]): void {
  const result = api.checkArticleLive({ articleId, title: draft.title, lead: draft.lead, draft: draft.body, sources: [...sources] });
  result.catch(() => undefined); // the live checks ask again themselves
  pending = { key: textKey(articleId, draft, sources), result };
}

/** The answer started for exactly this text, once; null when none was (then ask the service). */
export function takeFirstCheck(articleId: number, draft: Draft, sources: readonly string[]): Promise<LiveCheckResult> | null {
  const first = pending;
  pending = null;
  return first && first.key === textKey(articleId, draft, sources) ? first.result : null;
}
