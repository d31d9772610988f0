// A concordance hit in another article: the editor of that article opens the place once loaded.
export interface Place {
  articleId: number;
  field: 'title' | 'lead' | 'body' | 'source';
  sourceIndex: number;
  start: number;
  end: number;
}

let pending: Place | null = null;

export function setPendingPlace(place: Place): void {
  pending = place;
}

export function takePendingPlace(articleId: number): Place | null {
  if (pending?.articleId !== articleId) return null;
  const place = pending;
  pending = null;
  return place;
}
