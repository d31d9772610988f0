// Sino-Korean (Hanja) reading, character by character: the hanja package's table of readings
// looked up on the traditional form (專精特新 and 专精特新 alike; 干燥 → 乾燥 건조, 台湾 → 臺灣 대만),
// then the sound rules of 한글 맞춤법 that change a reading by its place in the word:
//   제10–12항 두음법칙 at the start of a word (李 리 → 이, 女 녀 → 여, 劳 로 → 노),
//   제11항 붙임 1: 렬/률 after a vowel or ㄴ are 열/율 (比率 비율, 规律 규율),
//   不 is 부 before ㄷ and ㅈ (不动产 부동산, 不正 부정).
import hanjaTable from 'hanja/lib/data/hanjaeum.json' with { type: 'json' };
import overrides from '../../resources/readings-hanja.json' with { type: 'json' };
import { compose, decompose, isHangulSyllable } from './hangul.ts';
import { isHan, simplifiedChars, traditionalChars } from './script.ts';

const table: Record<string, string> = hanjaTable;
const surnameReadings: Record<string, string> = overrides.surnames;
const nonInitialReadings: Record<string, string> = overrides.nonInitial;
const charReadings: Record<string, string> = overrides.chars;
// Each entry: [reading, example word, its reading].
const alternatives: Record<string, string[][]> = overrides.alternatives;
const wordReadings = Object.entries(overrides.words as Record<string, string>).sort((a, b) => b[0].length - a[0].length);

const Y_VOWELS = 'ㅑㅕㅖㅛㅠㅣ';

/** 두음법칙: the reading a syllable takes at the start of a word (리 → 이, 녀 → 여, 로 → 노). */
export function initialSoundRule(syllable: string): string {
  if (!isHangulSyllable(syllable)) return syllable;
  const jamo = decompose(syllable);
  if (jamo.initial === 'ㄹ') {
    return compose({ ...jamo, initial: Y_VOWELS.includes(jamo.vowel) ? 'ㅇ' : 'ㄴ' });
  }
  if (jamo.initial === 'ㄴ' && Y_VOWELS.includes(jamo.vowel)) return compose({ ...jamo, initial: 'ㅇ' });
  return syllable;
}

/** The table's reading of one character (either script), without any sound rule; undefined if unknown. */
export function baseReading(char: string, traditional?: string): string | undefined {
  const simple = simplifiedChars(char)[0] ?? char;
  return charReadings[simple] ?? table[traditional ?? char] ?? table[char] ?? table[simple];
}

export interface HanjaAlternative {
  char: string;
  /** Index of the character in the text (code points). */
  index: number;
  /** The reading given in this text. */
  reading: string;
  /** Every reading of the character, each with a word that takes it (樂: 락 쾌락, 악 음악, 요 요산요수). */
  readings: { reading: string; example: string; exampleKo: string }[];
}

/** The characters of `zh` that have several Sino-Korean readings, with the one chosen here and the others. */
export function hanjaAlternatives(zh: string, options: { person?: boolean } = {}, read?: HanjaChar[]): HanjaAlternative[] {
  const simplified = simplifiedChars(zh);
  if (!simplified.some((c) => alternatives[c] !== undefined)) return [];
  const chars = read ?? hanjaChars(zh, options);
  const out: HanjaAlternative[] = [];
  simplified.forEach((c, index) => {
    const list = alternatives[c];
    if (!list) return;
    out.push({
      char: chars[index]!.char,
      index,
      reading: chars[index]!.reading,
      readings: list.map(([reading = '', example = '', exampleKo = '']) => ({ reading, example, exampleKo })),
    });
  });
  return out;
}

export interface HanjaChar {
  char: string;
  han: boolean;
  /** The reading in context (with the rules above), or the character itself when unknown or not Han. */
  reading: string;
  /** The reading without the sound rules (리 for 李); '' when unknown. */
  base: string;
}

/** Reading per character of a word in either script. `person`: the first character is a surname (沈 심). */
export function hanjaChars(zh: string, options: { person?: boolean } = {}): HanjaChar[] {
  const chars = [...zh];
  const traditional = traditionalChars(zh);
  const simplified = simplifiedChars(zh);
  const fromWords = wordReadingsAt(simplified);
  const out: HanjaChar[] = [];
  let wordStart = true;
  chars.forEach((char, i) => {
    if (!isHan(char)) {
      out.push({ char, han: false, reading: char, base: '' });
      // A space or punctuation starts a new word; a Latin letter or digit continues this one.
      wordStart = !/[\p{L}\p{N}]/u.test(char);
      return;
    }
    let base = fromWords[i] ?? baseReading(char, traditional[i]) ?? '';
    if (options.person && i === 0) base = surnameReadings[simplified[i]!] ?? base;
    else if (!wordStart && fromWords[i] === undefined) base = nonInitialReadings[simplified[i]!] ?? base;
    out.push({ char, han: true, reading: base || char, base });
    wordStart = false;
  });
  applySoundRules(out);
  return out;
}

// Word readings from resources/readings-hanja.json, as readings per character position.
function wordReadingsAt(simplified: string[]): (string | undefined)[] {
  const at: (string | undefined)[] = new Array(simplified.length);
  const text = simplified.join('');
  if (!wordReadings.some(([word]) => text.includes(word))) return at;
  for (let i = 0; i < simplified.length; i++) {
    if (at[i] !== undefined) continue;
    const match = wordReadings.find(([word]) => simplified.slice(i, i + [...word].length).join('') === word);
    if (match) [...match[1]].forEach((syllable, k) => (at[i + k] = syllable));
  }
  return at;
}

function applySoundRules(chars: HanjaChar[]): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!c.han || !c.base) continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const atWordStart = !prev || (!prev.han && !/[\p{L}\p{N}]/u.test(prev.char));
    if (c.reading === '불' && next?.han && next.base && 'ㄷㅈ'.includes(decompose(next.base[0]!).initial)) {
      c.reading = '부';
    }
    if (atWordStart) {
      c.reading = initialSoundRule(c.reading);
    } else if ((c.reading === '렬' || c.reading === '률') && prev?.han && isHangulSyllable(prev.reading)) {
      const coda = decompose(prev.reading).coda;
      if (coda === '' || coda === 'ㄴ') c.reading = c.reading === '렬' ? '열' : '율';
    }
  }
}

/** Sino-Korean reading of a word (either script), with 두음법칙 at the word start: 專精特新 → 전정특신. */
export function hanjaReading(zh: string, options: { person?: boolean } = {}): string {
  return hanjaChars(zh, options).map((c) => c.reading).join('');
}
