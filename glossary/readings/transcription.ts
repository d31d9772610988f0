// Official Mandarin → Hangul transcription (외래어 표기법, 문화체육관광부 고시 제2017-14호):
// pinyin per character (pinyin.ts), then each syllable through 표 5 (resources/transcription-zh.json).
// Tones are not written (제7절 제1항), so the table is keyed by toneless pinyin.
import table from '../../resources/transcription-zh.json' with { type: 'json' };
import { readPinyin, stripTone, type CharPinyin } from './pinyin.ts';

const syllables: Record<string, string> = table.syllables;

/** Toneless pinyin in the table's spelling: v and u: are ü, tone marks and digits removed. */
export function normalizeSyllable(pinyin: string): string {
  return stripTone(pinyin.trim())
    .replace(/[1-5]$/u, '')
    .replace(/u:|v/gu, 'ü')
    // j, q, x, y never take a plain u: jü/yü are spelled ju/yu.
    .replace(/^([jqxy])ü/u, '$1u');
}

/** Transcription of one pinyin syllable without tone (e.g. 'quan' → '취안'); throws on a non-syllable. */
export function transcribeSyllable(pinyin: string): string {
  const hangul = syllables[normalizeSyllable(pinyin)];
  if (hangul === undefined) throw new Error(`not a Mandarin syllable: ${JSON.stringify(pinyin)}`);
  return hangul;
}

// Pinyin as pinyin-pro writes it (with tone marks) → Hangul, or null: a few thousand spellings
// at most, looked up for every character of every name (normalising each time was most of the cost).
const looked = new Map<string, string | null>();

/** The table's Hangul for a syllable, or undefined (interjections such as ng, m, hm are not in 표 5). */
export function lookupSyllable(pinyin: string): string | undefined {
  let hangul = looked.get(pinyin);
  if (hangul === undefined) {
    hangul = syllables[normalizeSyllable(pinyin)] ?? null;
    if (looked.size < 20_000) looked.set(pinyin, hangul);
  }
  return hangul ?? undefined;
}

export interface TranscribedChar extends CharPinyin {
  /** Hangul for a Han character; the character itself when it has no reading in 표 5; the text itself for a non-Han character. */
  hangul: string;
}

/** Every character of `zh` with its pinyin and Hangul (non-Han characters kept as they are). */
export function transcribeChars(zh: string, options: { person?: boolean } = {}): TranscribedChar[] {
  return readPinyin(zh, options).map((c) => {
    if (!c.han) return { ...c, hangul: c.char };
    // An interjection reading (嗯 ńg) is not in 표 5: take another reading of the character that is.
    const reading = [c.pinyin, ...c.readings].find((p) => p && lookupSyllable(p) !== undefined);
    return reading ? { ...c, pinyin: reading, hangul: lookupSyllable(reading)! } : { ...c, hangul: c.char };
  });
}

/** Official transcription of a Chinese text (any script), syllable by syllable: one entry per Han character. */
export function transcribe(zh: string, options: { person?: boolean } = {}): { pinyin: string[]; hangul: string[] } {
  const han = transcribeChars(zh, options).filter((c) => c.han);
  return { pinyin: han.map((c) => c.pinyin), hangul: han.map((c) => c.hangul) };
}

/** The transcription as one string: Hangul for Han characters, anything else kept (TCL科技 → TCL커지). */
export function transcriptionText(chars: TranscribedChar[]): string {
  return chars.map((c) => c.hangul).join('');
}
