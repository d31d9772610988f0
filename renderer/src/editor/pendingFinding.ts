// A finding picked elsewhere (the issue-wide list, the review report) that belongs to another
// article: the editor of that article selects it once its own live findings arrive. Matched by
// suppression key and position, which the report and the live checks share.
import type { Finding } from '../../../glossary/checks/types.ts';

export interface PendingTarget {
  key: string;
  line: number;
  column: number;
}

let pending: { articleId: number; target: PendingTarget } | null = null;

export function setPendingFinding(articleId: number, target: PendingTarget): void {
  pending = { articleId, target: { key: target.key, line: target.line, column: target.column } };
}

export function takePendingFinding(articleId: number): PendingTarget | null {
  if (pending?.articleId !== articleId) return null;
  const { target } = pending;
  pending = null;
  return target;
}

/** The finding at the target's position, else the first with its key (the text moved since). */
export function findPending(findings: readonly Finding[], target: PendingTarget): Finding | undefined {
  return (
    findings.find((f) => f.key === target.key && f.line === target.line && f.column === target.column) ??
    findings.find((f) => f.key === target.key)
  );
}
