// term-typo and real places. A word that is itself a real place (the gazetteer's 장수 for 樟树, the
// glossary's 후난 for 湖南) is no typo of a name one jamo away, unless the text says the writer meant
// the other place: the Chinese in the parentheses, or the source, names another place and not this
// one. Then either the Hangul is the slip (장수(江苏) for a source with 江苏: 장쑤) or the Chinese in
// the parentheses is (후난(河南) for a source with 湖南: the Hangul is right, the Chinese is not).
import type { CheckContext, IndexedConcept } from './types.ts';
import { Recognizer } from '../match/index.ts';
import { isPlaceKorean, placesByKorean } from '../readings/gazetteer.ts';
import { fold } from '../text/fold.ts';
import { namedBySource } from './terms-typo-evidence.ts';
import { sourceHits } from './recognition-memo.ts';

export type PlaceVerdict =
  /** Neither a real place nor a rendering: judge as any other word. */
  | { kind: 'none' }
  /** A real place or rendering the evidence agrees with (or says nothing against): no slip. */
  | { kind: 'real' }
  /** A real place the evidence says is a slip for another name: compare with the other name. */
  | { kind: 'hangul-slip'; onlyNamedBySource: boolean }
  /** The Hangul names the place the source names; the Chinese in the parentheses names another. */
  | { kind: 'chinese-slip'; named: IndexedConcept | undefined; placeZh: string | undefined };

/** Does some source name `concept` (through the glossary's recognition of the source)? */
export function sourceNamesConcept(ctx: CheckContext, concept: IndexedConcept): boolean {
  // By the source's recognized terms, or inside a longer one (江苏 in 江苏省 when both are concepts).
  return ctx.sources.some(
    (source) => sourceHits(ctx.recognizer, source).some((hit) => hit.conceptId === concept.id) || concept.zh.some((zh) => source.includes(zh)),
  );
}

function renderingConcepts(ctx: CheckContext, stem: string): IndexedConcept[] {
  if (!(ctx.recognizer instanceof Recognizer)) return [];
  const out: IndexedConcept[] = [];
  for (const entry of ctx.recognizer.renderingsOf(stem)) {
    const concept = ctx.recognizer.concept(entry.conceptId);
    if (concept && !out.includes(concept)) out.push(concept);
  }
  return out;
}

/** Is `stem` (a place word) a name of `concept`: one of its renderings, or a place it names? */
function namesConcept(ctx: CheckContext, stem: string, concept: IndexedConcept): boolean {
  if (renderingConcepts(ctx, stem).includes(concept)) return true;
  const zh = new Set(concept.zh.map((z) => fold(z)));
  return placesByKorean(stem).some((p) => zh.has(fold(p.zh)) || zh.has(fold(p.short)));
}

/** Does the source write one of the places or concepts `stem` names? */
function sourceNamesStem(ctx: CheckContext, stem: string): boolean {
  if (namedBySource(ctx.sources, stem)) return true;
  if (renderingConcepts(ctx, stem).some((c) => sourceNamesConcept(ctx, c))) return true;
  const places = placesByKorean(stem);
  return ctx.sources.some((source) => places.some((p) => source.includes(p.zh) || (p.short.length >= 2 && source.includes(p.short))));
}

/**
 * What the evidence says about `stem`, a real place or a glossary rendering (`isRendering`).
 * `paren`: the concept the Chinese in the parentheses right after the word names (undefined: none).
 */
export function placeVerdict(ctx: CheckContext, stem: string, isRendering: boolean, paren: IndexedConcept | null | undefined): PlaceVerdict {
  if (!isRendering && !isPlaceKorean(stem)) return { kind: 'none' };
  if (paren) {
    if (namesConcept(ctx, stem, paren)) return { kind: 'real' };
    const stemNamed = sourceNamesStem(ctx, stem);
    const parenNamed = sourceNamesConcept(ctx, paren);
    if (stemNamed && !parenNamed) {
      const named = renderingConcepts(ctx, stem)[0];
      return { kind: 'chinese-slip', named, placeZh: named ? undefined : placesByKorean(stem)[0]?.zh };
    }
    // The Hangul disagrees with the Chinese beside it, and nothing in the sources backs the Hangul:
    // a near-miss of the concept the parentheses name is the Hangul's slip. A glossary rendering of
    // another concept is left to term-mismatch.
    if (!isRendering && !stemNamed) return { kind: 'hangul-slip', onlyNamedBySource: false };
    return { kind: 'real' };
  }
  // A bare real place is a slip only when sources are given, none names it, and the name it is near
  // is one the sources do name (장수 for a source's 江苏 that never mentions 樟树).
  if (!isRendering && ctx.sources.length > 0 && !sourceNamesStem(ctx, stem)) return { kind: 'hangul-slip', onlyNamedBySource: true };
  return { kind: 'real' };
}
