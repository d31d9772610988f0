// Live updates in team mode: after a change, every open page hears of it over its WebSocket
// ({"event": "changed", kind, ids, who}), and an article being edited is announced
// ({"event": "editing", articleId, who, claim?}) so another editor sees who is at work on it, and a
// takeover (claim) turns the other pages of that article read-only.
import type { WebSocket } from 'ws';
import type { ApiMethod } from '../../glossary/api.ts';
import type { Caller } from '../../glossary/team/caller.ts';

export type ChangeKind = 'glossary' | 'issue' | 'article' | 'comments' | 'versions' | 'accepted';

const CHANGES: Partial<Record<ApiMethod, ChangeKind>> = {
  saveConcept: 'glossary',
  setTermStatus: 'glossary',
  approveConcept: 'glossary',
  deleteConcept: 'glossary',
  applyImport: 'glossary',
  createIssue: 'issue',
  updateIssue: 'issue',
  addArticle: 'issue',
  moveArticle: 'issue',
  deleteArticle: 'issue',
  importIssue: 'issue',
  deleteIssue: 'issue',
  restoreIssue: 'issue',
  saveArticle: 'article',
  setArticleState: 'article',
  addComment: 'comments',
  resolveComment: 'comments',
  reopenComment: 'comments',
  saveVersion: 'versions',
  acceptFinding: 'accepted',
  restoreAccepted: 'accepted',
};

/**
 * Calls that mean "this user is editing this article": saves and takeovers. Not checks: a page
 * that only shows an article (read-only while another edits it) still checks it.
 */
const EDITING: ReadonlySet<ApiMethod> = new Set(['saveArticle', 'claimArticle']);
/** An editing notice is repeated at most this often per user and article (a takeover always goes out). */
const EDITING_EVERY_MS = 5_000;
/** A page that connects hears of editing notices this recent (it opened an article someone is editing). */
const REPLAY_MS = 15_000;

export interface ChangeEvent {
  event: 'changed';
  kind: ChangeKind;
  method: ApiMethod;
  who: string;
  articleId?: number;
  issueId?: number;
  conceptId?: number;
  updatedAt?: string;
}

function numberField(value: unknown, key: string): number | undefined {
  const field = (value as Record<string, unknown> | null | undefined)?.[key];
  return typeof field === 'number' ? field : undefined;
}

/** The ids a change is about, from the call's argument and its answer. */
export function changeEvent(method: ApiMethod, arg: unknown, value: unknown, who: string): ChangeEvent | undefined {
  const kind = CHANGES[method];
  if (!kind) return undefined;
  const event: ChangeEvent = { event: 'changed', kind, method, who };
  if (kind === 'article') {
    event.articleId = numberField(value, 'id');
    event.issueId = numberField(value, 'issueId');
    const updatedAt = (value as { updatedAt?: unknown } | null)?.updatedAt;
    if (typeof updatedAt === 'string') event.updatedAt = updatedAt;
  } else if (kind === 'comments' || kind === 'versions') {
    event.articleId = numberField(value, 'articleId') ?? numberField(arg, 'articleId');
    event.issueId = numberField(value, 'issueId');
  } else if (kind === 'issue') {
    event.issueId = method === 'createIssue' || method === 'updateIssue' ? numberField(value, 'id') : numberField(value, 'id') ?? numberField(value, 'issueId');
  } else if (kind === 'glossary') {
    event.conceptId = numberField(value, 'id') ?? numberField(arg, 'id');
  }
  return event;
}

export class LiveUpdates {
  private readonly sockets = new Set<WebSocket>();
  private readonly lastEditing = new Map<string, number>();

  /** The last editing notice per article and user, replayed to pages that connect. */
  private readonly recent = new Map<string, { articleId: number; who: string; at: number; claim?: true }>();

  add(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    const now = Date.now();
    for (const [key, notice] of this.recent) {
      if (now - notice.at > REPLAY_MS) this.recent.delete(key);
      else ws.send(JSON.stringify({ event: 'editing', articleId: notice.articleId, who: notice.who, ...(notice.claim ? { claim: true } : {}), agoMs: now - notice.at }));
    }
  }

  private broadcast(message: object): void {
    const text = JSON.stringify(message);
    for (const ws of this.sockets) if (ws.readyState === ws.OPEN) ws.send(text);
  }

  /** After a call succeeded: announce its change, and who is editing. */
  called(method: ApiMethod, arg: unknown, value: unknown, caller: Caller): void {
    const change = changeEvent(method, arg, value, caller.name);
    if (change) this.broadcast(change);
    const articleId = method === 'saveArticle' ? numberField(arg, 'id') : numberField(arg, 'articleId');
    if (EDITING.has(method) && articleId !== undefined) {
      const key = `${caller.name}\u0000${articleId}`;
      const now = Date.now();
      const claim = method === 'claimArticle';
      this.recent.set(key, { articleId, who: caller.name, at: now, ...(claim ? { claim: true as const } : {}) });
      if (!claim && now - (this.lastEditing.get(key) ?? 0) < EDITING_EVERY_MS) return;
      this.lastEditing.set(key, now);
      this.broadcast({ event: 'editing', articleId, who: caller.name, ...(claim ? { claim: true } : {}) });
    }
  }
}
