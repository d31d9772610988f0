import { useEffect, useState } from 'react';
import { onToast } from './toast.ts';

const VISIBLE_MS = 3000;

export function ToastHost() {
  const [toast, setToast] = useState<{ message: string; n: number } | null>(null);
  useEffect(() => onToast((message) => setToast((current) => ({ message, n: (current?.n ?? 0) + 1 }))), []);
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);
  if (!toast) return null;
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="toast" key={toast.n}>
      {toast.message}
    </div>
  );
}
