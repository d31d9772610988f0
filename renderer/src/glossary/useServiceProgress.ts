// The service's progress of long glossary work (reading a file, applying an import, exporting),
// polled while `active`; null before the first answer.
import { useEffect, useState } from 'react';
import type { Progress } from '../../../glossary/model.ts';
import { api } from '../api/client.ts';

const POLL_MS = 150;

export function useServiceProgress(active: boolean): [Progress | null, (progress: Progress | null) => void] {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!active) return;
    setProgress(null);
    const timer = window.setInterval(() => {
      api.progress().then((p) => p && setProgress(p), () => undefined);
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [active]);
  return [progress, setProgress];
}
