// What tells term-typo that a word near a glossary rendering is not a slip for it: the word is the
// Sino-Korean reading of the concept's Chinese (산동 for 山东: a choice of system, which term-mismatch
// reports), or the sources write a Chinese name whose transcription is the word (허난 for 河南 when
// the glossary has 후난 for 湖南: two real places one jamo apart).
import { hanjaReading, transcribe } from '../readings/index.ts';
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

/** Does some source write a Chinese name that transcribes to `word` (one Han character per syllable)? */
export function namedBySource(sources: readonly string[], word: string): boolean {
  const n = word.length;
  for (const source of sources) {
    for (const run of transcribedRuns(source)) {
      for (let i = 0; i + n <= run.length; i++) {
        if (run[i] !== word[0]) continue;
        if (run.slice(i, i + n).join('') === word) return true;
      }
    }
  }
  return false;
}
