// Term recognition over folded text: the public surface of glossary/match.
export { Automaton } from './automaton.ts';
export { LongestMatches, MatchBuffer } from './matches.ts';
export type { ConceptIndexParts, RenderingEntry } from './index-set.ts';
export { ConceptIndex } from './index-set.ts';
export { Recognizer, buildRecognizer } from './recognizer.ts';
export { packGlossary, unpackGlossary, type UnpackedGlossary } from './index-pack.ts';
