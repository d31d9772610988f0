// Small helpers the glossary term rules share: allowed renderings, the rendering to suggest, and
// the concept a `한글(漢字)` pair names.
import type { CheckContext, IndexedConcept, Rendering } from './types.ts';
import { pairReadings, type NamePair } from './terms-pairs.ts';

const ALLOWED = new Set(['preferred', 'admitted']);

export function isAllowed(rendering: Rendering): boolean {
  return ALLOWED.has(rendering.status);
}

/** The rendering to suggest: preferred, else the first admitted one. */
export function preferredRendering(concept: IndexedConcept): string | undefined {
  return (concept.ko.find((r) => r.status === 'preferred') ?? concept.ko.find((r) => r.status === 'admitted'))?.text;
}

export function conceptLabel(concept: IndexedConcept): string {
  return concept.zh[0] ?? `#${concept.id}`;
}

/** The concept a pair names, with the pair reading (suffixes split off) that resolved it. */
export function pairConcept(ctx: CheckContext, pair: NamePair) {
  for (const reading of pairReadings(pair.ko, pair.zh)) {
    const concept = ctx.recognizer.conceptByZh(reading.zhStem);
    if (concept) return { concept, reading };
  }
  return undefined;
}

