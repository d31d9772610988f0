// What tells term-typo that a word near a glossary rendering is not a slip for it: the word is the
// Sino-Korean reading of the concept's Chinese (산동 for 山东: a choice of system, which term-mismatch
// reports), or the sources write a Chinese name whose transcription is the word (허난 for 河南 when
// the glossary has 후난 for 湖南: two real places one jamo apart). And what kind of slip a near word
// is, so that only a typo is called one.
import table from '../../resources/transcription-zh.json' with { type: 'json' };
import { alignRendering, hanjaReading, transcribe } from '../readings/index.ts';
import type { IndexedConcept } from './types.ts';

export function isHanjaReadingOf(word: string, concept: IndexedConcept): boolean {
  return concept.zh.some((zh) => zh.length === word.length && hanjaReading(zh) === word);
}

// Per character: the transcription of every Han character met (a few thousand at most).
const syllableOf = new Map<string, string>();

function syllable(char: string): string {
  let s = syllableOf.get(char);
  if (s === undefined) {
    s = transcribe(char).hangul.join('');
    syllableOf.set(char, s);
  }
  return s;
}

// Per source text: its Han runs as transcribed syllables, computed when first needed.
const transcribedSources = new Map<string, string[][]>();
const SOURCES_KEPT = 16;

function transcribedRuns(source: string): string[][] {
  let runs = transcribedSources.get(source);
  if (!runs) {
    runs = [...source.matchAll(/\p{Script=Han}+/gu)].map((m) => [...m[0]].map(syllable));
    if (transcribedSources.size >= SOURCES_KEPT) transcribedSources.clear();
    transcribedSources.set(source, runs);
  }
  return runs;
}

/** Does some source write a Chinese name that transcribes to `word` (庆豪 → 칭하오)? */
export function namedBySource(sources: readonly string[], word: string): boolean {
  for (const source of sources) {
    for (const run of transcribedRuns(source)) {
      for (let i = 0; i < run.length; i++) {
        if (!run[i]!.startsWith(word[0]!)) continue;
        let joined = '';
        for (let j = i; j < run.length && joined.length < word.length; j++) joined += run[j];
        if (joined === word) return true;
      }
    }
  }
  return false;
}

// Every Hangul syllable the official table writes for some Mandarin syllable (쩐, 페, 넝 …, not 녕 or 폐).
const TRANSCRIPTION_SYLLABLES = new Set(Object.values(table.syllables as Record<string, string>).flatMap((h) => [...h]));

export type SlipKind =
  | { kind: 'typo' }
  /** The differing syllable is the character's Sino-Korean reading (중커부하이: 富 부). */
  | { kind: 'hanja-syllable'; written: string; official: string; char: string }
  /** A syllable the table does write, but not for this character (충수: 塑 is 쑤): a departure, not a typo. */
  | { kind: 'departs'; written: string; official: string };

/** What kind of slip `stem` is for `expected` (same number of syllables), so the message can say so. */
export function slipKind(stem: string, expected: string, concept: IndexedConcept): SlipKind {
  // Which Chinese character each syllable of the rendering stands for (중커푸하이: 中 科 富 海).
  const charAt: (string | undefined)[] = [];
  for (const zh of concept.zh) {
    const aligned = alignRendering(expected, zh);
    if (!aligned) continue;
    for (const a of aligned) for (let k = 0; k < a.hangul.length; k++) charAt.push(a.char);
    break;
  }
  for (let i = 0; i < stem.length; i++) {
    const written = stem[i]!;
    const official = expected[i]!;
    if (written === official) continue;
    const char = charAt.length === expected.length ? charAt[i] : undefined;
    // One syllable per character only: 花 화 is not the reading of a two-syllable 하이.
    const single = char !== undefined && charAt.filter((c) => c === char).length === 1;
    if (char && single && hanjaReading(char) === written) return { kind: 'hanja-syllable', written, official, char };
    if (TRANSCRIPTION_SYLLABLES.has(written)) return { kind: 'departs', written, official };
    return { kind: 'typo' };
  }
  return { kind: 'typo' };
}
