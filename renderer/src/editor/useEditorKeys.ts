// Editor shortcuts: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y on the draft fields (our own history), F8 and
// Shift+F8 anywhere in the editor to step through findings.
import { useEffect, useRef } from 'react';

interface Handlers {
  undo: () => void;
  redo: () => void;
  step: (direction: 1 | -1) => void;
}

function inDraft(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.draft-pane') !== null;
}

export function useEditorKeys(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F8') {
        event.preventDefault();
        ref.current.step(event.shiftKey ? -1 : 1);
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || !inDraft(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        ref.current.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        ref.current.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
