// Term data our model has no column for (TBX termType and context sentences) travels in the term
// note as labelled lines, "termType: acronym" and "context: …", so that it is seen and edited
// with the note and written back to its own TBX field on export.

export type TermNoteField = 'termType' | 'context';

const LABELS: readonly TermNoteField[] = ['termType', 'context'];

export function addTermNoteField(field: TermNoteField, value: string): string {
  return `${field}: ${value}`;
}

/** The labelled lines of a term note, and the rest as written. */
export function splitTermNote(note: string | undefined): { fields: { field: TermNoteField; value: string }[]; rest: string[] } {
  const fields: { field: TermNoteField; value: string }[] = [];
  const rest: string[] = [];
  for (const line of (note ?? '').split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const match = /^([A-Za-z]+):\s*(.+)$/.exec(trimmed);
    const field = LABELS.find((label) => label === match?.[1]);
    if (field !== undefined) fields.push({ field, value: match![2]! });
    else rest.push(trimmed);
  }
  return { fields, rest };
}
