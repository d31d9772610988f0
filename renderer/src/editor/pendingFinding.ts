// A finding picked in the issue-wide list that belongs to another article: the editor of that
// article selects it once its own live findings arrive.
let pending: { articleId: number; id: string } | null = null;

export function setPendingFinding(articleId: number, id: string): void {
  pending = { articleId, id };
}

export function takePendingFinding(articleId: number): string | null {
  if (pending?.articleId !== articleId) return null;
  const { id } = pending;
  pending = null;
  return id;
}
