// The house style names a Chinese entity as `한글(漢字)` at first mention: 위화퉁(亿華通),
// 이치자동차 (一汽), 청두시(成都市). Several rules read these pairs; this finds them and splits off
// name suffixes that stand for each other on both sides (시/市, 성/省, 그룹/集团).
import { fold } from '../text/fold.ts';
import { NAME_SUFFIXES, isHangulSyllable } from '../text/korean.ts';

export interface NamePair {
  /** The word written before the parenthesis (Hangul, or Latin such as CATL). */
  ko: string;
  koStart: number;
  koEnd: number;
  /** The line's text from its start up to the word's end: multi-word renderings end there. */
  lineBefore: string;
  /** The Chinese inside the parentheses, as written. */
  zh: string;
  zhStart: number;
  zhEnd: number;
}

// Word, an optional space, then parentheses holding only Han characters.
const PAIR = /([\p{Script=Hangul}A-Za-z0-9]+) ?\((\p{Script=Han}+)\)/gu;

export function findNamePairs(draft: string): NamePair[] {
  const pairs: NamePair[] = [];
  for (const match of draft.matchAll(PAIR)) {
    const ko = match[1]!;
    const zh = match[2]!;
    const koStart = match.index;
    const koEnd = koStart + ko.length;
    const zhStart = draft.indexOf('(', koEnd) + 1;
    const lineStart = draft.lastIndexOf('\n', koStart - 1) + 1;
    pairs.push({ ko, koStart, koEnd, lineBefore: draft.slice(lineStart, koEnd), zh, zhStart, zhEnd: zhStart + zh.length });
  }
  return pairs;
}

/**
 * Chinese name endings and the Korean written for them. Korean endings absent from NAME_SUFFIXES
 * are translations that only occur in pairs (重聯節能 → 중롄에너지절약).
 */
const PAIRED_SUFFIXES: [zh: string, ko: string[]][] = [
  ['自治区', ['자치구']],
  ['自治州', ['자치주']],
  ['新区', ['신구']],
  ['市', ['시']],
  ['省', ['성']],
  ['区', ['구']],
  ['县', ['현']],
  ['镇', ['진']],
  ['乡', ['향']],
  ['村', ['촌']],
  ['州', ['주']],
  ['集团', ['그룹']],
  ['公司', ['사', '공사', '회사']],
  ['大学', ['대학교', '대학', '대']],
  ['研究院', ['연구원']],
  ['研究所', ['연구소']],
  ['银行', ['은행']],
  ['汽车', ['자동차']],
  ['新能源', ['신에너지']],
  ['能源', ['에너지']],
  ['节能', ['에너지절약']],
  ['控股', ['홀딩스']],
  ['科技', ['과기', '테크']],
  ['电子', ['전자']],
  ['制药', ['제약']],
  ['航空', ['항공']],
].map(([zh, ko]) => [fold(zh as string), ko as string[]]);

const KO_SUFFIXES_LONGEST_FIRST = [...NAME_SUFFIXES].sort((a, b) => b.length - a.length);

export interface PairReading {
  /** The Korean name without a suffix (청두 for 청두시). */
  koStem: string;
  koSuffix: string;
  /** The Chinese name without the matching suffix, folded (成都 for 成都市). */
  zhStem: string;
  zhSuffix: string;
}

/**
 * Ways to read `ko` as a rendering of `zh` with name suffixes split off, most specific first:
 * the suffix pair on both sides (청두시/成都市 → 청두/成都), then the Korean word as written,
 * then a Korean-only suffix (쓰촨성/四川 → 쓰촨, 이치자동차/一汽 → 이치).
 */
export function pairReadings(ko: string, zh: string): PairReading[] {
  const folded = fold(zh);
  const out: PairReading[] = [];
  for (const [zhSuffix, koSuffixes] of PAIRED_SUFFIXES) {
    if (folded.length <= zhSuffix.length || !folded.endsWith(zhSuffix)) continue;
    for (const koSuffix of koSuffixes) {
      if (ko.length > koSuffix.length && ko.endsWith(koSuffix)) {
        out.push({ koStem: ko.slice(0, -koSuffix.length), koSuffix, zhStem: folded.slice(0, -zhSuffix.length), zhSuffix });
      }
    }
  }
  out.push({ koStem: ko, koSuffix: '', zhStem: folded, zhSuffix: '' });
  for (const koSuffix of KO_SUFFIXES_LONGEST_FIRST) {
    if (ko.length > koSuffix.length && ko.endsWith(koSuffix) && isHangulSyllable(ko.charCodeAt(0))) {
      out.push({ koStem: ko.slice(0, -koSuffix.length), koSuffix, zhStem: folded, zhSuffix: '' });
    }
  }
  return out;
}
