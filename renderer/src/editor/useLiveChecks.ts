// Live checks while typing: the input handler sends the request itself (no render or effect in
// between). Two requests may be in flight: the one being answered and the newest text, so a
// keystroke made while a check is out does not wait for that answer. Only the answer for the newest
// text is shown (stale results are dropped, so underlines never drift); when the last answer is
// stale, the newest text is sent at once. Changes that do not come from typing (undo, redo, sources,
// the first load) are sent after the render.
// Where: once the article's CheckKit is in the page's check worker (localChecker.ts), keystrokes are
// checked there, in time for the frame that shows the keystroke; until then, and whenever the worker
// fails, the service checks. The service still checks the text once typing pauses: when it finds
// otherwise (the glossary or an accepted finding changed elsewhere) its findings are shown and the
// kit is loaded again. A recheck (after accepting a finding or adding a term) reloads the kit too.
// The first request of an opened article takes the service's answer to the check that left with
// the article's text (firstCheck.ts), when it asks for that same text.
// Title, lead and body are sent together; each finding names its field (absent = body).
// The service and the worker answer with changes to a result this editor holds (LiveResults: a few
// KB instead of every finding); a new result reuses the finding objects already shown when they are
// equal (shareFindings).
// performance marks: 'dh-input' on each edit, 'dh-findings' once findings for that text are painted.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CheckResult } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';
import type { Draft } from './draft.ts';
import { sameFinding, shareFindings } from './shareFindings.ts';
import { LiveResults } from './liveFindings.ts';
import { localChecker } from './pageChecker.ts';
import { prefetchCheckKit } from './prefetchKit.ts';
import { takeFirstCheck } from './firstCheck.ts';
import { firstFindingsShown } from './afterFirstFindings.ts';
import type { LocalChecker } from './localChecker.ts';

/** Where the findings shown were computed. */
export type CheckedIn = 'page' | 'worker' | 'service';

export interface LiveChecks {
  result: CheckResult | null;
  checkedIn: CheckedIn | null;
  /** The draft the result belongs to. */
  checked: Draft | null;
  error: unknown;
  recheck: () => void;
  /** Call from the input handler with the edited draft: the check leaves before React renders. */
  edited: (draft: Draft, revision: number) => void;
}

/** Enough to overlap one check with the next keystroke's; more would only queue work on the service. */
const MAX_IN_FLIGHT = 2;
/** How long typing must pause before the service checks what the worker checked. */
const CONFIRM_AFTER_MS = 700;

type Checked = CheckResult & { glossaryRevision: string };

function sameFindings(a: CheckResult, b: CheckResult): boolean {
  return a.rate === b.rate && a.findings.length === b.findings.length && a.findings.every((f, i) => sameFinding(f, b.findings[i]!));
}

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
  checkedIn: CheckedIn | null;
}

export function useLiveChecks(articleId: number, draft: Draft | null, sources: string[], revision: number): LiveChecks {
  const [shown, setShown] = useState<Shown>({ result: null, draft: null, revision: -1, checkedIn: null });
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
  /** Numbers the requests: only the answer to the newest may be shown (the same text may be sent twice). */
  const sends = useRef(0);
  const live = useRef(new LiveResults());
  const latest = useRef(shown.result);
  latest.current = shown.result;
  const [local, setLocal] = useState<LocalChecker | null>(null);
  // The checks code (a chunk with its dictionaries) is loaded once the service's first findings are
  // shown: loading it sooner would hold up those findings on the page's one thread.
  const firstShown = shown.result !== null;
  useEffect(() => prefetchCheckKit(articleId), [articleId]);
  useEffect(() => {
    if (!firstShown) return;
    firstFindingsShown();
    let current = true;
    void localChecker().then((checker) => current && setLocal(checker));
    return () => {
      current = false;
    };
  }, [firstShown]);
  const confirmTimer = useRef(0);

  /** The service's check of a text (the answer comes as changes to one this editor holds). */
  const askService = useCallback(async (asked: Ask): Promise<Checked> => {
    const { draft: text } = asked;
    const request = { articleId, title: text.title, lead: text.lead, draft: text.body, sources: asked.sources };
    // The editor's first request: the check that left with the article's text (firstCheck.ts).
    const first = latest.current === null && live.current.base === undefined ? takeFirstCheck(articleId, text, asked.sources) : null;
    const answer = await (first ?? api.checkArticleLive({ ...request, base: live.current.base }));
    try {
      return { rate: answer.rate, rateSource: answer.rateSource, glossaryRevision: answer.glossaryRevision, findings: live.current.receive(answer) };
    } catch {
      // Answered against a result this editor no longer holds: ask for whole findings.
      live.current.clear();
      return askService(asked);
    }
  }, [articleId]);

  const show = useCallback((result: CheckResult, asked: Ask, checkedIn: CheckedIn) => {
    const shared = { ...result, findings: shareFindings(latest.current?.findings ?? [], result.findings) };
    latest.current = shared;
    // Committed in this task, not in one React would queue behind the page's other work.
    flushSync(() => setShown({ result: shared, draft: asked.draft, revision: wanted.current?.revision ?? asked.revision, checkedIn }));
  }, []);

  /** Once typing pauses: the service checks the text the worker checked; where it differs, it wins. */
  const confirm = useCallback(() => {
    const asked = wanted.current;
    const shownResult = latest.current;
    if (!asked || !shownResult || !local) return;
    askService(asked).then(
      (result) => {
        if (!sameText(wanted.current, asked)) return; // typing went on: the next pause confirms
        if (result.glossaryRevision !== local.glossaryRevision || !sameFindings(result, shownResult)) {
          show(result, asked, 'service');
          void local.load(articleId);
        }
      },
      () => undefined, // the service is unreachable: the worker's findings stay
    );
  }, [articleId, askService, local, show]);

  const send = useCallback(() => {
    const asked = wanted.current;
    if (inFlight.current >= MAX_IN_FLIGHT || asked === null || sameText(asked, sent.current)) return;
    inFlight.current += 1;
    sent.current = asked;
    const number = ++sends.current;
    const checkedLocally = local !== null && local.readyFor(articleId);
    const checking: Promise<Checked & { ranIn?: CheckedIn }> = checkedLocally ? local.check(articleId, asked.draft, asked.sources) : askService(asked);
    checking.then(
      (result) => {
        inFlight.current -= 1;
        if (failed.current) {
          failed.current = false;
          setError(null);
        }
        const now = wanted.current;
        // Not shown: a result for an older text, one overtaken by a newer request, or by a recheck
        // (sent was cleared).
        if (now !== null && sends.current === number && sameText(now, asked)) {
          show(result, asked, result.ranIn ?? 'service');
          if (checkedLocally) {
            window.clearTimeout(confirmTimer.current);
            confirmTimer.current = window.setTimeout(confirm, CONFIRM_AFTER_MS);
          }
        } else {
          send();
        }
      },
      (failure: unknown) => {
        inFlight.current -= 1;
        if (sends.current === number) sent.current = null;
        if (checkedLocally) {
          // The worker could not check (its kit is gone): reload it; the service checks meanwhile.
          void local.load(articleId);
          send();
          return;
        }
        failed.current = true;
        setError(failure);
      },
    );
  }, [articleId, askService, confirm, local, show]);

  // The article's kit goes to the worker once the service has shown the first findings (the
  // service answers those sooner when it is not preparing a kit at the same time); when checks can
  // move closer (to the worker, then into the page), the text is checked again there.
  const [localState, setLocalState] = useState(0);
  const kitFor = useRef<number | null>(null);
  useEffect(() => {
    if (!local) return;
    const stop = local.onChange(() => setLocalState((n) => n + 1));
    return () => {
      stop();
      window.clearTimeout(confirmTimer.current);
    };
  }, [local]);
  useEffect(() => {
    if (!local || shown.result === null || kitFor.current === articleId) return;
    kitFor.current = articleId;
    void local.load(articleId);
  }, [articleId, local, shown.result]);

  const edited = useCallback((next: Draft, nextRevision: number) => {
    const before = wanted.current;
    if (before === null) return; // not loaded yet: the first render sends
    wanted.current = { ...before, draft: next, revision: nextRevision };
    send();
  }, [send]);

  const [nonce, setNonce] = useState(0);
  const recheck = useCallback(() => {
    sent.current = null;
    // What was accepted or added is not in the worker's kit: the service checks until it is reloaded.
    void local?.load(articleId);
    setNonce((n) => n + 1);
  }, [articleId, local]);

  useEffect(() => {
    send();
  }, [draft, sourcesKey, nonce, send]);

  useEffect(() => {
    if (localState === 0) return;
    sent.current = null;
    send();
  }, [localState, send]);

  // After React committed the findings: the next animation frame paints them.
  useLayoutEffect(() => {
    if (shown.revision < 0) return;
    const frame = requestAnimationFrame(() => performance.mark('dh-findings', { detail: { revision: shown.revision } }));
    return () => cancelAnimationFrame(frame);
  }, [shown]);

  return { result: shown.result, checkedIn: shown.checkedIn, checked: shown.draft, error, recheck, edited };
}
