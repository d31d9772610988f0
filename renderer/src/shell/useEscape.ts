// Escape closes the topmost dialog or view only: a comparison opened from the versions dialog
// closes first, the versions dialog on the next Escape.
import { useEffect, useRef } from 'react';

const stack: { current: () => void }[] = [];

function onKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || stack.length === 0) return;
  event.preventDefault();
  stack[stack.length - 1]!.current();
}

export function useEscape(onClose: () => void): void {
  const latest = useRef(onClose);
  latest.current = onClose;
  useEffect(() => {
    const entry = latest;
    if (stack.length === 0) window.addEventListener('keydown', onKey);
    stack.push(entry);
    return () => {
      stack.splice(stack.indexOf(entry), 1);
      if (stack.length === 0) window.removeEventListener('keydown', onKey);
    };
  }, []);
}
