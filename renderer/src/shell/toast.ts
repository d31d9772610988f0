// Short confirmations ("버전 저장됨") shown for a moment at the bottom of the window. Any screen may
// call showToast; the one ToastHost in App shows the latest message.
type Listener = (message: string) => void;
const listeners = new Set<Listener>();

export function showToast(message: string): void {
  for (const listener of listeners) listener(message);
}

export function onToast(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
