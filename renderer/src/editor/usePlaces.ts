// Gazetteer places in a source text (glossary/readings/gazetteer.ts, run in the page: a
// 40,000-character source is scanned in well under a millisecond), outside the glossary's hits:
// where both name the same text the glossary wins. The gazetteer loads as its own chunk (shared
// with the page's checks) and is built once, outside any render, after the article's first
// findings are shown (afterFirstFindings.ts).
import { useEffect, useMemo, useState } from 'react';
import type { PlaceHit } from '../../../glossary/readings/gazetteer.ts';
import { afterFirstFindings } from './afterFirstFindings.ts';

type FindPlaces = (text: string, skip: readonly { start: number; end: number }[]) => PlaceHit[];

let loading: Promise<FindPlaces> | undefined;

function loadGazetteer(): Promise<FindPlaces> {
  loading ??= afterFirstFindings().then(() => import('../../../glossary/readings/gazetteer.ts')).then((gazetteer) => {
    gazetteer.allPlaces(); // builds the index now, not in the first render that needs it
    return gazetteer.findPlaces;
  });
  return loading;
}

/**
 * The places in `text` outside `glossaryHits`. Empty while the glossary hits of this text are not
 * known yet (`undefined`), so a place is never shown where a glossary term turns out to win.
 */
export function usePlaces(text: string, glossaryHits: readonly { start: number; end: number }[] | undefined): { places: PlaceHit[]; error: unknown } {
  const [findPlaces, setFindPlaces] = useState<FindPlaces | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    loadGazetteer().then(
      (find) => current && setFindPlaces(() => find),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, []);
  const places = useMemo(
    () => (findPlaces && glossaryHits && text.trim() !== '' ? findPlaces(text, glossaryHits) : []),
    [findPlaces, text, glossaryHits],
  );
  return { places, error };
}
