// Live checks while typing: one request in flight at most; when it returns for an outdated text the
// newest text is sent at once (stale results are never shown, so underlines never drift).
// performance marks: 'dh-input' on each edit, 'dh-findings' once findings for that text are painted.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';

export interface LiveChecks {
  result: CheckResult | null;
  /** The body text the result belongs to. */
  checkedBody: string | null;
  error: unknown;
  recheck: () => void;
}

export function markInput(revision: number): void {
  performance.mark('dh-input', { detail: { revision } });
}

export function useLiveChecks(articleId: number, body: string | null, sources: string[], revision: number): LiveChecks {
  const [state, setState] = useState<{ result: CheckResult | null; body: string | null; revision: number }>({ result: null, body: null, revision: -1 });
  const [error, setError] = useState<unknown>(null);
  const wanted = useRef({ body, sources, revision });
  wanted.current = { body, sources, revision };
  const busy = useRef(false);
  const [nonce, setNonce] = useState(0);

  const send = useCallback(() => {
    if (busy.current || wanted.current.body === null) return;
    const asked = wanted.current;
    busy.current = true;
    api.checkArticle({ articleId, draft: asked.body!, sources: asked.sources }).then(
      (result) => {
        busy.current = false;
        setError(null);
        const now = wanted.current;
        if (now.body === asked.body && now.sources.join('\u0000') === asked.sources.join('\u0000')) {
          setState({ result, body: asked.body, revision: now.revision });
        } else {
          send();
        }
      },
      (failure: unknown) => {
        busy.current = false;
        setError(failure);
      },
    );
  }, [articleId]);

  const sourcesKey = sources.join('\u0000');
  useEffect(() => {
    send();
  }, [body, sourcesKey, nonce, send]);

  // Runs after React committed the findings to the DOM: the user can see them.
  useEffect(() => {
    if (state.revision >= 0) performance.mark('dh-findings', { detail: { revision: state.revision } });
  }, [state]);

  return { result: state.result, checkedBody: state.body, error, recheck: () => setNonce((n) => n + 1) };
}
