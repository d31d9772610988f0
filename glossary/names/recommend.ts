// The names of a source the glossary lacks, each with the Korean form the house style recommends:
// people and companies in the official transcription, places with the administrative suffix in its
// Sino-Korean reading (청두시), organisations in the Sino-Korean reading unless they begin with a
// proper name (清华大学 → 칭화대학).
import { fold } from '../text/fold.ts';
import { hanjaReading, suggest } from '../readings/index.ts';
import { extractNames, type FoundName, type NameCategory } from './extract.ts';
import { organizationSuffix } from './organizations.ts';
import { isPlaceName, placeReading } from './places.ts';
import { segment } from './segment.ts';

export interface NameCandidate {
  zh: string;
  category: NameCategory;
  recommended: string;
  transcription: string;
  hanjaReading: string;
  /** Whether the glossary already has it. */
  known: boolean;
  count: number;
}

export interface NamesResult {
  names: NameCandidate[];
}

const PROPER_TAGS = new Set(['ns', 'nz', 'nr', 'nrfg', 'nrt', 'x']);
/** Words between a company's name and its legal form (华为技术有限公司). */
const GENERIC_TAILS = ['股份', '技术', '科技', '控股'];
const GENERIC_HEADS = new Set(['中国', '国家', '中华', '全国']);

/**
 * The proper part of an organisation's name and the rest: 清华大学 → ['清华', '大学'],
 * 北京亿华通科技股份有限公司 → ['北京亿华通', '科技股份有限公司']: the leading words jieba tags as
 * names (or unknown), read as one; null when it begins with a common word (国家知识产权局).
 */
function properHead(zh: string): [string, string] | null {
  let tokens = segment(zh);
  if (tokens.length === 1) {
    let stem = zh.slice(0, zh.length - (organizationSuffix(zh)?.suffix.length ?? 0));
    for (let tail = GENERIC_TAILS.find((t) => stem.endsWith(t)); tail; tail = GENERIC_TAILS.find((t) => stem.endsWith(t))) stem = stem.slice(0, -tail.length);
    tokens = segment(stem);
  }
  let end = 0;
  for (const token of tokens) {
    if (!(PROPER_TAGS.has(token.tag) || (token.tag === 'm' && end > 0) || (token.tag === 'm' && /^[亿]$/u.test(token.word)))) break;
    end = token.end;
  }
  const head = zh.slice(0, end);
  if (head === '' || head === zh || GENERIC_HEADS.has(head)) return null;
  return [head, zh.slice(end)];
}

function recommendedFor(name: FoundName, transcription: string, reading: string): string {
  switch (name.category) {
    case 'person':
      return transcription;
    case 'place':
      return placeReading(name.zh);
    default: {
      const parts = properHead(name.zh);
      if (!parts) return hanjaReading(name.zh.replace(/(?<=.)[和与](?=.)/gu, ''));
      const head = isPlaceName(parts[0]) ? placeReading(parts[0]) : suggest(parts[0], { category: 'company' }).transcription;
      // 和 joining two words of an official name is not read (国家发展和改革委员会 → 국가발전개혁위원회).
      return head + hanjaReading(parts[1].replace(/(?<=.)[和与](?=.)/gu, ''));
    }
  }
}

/**
 * The names of `text`; `known` says whether the glossary has a Chinese term (folded) equal to the
 * name. Without `all`, only those it lacks.
 */
export function namesToAdd(text: string, known: (folded: string) => boolean, options: { all?: boolean } = {}): NamesResult {
  const names: NameCandidate[] = [];
  for (const name of extractNames(text)) {
    const isKnown = known(fold(name.zh));
    if (isKnown && !options.all) continue;
    const s = suggest(name.zh, { category: name.category });
    names.push({
      zh: name.zh,
      category: name.category,
      recommended: recommendedFor(name, s.transcription, s.hanjaReading),
      transcription: s.transcription,
      hanjaReading: s.hanjaReading,
      known: isKnown,
      count: name.count,
    });
  }
  return { names };
}
