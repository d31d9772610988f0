// The press habit of writing one official syllable as two: a medial i or ü spelled out as its own
// syllable (邓小平 xiǎo 샤오 → 시아오, 刘 liú 류 → 리우, 解 xiè 셰 → 시에, 薛 xuē 쉐 → 쉬에,
// 建 jiàn 젠 → 지엔, 江 jiāng 장 → 지앙, 天 tiān 톈 → 티엔, 牛 niú 뉴 → 니우). 표 5 writes these
// finals as one syllable (ㅑ ㅕ ㅖ ㅛ ㅠ, 제7절 제2항 after ㅈ ㅉ ㅊ), so the split forms are not the
// official transcription; the alignment must still see which character they stand for.
import { normalizeSyllable, lookupSyllable } from './transcription.ts';
import { compose, decompose } from './hangul.ts';

// The rest of a final after its medial, as the second syllable of a split spelling.
const REST_AFTER_MEDIAL: Record<string, string[]> = {
  a: ['아'],
  ao: ['아오'],
  an: ['엔', '안'],
  ang: ['앙'],
  e: ['에'],
  u: ['우'],
  ong: ['옹'],
};

const INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/u;

/** Split spellings of one pinyin syllable (toneless or not): 'xiao' → ['시아오'], 'liu' → ['리우']; [] when it has none. */
export function splitSpellings(pinyin: string): string[] {
  const syllable = normalizeSyllable(pinyin);
  const [, initial = '', final = ''] = INITIAL.exec(syllable) ?? [];
  const official = lookupSyllable(syllable);
  if (!official) return [];
  const habits = pressHabits(initial, final, official);
  if (habits.length > 0) return habits;
  if (!initial || initial === 'y' || initial === 'w') return [];
  let medial: string;
  let rest: string;
  if (final.startsWith('i') && final.length > 1 && final !== 'in' && final !== 'ing') {
    medial = 'i'; // ia iao ian iang ie iu(=iou) iong
    rest = final.slice(1);
  } else if ((final.startsWith('u') && 'jqx'.includes(initial)) || final.startsWith('ü')) {
    medial = 'ü'; // üe üan (ju qu xu are ü)
    rest = final.slice(1);
  } else return [];
  const first = lookupSyllable(initial + (medial === 'ü' && 'jqx'.includes(initial) ? 'u' : medial));
  const seconds = REST_AFTER_MEDIAL[rest];
  if (!first || !seconds || first.length !== 1) return [];
  return seconds.map((second) => first + second).filter((spelling) => spelling !== official);
}

// Two more habits of the press, from English-style spellings: ui (uei) as 웨이 after the initial
// (水 shuǐ 수이 → 쉐이, 贵 guì 구이 → 궤이), ou as 오 or 오우 (欧阳 ōu 어우 → 오양, 周 zhōu 저우 → 조우).
function pressHabits(initial: string, final: string, official: string): string[] {
  const first = decompose(official[0]!);
  if (final === 'ui' && initial) return [compose({ initial: first.initial, vowel: 'ㅞ', coda: '' }) + '이'];
  if (final === 'ou') {
    const o = compose({ initial: first.initial, vowel: 'ㅗ', coda: '' });
    return [o, `${o}우`];
  }
  return [];
}
