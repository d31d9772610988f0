// The draft text the user has selected (title, lead or body), for the comment button. Native
// selection events are used: React's onSelect misses programmatic and some keyboard selections.
import { useEffect, useState } from 'react';
import type { Caret } from '../editor/draft.ts';
import { isDraftField } from './commentMarks.ts';

function readSelection(): Caret | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLTextAreaElement)) return null;
  const field = element.dataset.testid?.replace(/^draft-/, '') ?? '';
  if (!isDraftField(field) || element.selectionStart === element.selectionEnd) return null;
  return { field, start: element.selectionStart, end: element.selectionEnd };
}

function same(a: Caret | null, b: Caret | null): boolean {
  return a === b || (a !== null && b !== null && a.field === b.field && a.start === b.start && a.end === b.end);
}

export function useDraftSelection(): { selection: Caret | null; read: () => Caret | null } {
  const [selection, setSelection] = useState<Caret | null>(null);
  useEffect(() => {
    const update = () => {
      const next = readSelection();
      setSelection((current) => (same(current, next) ? current : next));
    };
    const events = ['selectionchange', 'select', 'keyup', 'mouseup', 'focusin'] as const;
    for (const name of events) document.addEventListener(name, update, true);
    return () => {
      for (const name of events) document.removeEventListener(name, update, true);
    };
  }, []);
  return { selection, read: readSelection };
}
