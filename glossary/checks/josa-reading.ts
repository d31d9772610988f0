// How the end of a word is read aloud, so the particle after it can agree: Hangul as written, numbers
// as Sino-Korean numerals (1 일, 10 십, 2024 이천이십사 → 사, 1.5 → 오), % as 퍼센트, short upper-case
// acronyms letter by letter (CATL 씨에이티엘 → 엘, BYD → 디), common Latin units (GWh 기가와트시)
// and a few English words of organisation names (Group 그룹). Anything else (polymer, Nature, IVICS)
// has no agreed reading: undefined, and no particle is checked.
import { isHangul } from '../text/numbers-ko.ts';

const DIGIT_SYLLABLES = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'] as const;
const PLACE_SYLLABLES = ['', '십', '백', '천'] as const;
const GROUP_SYLLABLES = ['', '만', '억', '조', '경'] as const;

/** Last syllable of each letter's Korean name (외래어 표기: 엘, 엠, 에스 …). R (아르/알) is ambiguous. */
const LETTER_LAST_SYLLABLE: Record<string, string> = {
  A: '이', B: '비', C: '씨', D: '디', E: '이', F: '프', G: '지', H: '치', I: '이', J: '이', K: '이',
  L: '엘', M: '엠', N: '엔', O: '오', P: '피', Q: '큐', S: '스', T: '티', U: '유', V: '이', W: '유',
  X: '스', Y: '이', Z: '트',
};

/** Acronyms read as words, not letter by letter. */
const ACRONYMS_READ_AS_WORDS: Record<string, string> = {
  NASA: '사', NATO: '토', OPEC: '펙', FIFA: '파', ASEAN: '안', UNESCO: '코', UNICEF: '프', KAIST: '트',
};

/**
 * English words common at the end of organisation names, by the last syllable of their usual Korean
 * reading (Nord Anglia Education Group → 그룹: Group과, not Group와). Other words are not guessed.
 */
const WORD_LAST_SYLLABLE: Record<string, string> = {
  group: '룹', lab: '랩', labs: '스', center: '터', centre: '터', university: '티', institute: '트',
  inc: '크', corp: '프', corporation: '션', company: '니', holdings: '스', technology: '지', tech: '크',
  motor: '터', motors: '스', bank: '크', education: '션', energy: '지', power: '워', system: '템',
  systems: '스', network: '크', china: '나', korea: '아', alliance: '스', association: '션',
  foundation: '션', council: '슬', agency: '시', science: '스', research: '치', academy: '미',
  college: '지', school: '쿨', hospital: '탈', capital: '탈', fund: '드', partners: '스',
};

/** Latin units after numbers, by the last syllable of their Korean reading. */
const UNIT_LAST_SYLLABLE: Record<string, string> = {
  gwh: '시', mwh: '시', kwh: '시', twh: '시', gw: '트', mw: '트', kw: '트', tw: '트', kv: '트',
  mm: '터', cm: '터', km: '터', nm: '터', kg: '램', eflops: '스', pflops: '스', tflops: '스', gbps: '스',
};

/** 1 → 일, 10 → 십, 300 → 백, 120000 → 만, 1.5 → 오, 1,700 → 백. */
export function numberLastSyllable(written: string): string | undefined {
  const plain = written.replace(/,/g, '');
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(plain)) return undefined;
  const [integer, fraction] = plain.split('.') as [string, string | undefined];
  if (fraction !== undefined) return DIGIT_SYLLABLES[Number(fraction[fraction.length - 1])];
  const trimmed = integer.replace(/0+$/, '');
  if (trimmed === '') return '영';
  const zeros = integer.length - trimmed.length;
  if (zeros === 0) return DIGIT_SYLLABLES[Number(integer[integer.length - 1])];
  if (zeros >= 4) return GROUP_SYLLABLES[Math.min(4, Math.floor(zeros / 4))];
  return PLACE_SYLLABLES[zeros];
}

/** The last syllable a token is read with: '위화퉁' → '퉁', 'CATL' → '엘', '2024' → '사', '8.55%' → '트'. */
export function lastSpokenSyllable(token: string): string | undefined {
  const last = token[token.length - 1];
  if (last === undefined) return undefined;
  if (isHangul(last)) return last;
  if (last === '%') return '트';
  const unit = /[0-9]\s?([A-Za-z]+)$/.exec(token);
  if (unit) return UNIT_LAST_SYLLABLE[unit[1]!.toLowerCase()];
  const number = /[0-9][0-9,]*(?:\.[0-9]+)?$/.exec(token);
  if (number) return numberLastSyllable(number[0]);
  // Upper-case letters, & included (R&D, M&A read 알앤디, 엠앤에이).
  const acronym = /(?:^|[^A-Za-z&])([A-Z][A-Z&]{0,7})$/.exec(token);
  if (acronym) {
    const letters = acronym[1]!.replace(/&/g, '');
    if (letters in ACRONYMS_READ_AS_WORDS) return ACRONYMS_READ_AS_WORDS[letters];
    // One letter is usually a label or a conversion artefact; five or more are often read as a word.
    if (letters.length < 2 || letters.length > 4) return undefined;
    return LETTER_LAST_SYLLABLE[letters[letters.length - 1]!];
  }
  const word = /[A-Za-z]+$/.exec(token);
  return word ? WORD_LAST_SYLLABLE[word[0].toLowerCase()] : undefined;
}
