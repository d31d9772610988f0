// The workbench's shortcuts: Ctrl+K opens the concordance (with the selected text) anywhere in the
// editor; Ctrl+1…9 in the draft inserts the n-th term of the term pane.
import { useEffect, useRef } from 'react';

interface Handlers {
  concordance: (selected: string) => void;
  insertTerm: (n: number) => void;
}

/** The text selected in the focused field, else in the page. */
function selectedText(): string {
  const element = document.activeElement;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    return element.value.slice(element.selectionStart ?? 0, element.selectionEnd ?? 0).trim();
  }
  return window.getSelection()?.toString().trim() ?? '';
}

export function useWorkbenchKeys(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() === 'k' || event.code === 'KeyK') {
        event.preventDefault();
        ref.current.concordance(selectedText());
        return;
      }
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
      if (!digit || !(event.target instanceof HTMLElement) || event.target.closest('.draft-pane') === null) return;
      event.preventDefault();
      ref.current.insertTerm(Number(digit));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
