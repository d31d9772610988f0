// The Korean form of a Chinese administrative name (외래어 표기법 제4장 제2절 + 국립국어원 usage):
// the name itself in the official transcription of the Mandarin, the administrative suffix in its
// Sino-Korean reading: 海淀区 하이뎬구, 浦东新区 푸둥신구, 长兴县 창싱현, 周庄镇 저우좡진.
// An autonomous unit names its peoples before the suffix; each is written with 족 (族 read as
// Hanja), the people's name transcribed unless Korean has its own word for it (朝鲜族 조선족,
// 维吾尔 위구르): 广西壮族自治区 광시좡족자치구, 延边朝鲜族自治州 옌볜조선족자치주.
import ethnicData from '../../resources/readings-ethnic-groups.json' with { type: 'json' };
import { simplifiedChars } from './script.ts';
import { transcribeChars, transcriptionText } from './transcription.ts';

/** Administrative suffixes with their Sino-Korean reading, longest first (新区 before 区). */
export const PLACE_SUFFIXES: readonly (readonly [string, string])[] = [
  ['特别行政区', '특별행정구'],
  ['自治区', '자치구'],
  ['自治州', '자치주'],
  ['自治县', '자치현'],
  ['自治旗', '자치기'],
  ['新区', '신구'],
  ['林区', '임구'],
  ['矿区', '광구'],
  ['特区', '특구'],
  ['地区', '지구'],
  ['省', '성'],
  ['市', '시'],
  ['区', '구'],
  ['县', '현'],
  ['镇', '진'],
  ['乡', '향'],
  ['旗', '기'],
  ['盟', '맹'],
];

/** The 56 peoples of China: Chinese name (without 族) → Korean word, or '' to transcribe it. */
const ETHNIC: Record<string, string> = ethnicData.groups;
const ETHNIC_NAMES = Object.keys(ETHNIC).sort((a, b) => b.length - a.length);

export interface PlaceNameParts {
  /** The name without suffix or peoples (广西壮族自治区 → 广西): the short form. */
  stem: string;
  /** Peoples named before the suffix, in order (壮族). */
  peoples: string[];
  /** The administrative suffix (自治区), '' when there is none. */
  suffix: string;
  /** Its Sino-Korean reading (자치구). */
  suffixKo: string;
}

/**
 * Split a name (either script) into name, peoples and suffix. The stem keeps at least one
 * character (区 alone is no place); null when there is no suffix.
 */
export function splitPlaceName(zh: string): PlaceNameParts | null {
  const chars = [...zh.trim()];
  const simple = simplifiedChars(chars.join('')).join('');
  for (const [suffix, suffixKo] of PLACE_SUFFIXES) {
    if (!simple.endsWith(suffix) || simple.length <= suffix.length) continue;
    let rest = simple.slice(0, -suffix.length);
    let restOriginal = chars.slice(0, chars.length - [...suffix].length);
    const peoples: string[] = [];
    // Peoples come only before 自治X (and an ethnic district: 梅里斯达斡尔族区).
    // 新疆维吾尔自治区 names its people without 族 (only a name of two or more characters: 回 alone is too common).
    const bare = suffix.startsWith('自治') ? ETHNIC_NAMES.find((p) => p.length >= 2 && rest.endsWith(p) && rest.length >= p.length + 2) : undefined;
    if (bare) {
      peoples.push(restOriginal.slice(restOriginal.length - bare.length).join(''));
      rest = rest.slice(0, -bare.length);
      restOriginal = restOriginal.slice(0, restOriginal.length - bare.length);
    }
    for (;;) {
      if (!rest.endsWith('族')) break;
      const people = ETHNIC_NAMES.find((p) => rest.endsWith(`${p}族`) && rest.length > p.length + 1);
      if (!people) break;
      peoples.unshift(restOriginal.slice(restOriginal.length - people.length - 1).join(''));
      rest = rest.slice(0, -(people.length + 1));
      restOriginal = restOriginal.slice(0, restOriginal.length - people.length - 1);
    }
    return { stem: restOriginal.join(''), peoples, suffix: chars.slice(chars.length - [...suffix].length).join(''), suffixKo };
  }
  return null;
}

/** Korean word for a people (壮族 → 좡족, 朝鲜族 → 조선족; without 族, without 족: 维吾尔 → 위구르). */
export function peopleKorean(people: string): string {
  const simple = simplifiedChars(people).join('');
  const name = simple.replace(/族$/u, '');
  const own = ETHNIC[name];
  return `${own || transcriptionText(transcribeChars(name))}${simple.endsWith('族') ? '족' : ''}`;
}

/** Korean form of an administrative name by the suffix rule; undefined when it has no suffix. */
export function placeKorean(zh: string): { ko: string; koStem: string; parts: PlaceNameParts } | undefined {
  const parts = splitPlaceName(zh);
  if (!parts) return undefined;
  // Read in the whole name, so that readings fixed for it apply (单县 shàn, 六合区 lù).
  // A unit named after its people alone (鄂温克族自治旗) writes the people's Korean word.
  const people = simplifiedChars(parts.stem).join('');
  const koStem = people.endsWith('族') && ETHNIC[people.slice(0, -1)] !== undefined
    ? peopleKorean(parts.stem)
    : transcriptionText(transcribeChars(zh.trim()).slice(0, [...parts.stem].length));
  return { ko: koStem + parts.peoples.map(peopleKorean).join('') + parts.suffixKo, koStem, parts };
}
