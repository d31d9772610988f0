// Work the editor can do without while an article opens (the gazetteer's places in the source, the
// workbench's paragraph pairing) waits for the first findings to be on screen and for the page to be
// idle: each is a long task (building the place index, OpenCC's script tables) that would otherwise
// hold up the first findings or the frames just after them. (The page's checks code loads once the
// first findings are shown too: useLiveChecks.) Once per page: a later article finds it all loaded.
import { useEffect, useState } from 'react';

let release: () => void = () => undefined;
const firstFindings = new Promise<void>((resolve) => (release = resolve));

/** How long after the first findings the deferred work may wait for an idle moment. */
const IDLE_WAIT_MS = 400;
/** When the checks fail altogether (no findings ever shown), the deferred work starts after this. */
const FALLBACK_MS = 3000;

let settled: Promise<void> | undefined;

/** The first findings of the page are on screen. */
export function firstFindingsShown(): void {
  release();
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    else setTimeout(resolve, 0);
  });
}

/** Resolves once the first findings of the page are on screen. */
export function whenFirstFindingsShown(): Promise<void> {
  return firstFindings;
}

/** Resolves once the first findings are shown (or could not be) and the page has an idle moment. */
export function afterFirstFindings(): Promise<void> {
  settled ??= Promise.race([firstFindings, new Promise<void>((resolve) => setTimeout(resolve, FALLBACK_MS))]).then(idle);
  return settled;
}

let isSettled = false;

/** For a render: false until afterFirstFindings() has resolved (then true for the page's life). */
export function useAfterFirstFindings(): boolean {
  const [now, setNow] = useState(isSettled);
  useEffect(() => {
    if (now) return;
    let current = true;
    void afterFirstFindings().then(() => {
      isSettled = true;
      if (current) setNow(true);
    });
    return () => {
      current = false;
    };
  }, [now]);
  return now;
}
