// Consistency of place names within one text: 杭州 written 항저우 (the official transcription) in
// one place and 항주 (its old Sino-Korean reading) in another. Only the characters whose two
// spellings both circulate in Korean text are considered (州 주/저우, 京 경/징): 山 is 산 either way,
// and a reading like 상해 (上海) is also a common Korean word.
import { allPlaces, type Place } from './gazetteer.ts';
import { hanjaReading } from './hanja-reading.ts';

const CONSISTENCY_CHARS = /[州京]/u;
// Korean cities (and a Korean word) that share a Sino-Korean reading with a Chinese place: 광주 is
// Gwangju (光州) far more often than 广州 in a Korean text, 청주 Cheongju, not 青州.
const KOREAN_WORDS = new Set(['광주', '전주', '청주', '충주', '원주', '경주', '상주', '나주', '공주', '양주', '진주', '제주', '영주', '여주', '파주', '남양주', '동경', '서경', '정주', '신주', '민주']);

let byHanja: Map<string, Place> | undefined;

/** The place whose short form reads `hangul` in Sino-Korean (항주 → 杭州市), among those with 州 or 京. */
export function placeByHanjaReading(hangul: string): Place | undefined {
  if (!byHanja) {
    byHanja = new Map();
    for (const place of allPlaces()) {
      if (!CONSISTENCY_CHARS.test(place.short) || [...place.short].length < 2) continue;
      const reading = hanjaReading(place.short);
      // The reading must differ from the transcription and name one place only.
      if (reading === place.koShort || KOREAN_WORDS.has(reading)) continue;
      if (byHanja.has(reading) && byHanja.get(reading)!.short !== place.short) byHanja.set(reading, { ...place, ko: '' });
      else if (!byHanja.has(reading)) byHanja.set(reading, place);
    }
  }
  const place = byHanja.get(hangul);
  return place && place.ko ? place : undefined;
}

export interface MixedSpelling {
  start: number;
  end: number;
  found: string;
  /** The transcription the same text uses elsewhere (항저우). */
  expected: string;
  place: Place;
}

/**
 * Words of `text` (stems: 항주는 → 항주) that are the Sino-Korean reading of a place whose official
 * form the same text also uses. `stems` splits a word into stem candidates, longest first.
 */
export function mixedPlaceSpellings(text: string, stems: (word: string) => { stem: string }[]): MixedSpelling[] {
  if (!/[州京]|[주경]/u.test(text)) return [];
  const words = [...text.matchAll(/[\uac00-\ud7a3]{2,}/gu)];
  const found: MixedSpelling[] = [];
  for (const match of words) {
    for (const { stem } of stems(match[0])) {
      if (!/[주경]/u.test(stem)) continue;
      const place = placeByHanjaReading(stem);
      if (!place) continue;
      if (!text.includes(place.koShort)) break;
      found.push({ start: match.index, end: match.index + stem.length, found: stem, expected: place.koShort, place });
      break;
    }
  }
  return found;
}
