// Place names: the gazetteer of China's divisions first (浙江, 义乌市, 海淀区 with their official
// Korean forms), then, for places it does not hold (towns, villages), the administrative suffix
// (省, 市, 区, 县, 镇, 自治区 …). This is the one place where "is this a Chinese place?" is decided.
import { hanjaReading, transcribe } from '../readings/index.ts';
import { placesByChinese } from '../readings/gazetteer.ts';

/** The gazetteer's Korean form of `word` when it names one division, full (浙江省) or short (浙江). */
function gazetteerKorean(word: string): string | undefined {
  const places = placesByChinese(word);
  const forms = new Set(places.map((p) => ([...p.short].length < [...word].length ? p.ko : p.koShort)));
  return forms.size === 1 ? [...forms][0] : undefined;
}

/** Longest first, so 自治区 is read before 区 and 新区 before 区. */
export const ADMIN_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '新区', '地区', '街道', '省', '市', '区', '县', '镇', '乡', '州', '旗', '盟'] as const;

/** Words ending like a place that are not places (common nouns and the bulletin's fixed phrases). */
const NOT_PLACES = new Set([
  '城市', '都市', '超市', '股市', '上市', '城区', '地区', '社区', '园区', '市区', '小区', '景区', '片区', '辖区', '山区', '灾区', '郊区', '新区',
  '高新区', '经开区', '新城区', '试验区', '示范区', '开发区', '自贸区', '功能区', '保护区', '集聚区', '先行区', '全省', '全市', '全区', '全县', '本市', '各省', '各市', '我省', '我市',
  '外省', '省市', '市县', '区县', '乡镇', '城镇', '村镇', '县域', '误区', '盲区', '禁区', '领域区', '加州',
]);

/** Endings of zones and common nouns, not of administrative units (中关村示范区, 望京社区). */
const COMMON_ENDINGS = [...NOT_PLACES].filter((w) => w.length >= 3).concat(['社区', '园区', '景区', '小区', '片区', '辖区', '城镇', '乡镇', '城市', '都市']);

/** The administrative suffix `word` ends with, or '' when none. */
export function adminSuffixOf(word: string): string {
  return ADMIN_SUFFIXES.find((s) => word.endsWith(s) && word.length > s.length) ?? '';
}

/** Whether `word` names a place: a name (at least one character) followed by an administrative suffix. */
export function isPlaceName(word: string): boolean {
  if (placesByChinese(word).length > 0) return true;
  if (NOT_PLACES.has(word) || COMMON_ENDINGS.some((ending) => word.endsWith(ending))) return false;
  const suffix = adminSuffixOf(word);
  return suffix !== '' && word.length - suffix.length <= 6;
}

/**
 * A place name split at its administrative suffixes: 上海市浦东新区 → ['上海市', '浦东新区'].
 * A part is cut after a suffix only when what follows is itself a place name.
 */
export function splitPlace(word: string): string[] {
  for (let cut = 2; cut < word.length - 1; cut++) {
    const head = word.slice(0, cut);
    const rest = word.slice(cut);
    if (isPlaceName(head) && adminSuffixOf(head) !== '' && (isPlaceName(rest) || splitPlace(rest).length > 1)) return [head, ...splitPlace(rest)];
  }
  return [word];
}

/**
 * The house style for a place: the name in the official transcription, the administrative suffix
 * in its Sino-Korean reading (成都市 → 청두시, 海淀区 → 하이뎬구).
 */
export function placeReading(word: string): string {
  return splitPlace(word)
    .map((part) => {
      const known = gazetteerKorean(part);
      if (known) return known;
      const suffix = adminSuffixOf(part);
      const head = suffix ? part.slice(0, part.length - suffix.length) : part;
      return transcribe(head).hangul.join('') + (suffix ? hanjaReading(suffix) : '');
    })
    .join(' ');
}
