// Messages between the page and its check worker (check.worker.ts, localChecker.ts).
import type { CheckKit, LiveCheckResult } from '../../../glossary/api.ts';
import type { ConceptIndexParts } from '../../../glossary/match/index.ts';

export type ToWorker =
  | { type: 'kit'; articleId: number; kit: CheckKit }
  | { type: 'check'; id: number; articleId: number; title: string; lead: string; body: string; sources: string[] };

export type FromWorker =
  /** The glossary index the worker built, for the page to take over (its arrays are copied). */
  | { type: 'index'; glossaryRevision: string; parts: ConceptIndexParts }
  | { type: 'kit-ready'; articleId: number; glossaryRevision: string }
  | { type: 'kit-failed'; articleId: number; message: string }
  | { type: 'result'; id: number; result: LiveCheckResult }
  | { type: 'check-failed'; id: number; message: string };
