// Hangul syllable arithmetic (Unicode 가–힣): split a syllable into its jamo and build one back.
// The transcription table and the 두음법칙 both work on jamo, not on whole syllables.

const SYLLABLE_BASE = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const VOWEL_COUNT = 21;
const CODA_COUNT = 28;

export const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
export const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
// Index 0 is "no final consonant".
export const CODAS = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

export interface Jamo {
  initial: string;
  vowel: string;
  coda: string;
}

export function isHangulSyllable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= SYLLABLE_BASE && code <= SYLLABLE_LAST;
}

/** Split one Hangul syllable (가) into initial ㄱ, vowel ㅏ and coda ''. */
export function decompose(syllable: string): Jamo {
  if (!isHangulSyllable(syllable)) throw new Error(`not a Hangul syllable: ${JSON.stringify(syllable)}`);
  const index = syllable.charCodeAt(0) - SYLLABLE_BASE;
  return {
    initial: INITIALS[Math.floor(index / (VOWEL_COUNT * CODA_COUNT))]!,
    vowel: VOWELS[Math.floor(index / CODA_COUNT) % VOWEL_COUNT]!,
    coda: CODAS[index % CODA_COUNT]!,
  };
}

/** Build one Hangul syllable from its jamo. */
export function compose({ initial, vowel, coda }: Jamo): string {
  const i = INITIALS.indexOf(initial);
  const v = VOWELS.indexOf(vowel);
  const c = CODAS.indexOf(coda);
  if (i < 0 || v < 0 || c < 0 || initial === '' || vowel === '') {
    throw new Error(`not a Hangul syllable: ${initial}+${vowel}+${coda}`);
  }
  return String.fromCharCode(SYLLABLE_BASE + (i * VOWEL_COUNT + v) * CODA_COUNT + c);
}

/** The Hangul syllables of a text, ignoring spaces and anything that is not a syllable. */
export function hangulSyllables(text: string): string[] {
  return [...text].filter(isHangulSyllable);
}
