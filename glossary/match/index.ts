// Term recognition over folded text: the public surface of glossary/match.
export { Automaton, LongestMatches, MatchBuffer } from './automaton.ts';
export type { RenderingEntry } from './index-set.ts';
export { Recognizer, buildRecognizer } from './recognizer.ts';
