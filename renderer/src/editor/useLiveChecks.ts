// Live checks while typing: the input handler sends the request itself (no render or effect in
// between). Two requests may be in flight: the one being answered and the newest text, so a
// keystroke made while a check is out does not wait for that answer. Only the answer for the newest
// text is shown (stale results are dropped, so underlines never drift); when the last answer is
// stale, the newest text is sent at once. Changes that do not come from typing (undo, redo, sources,
// the first load) are sent after the render.
// Title, lead and body are sent together; each finding names its field (absent = body).
// The service answers with changes to a result this editor holds (LiveResults: a few KB instead of
// every finding); a new result reuses the finding objects already shown when they are equal
// (shareFindings).
// performance marks: 'dh-input' on each edit, 'dh-findings' once findings for that text are painted.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CheckResult } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import { api } from '../api/client.ts';
import type { Draft } from './draft.ts';
import { shareFindings } from './shareFindings.ts';
import { LiveResults } from './liveFindings.ts';

export interface LiveChecks {
  result: CheckResult | null;
  /** The draft the result belongs to. */
  checked: Draft | null;
  error: unknown;
  recheck: () => void;
  /** Call from the input handler with the edited draft: the check leaves before React renders. */
  edited: (draft: Draft, revision: number) => void;
}

/** Enough to overlap one check with the next keystroke's; more would only queue work on the service. */
const MAX_IN_FLIGHT = 2;

export function markInput(revision: number): void {
  performance.mark('dh-input', { detail: { revision } });
}

interface Ask {
  articleId: number;
  draft: Draft;
  sources: string[];
  sourcesKey: string;
  revision: number;
}

function sameDraft(a: Draft, b: Draft): boolean {
  return a === b || (a.title === b.title && a.lead === b.lead && a.body === b.body);
}

function sameText(a: Ask | null, b: Ask | null): boolean {
  return a !== null && b !== null && a.articleId === b.articleId && sameDraft(a.draft, b.draft) && a.sourcesKey === b.sourcesKey;
}

interface Shown {
  result: CheckResult | null;
  draft: Draft | null;
  revision: number;
}

export function useLiveChecks(articleId: number, draft: Draft | null, sources: string[], revision: number): LiveChecks {
  const [shown, setShown] = useState<Shown>({ result: null, draft: null, revision: -1 });
  const [error, setError] = useState<unknown>(null);
  const failed = useRef(false); // clearing an error that is not there would still render the editor
  const sourcesKey = sources.join('\u0000');
  const wanted = useRef<Ask | null>(null);
  // Props overwrite what the input handler asked for only when they changed, never with an older draft.
  const props = useRef<{ draft: Draft | null; sourcesKey: string }>({ draft: null, sourcesKey: '' });
  if (props.current.draft !== draft || props.current.sourcesKey !== sourcesKey) {
    props.current = { draft, sourcesKey };
    wanted.current = draft === null ? null : { articleId, draft, sources, sourcesKey, revision };
  }
  const inFlight = useRef(0);
  /** The last text sent (or null to send again even when unchanged: recheck). */
  const sent = useRef<Ask | null>(null);
  const live = useRef(new LiveResults());
  const latest = useRef(shown.result);
  latest.current = shown.result;

  const send = useCallback(() => {
    const asked = wanted.current;
    if (inFlight.current >= MAX_IN_FLIGHT || asked === null || sameText(asked, sent.current)) return;
    inFlight.current += 1;
    sent.current = asked;
    const { draft: text } = asked;
    const request = { articleId, title: text.title, lead: text.lead, draft: text.body, sources: asked.sources };
    api.checkArticleLive({ ...request, base: live.current.base }).then(
      (answer) => {
        inFlight.current -= 1;
        if (failed.current) {
          failed.current = false;
          setError(null);
        }
        let findings: Finding[];
        try {
          findings = live.current.receive(answer);
        } catch {
          // Answered against a result this editor no longer holds: ask again for whole findings.
          live.current.clear();
          if (sent.current === asked) sent.current = null;
          send();
          return;
        }
        const result: CheckResult = { rate: answer.rate, rateSource: answer.rateSource, findings };
        const now = wanted.current;
        // Not shown: a result for an older text, one overtaken by a newer request, or by a recheck
        // (sent was cleared).
        if (now !== null && sent.current === asked && sameText(now, asked)) {
          const shared = { ...result, findings: shareFindings(latest.current?.findings ?? [], findings) };
          latest.current = shared;
          // Committed in this task, not in one React would queue behind the page's other work.
          flushSync(() => setShown({ result: shared, draft: text, revision: now.revision }));
        } else {
          send();
        }
      },
      (failure: unknown) => {
        inFlight.current -= 1;
        if (sent.current === asked) sent.current = null;
        failed.current = true;
        setError(failure);
      },
    );
  }, [articleId]);

  const edited = useCallback((next: Draft, nextRevision: number) => {
    const before = wanted.current;
    if (before === null) return; // not loaded yet: the first render sends
    wanted.current = { ...before, draft: next, revision: nextRevision };
    send();
  }, [send]);

  const [nonce, setNonce] = useState(0);
  const recheck = useCallback(() => {
    sent.current = null;
    setNonce((n) => n + 1);
  }, []);

  useEffect(() => {
    send();
  }, [draft, sourcesKey, nonce, send]);

  // After React committed the findings: the next animation frame paints them.
  useLayoutEffect(() => {
    if (shown.revision < 0) return;
    const frame = requestAnimationFrame(() => performance.mark('dh-findings', { detail: { revision: shown.revision } }));
    return () => cancelAnimationFrame(frame);
  }, [shown]);

  return { result: shown.result, checked: shown.draft, error, recheck, edited };
}
