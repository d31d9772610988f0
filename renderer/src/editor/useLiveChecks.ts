// Live checks while typing: one request in flight at most; when it returns for an outdated text the
// newest text is sent at once (stale results are never shown, so underlines never drift).
// Title, lead and body are sent together; each finding names its field (absent = body).
// performance marks: 'dh-input' on each edit, 'dh-findings' once findings for that text are painted.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import type { Draft } from './draft.ts';

export interface LiveChecks {
  result: CheckResult | null;
  /** The draft the result belongs to. */
  checked: Draft | null;
  error: unknown;
  recheck: () => void;
}

export function markInput(revision: number): void {
  performance.mark('dh-input', { detail: { revision } });
}

function sameDraft(a: Draft | null, b: Draft | null): boolean {
  return a === b || (a !== null && b !== null && a.title === b.title && a.lead === b.lead && a.body === b.body);
}

export function useLiveChecks(articleId: number, draft: Draft | null, sources: string[], revision: number): LiveChecks {
  const [state, setState] = useState<{ result: CheckResult | null; draft: Draft | null; revision: number }>({ result: null, draft: null, revision: -1 });
  const [error, setError] = useState<unknown>(null);
  const wanted = useRef({ draft, sources, revision });
  wanted.current = { draft, sources, revision };
  const busy = useRef(false);
  const [nonce, setNonce] = useState(0);

  const send = useCallback(() => {
    if (busy.current || wanted.current.draft === null) return;
    const asked = wanted.current;
    const text = asked.draft!;
    busy.current = true;
    api.checkArticle({ articleId, title: text.title, lead: text.lead, draft: text.body, sources: asked.sources }).then(
      (result) => {
        busy.current = false;
        setError(null);
        const now = wanted.current;
        if (sameDraft(now.draft, text) && now.sources.join('\u0000') === asked.sources.join('\u0000')) {
          setState({ result, draft: text, revision: now.revision });
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
  }, [draft?.title, draft?.lead, draft?.body, draft === null, sourcesKey, nonce, send]);

  // Runs after React committed the findings to the DOM: the user can see them.
  useEffect(() => {
    if (state.revision >= 0) performance.mark('dh-findings', { detail: { revision: state.revision } });
  }, [state]);

  return { result: state.result, checked: state.draft, error, recheck: () => setNonce((n) => n + 1) };
}
