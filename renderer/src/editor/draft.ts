// The editable Korean draft of an article. Checks run on the body (the service checks article.body).
export interface Draft {
  title: string;
  lead: string;
  body: string;
}

export type DraftField = keyof Draft;
export const DRAFT_FIELDS: readonly DraftField[] = ['title', 'lead', 'body'];

export interface Caret {
  field: DraftField;
  start: number;
  end: number;
}

/**
 * Draft text before a caret that counts for "first mention": the lead and the body, in reading
 * order. The title never carries the Chinese in parentheses, so it does not count either.
 */
export function textBeforeCaret(draft: Draft, caret: Caret): string {
  if (caret.field === 'title') return '';
  const lead = caret.field === 'lead' ? draft.lead.slice(0, caret.start) : draft.lead;
  return caret.field === 'body' ? `${lead}\n${draft.body.slice(0, caret.start)}` : lead;
}

/** The Korean rendering goes into a title bare: titles carry no Chinese in parentheses. */
export function wantsChinese(caret: Caret): boolean {
  return caret.field !== 'title';
}

/** A source being edited; `key` identifies it in the UI before the service gives it an id. */
export interface EditableSource {
  key: string;
  id?: number;
  title: string;
  url: string;
  text: string;
}
