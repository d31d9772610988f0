// The parts of 외래어 표기법 표 5 (중국어의 주음 부호와 한글 대조표, 문화체육관광부 고시 제2017-14호)
// and the Mandarin syllable inventory, from which resources/transcription-zh.json is generated
// (see generate-table.ts). Runtime code reads the JSON, never this file.

/** 성모 (initials): pinyin → Hangul initial consonant. */
export const INITIAL_JAMO: Record<string, string> = {
  b: 'ㅂ', p: 'ㅍ', m: 'ㅁ', f: 'ㅍ',
  d: 'ㄷ', t: 'ㅌ', n: 'ㄴ', l: 'ㄹ',
  g: 'ㄱ', k: 'ㅋ', h: 'ㅎ',
  j: 'ㅈ', q: 'ㅊ', x: 'ㅅ',
  zh: 'ㅈ', ch: 'ㅊ', sh: 'ㅅ', r: 'ㄹ',
  z: 'ㅉ', c: 'ㅊ', s: 'ㅆ',
};

/** zhi chi shi ri zi ci si: the initial alone with ㅡ (즈 츠 스 르 쯔 츠 쓰). */
export const APICAL_INITIALS = ['zh', 'ch', 'sh', 'r', 'z', 'c', 's'];

export interface FinalRow {
  /** Zhuyin of the final, as 표 5 lists it. */
  zhuyin: string;
  /** Pinyin spelling with no initial (ya, wo, yue …); null when the final never stands alone. */
  alone: string | null;
  /** Pinyin spelling after an initial (ia, uo, üe …); null when it never follows one. */
  combined: string | null;
  /** 표 5's Hangul for the final standing alone. */
  hangul: string;
  /** 표 5's Hangul in parentheses, used after an initial (ui 우이, un 운, ong 웅). */
  hangulCombined?: string;
}

/** 운모 (finals), in 표 5's order. */
export const FINALS: FinalRow[] = [
  { zhuyin: 'ㄚ', alone: 'a', combined: 'a', hangul: '아' },
  { zhuyin: 'ㄛ', alone: 'o', combined: 'o', hangul: '오' },
  { zhuyin: 'ㄜ', alone: 'e', combined: 'e', hangul: '어' },
  { zhuyin: 'ㄝ', alone: 'ê', combined: null, hangul: '에' },
  { zhuyin: 'ㄞ', alone: 'ai', combined: 'ai', hangul: '아이' },
  { zhuyin: 'ㄟ', alone: 'ei', combined: 'ei', hangul: '에이' },
  { zhuyin: 'ㄠ', alone: 'ao', combined: 'ao', hangul: '아오' },
  { zhuyin: 'ㄡ', alone: 'ou', combined: 'ou', hangul: '어우' },
  { zhuyin: 'ㄢ', alone: 'an', combined: 'an', hangul: '안' },
  { zhuyin: 'ㄣ', alone: 'en', combined: 'en', hangul: '언' },
  { zhuyin: 'ㄤ', alone: 'ang', combined: 'ang', hangul: '앙' },
  { zhuyin: 'ㄥ', alone: 'eng', combined: 'eng', hangul: '엉' },
  { zhuyin: 'ㄦ', alone: 'er', combined: null, hangul: '얼' },
  { zhuyin: 'ㄧ', alone: 'yi', combined: 'i', hangul: '이' },
  { zhuyin: 'ㄧㄚ', alone: 'ya', combined: 'ia', hangul: '야' },
  { zhuyin: 'ㄧㄛ', alone: 'yo', combined: null, hangul: '요' },
  { zhuyin: 'ㄧㄝ', alone: 'ye', combined: 'ie', hangul: '예' },
  { zhuyin: 'ㄧㄞ', alone: 'yai', combined: null, hangul: '야이' },
  { zhuyin: 'ㄧㄠ', alone: 'yao', combined: 'iao', hangul: '야오' },
  { zhuyin: 'ㄧㄡ', alone: 'you', combined: 'iu', hangul: '유' },
  { zhuyin: 'ㄧㄢ', alone: 'yan', combined: 'ian', hangul: '옌' },
  { zhuyin: 'ㄧㄣ', alone: 'yin', combined: 'in', hangul: '인' },
  { zhuyin: 'ㄧㄤ', alone: 'yang', combined: 'iang', hangul: '양' },
  { zhuyin: 'ㄧㄥ', alone: 'ying', combined: 'ing', hangul: '잉' },
  { zhuyin: 'ㄨ', alone: 'wu', combined: 'u', hangul: '우' },
  { zhuyin: 'ㄨㄚ', alone: 'wa', combined: 'ua', hangul: '와' },
  { zhuyin: 'ㄨㄛ', alone: 'wo', combined: 'uo', hangul: '워' },
  { zhuyin: 'ㄨㄞ', alone: 'wai', combined: 'uai', hangul: '와이' },
  { zhuyin: 'ㄨㄟ', alone: 'wei', combined: 'ui', hangul: '웨이', hangulCombined: '우이' },
  { zhuyin: 'ㄨㄢ', alone: 'wan', combined: 'uan', hangul: '완' },
  { zhuyin: 'ㄨㄣ', alone: 'wen', combined: 'un', hangul: '원', hangulCombined: '운' },
  { zhuyin: 'ㄨㄤ', alone: 'wang', combined: 'uang', hangul: '왕' },
  { zhuyin: 'ㄨㄥ', alone: 'weng', combined: 'ong', hangul: '웡', hangulCombined: '웅' },
  { zhuyin: 'ㄩ', alone: 'yu', combined: 'ü', hangul: '위' },
  { zhuyin: 'ㄩㄝ', alone: 'yue', combined: 'üe', hangul: '웨' },
  { zhuyin: 'ㄩㄢ', alone: 'yuan', combined: 'üan', hangul: '위안' },
  { zhuyin: 'ㄩㄣ', alone: 'yun', combined: 'ün', hangul: '윈' },
  { zhuyin: 'ㄩㄥ', alone: 'yong', combined: 'iong', hangul: '융' },
];

/**
 * The syllables of standard Mandarin: for each initial, the finals (in their combined spelling,
 * ü written as ü) it takes. After j, q, x the ü finals are spelled with u (ju, jue, juan, jun);
 * the generator handles that spelling.
 */
export const INVENTORY: Record<string, string> = {
  b: 'a o ai ei ao an en ang eng i ie iao ian in ing u',
  p: 'a o ai ei ao ou an en ang eng i ie iao ian in ing u',
  m: 'a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u',
  f: 'a o ei ou an en ang eng u',
  d: 'a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un',
  t: 'a e ai ei ao ou an ang eng ong i ie iao ian ing u uo ui uan un',
  n: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan ü üe',
  l: 'a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe',
  g: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  k: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  h: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  j: 'i ia ie iao iu ian in iang ing iong ü üe üan ün',
  q: 'i ia ie iao iu ian in iang ing iong ü üe üan ün',
  x: 'i ia ie iao iu ian in iang ing iong ü üe üan ün',
  zh: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  ch: 'a e ai ao ou an en ang eng ong u ua uo uai ui uan un uang',
  sh: 'a e ai ei ao ou an en ang eng u ua uo uai ui uan un uang',
  r: 'e ao ou an en ang eng ong u ua uo ui uan un',
  z: 'a e ai ei ao ou an en ang eng ong u uo ui uan un',
  c: 'a e ai ao ou an en ang eng ong u uo ui uan un',
  s: 'a e ai ao ou an en ang eng ong u uo ui uan un',
};

/** 제3장 제7절 제2항: after ㅈ ㅉ ㅊ, the vowels ㅑ ㅖ ㅛ ㅠ are written ㅏ ㅔ ㅗ ㅜ. */
export const AFTER_AFFRICATE: Record<string, string> = { 'ㅑ': 'ㅏ', 'ㅖ': 'ㅔ', 'ㅛ': 'ㅗ', 'ㅠ': 'ㅜ' };
export const AFFRICATES = ['ㅈ', 'ㅉ', 'ㅊ'];
