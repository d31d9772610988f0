// Editor shortcuts: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y on the draft fields (our own history), F8 and
// Shift+F8 anywhere in the editor to step through findings, Ctrl+S to save a version (never the
// browser's "save page" dialog), Ctrl+Alt+M to comment on the selected draft text.
import { useEffect, useRef } from 'react';

interface Handlers {
  undo: () => void;
  redo: () => void;
  step: (direction: 1 | -1) => void;
  saveVersion: () => void;
  comment: () => void;
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
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 's' && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        if (!event.repeat) ref.current.saveVersion();
        return;
      }
      if (event.altKey && (key === 'm' || event.code === 'KeyM')) {
        event.preventDefault();
        ref.current.comment();
        return;
      }
      if (!inDraft(event.target)) return;
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
