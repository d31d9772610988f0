// The proper names of a Chinese source: people, places, organisations and companies, each once,
// with how often it occurs. Cues, strongest first: an organisation's suffix (…大学, …公司, …部);
// a title next to a name (院士戴琼海, 李强总理); jieba's name tags (nr, ns, nt) with a surname
// check; an administrative suffix (…省, …市, …区). Overlaps go to the stronger cue, so 戴琼海 is a
// person and not 戴 + the place 琼海.
import type { Category } from '../model.ts';
import { isHan } from '../readings/script.ts';
import { isCommonOrganizationWord, organizationSuffix, needsLongHead } from './organizations.ts';
import { adminSuffixOf, isPlaceName, splitPlace } from './places.ts';
import { segment, type Token } from './segment.ts';
import { surnameOf } from './surnames.ts';
import { SPEECH_VERBS, TITLES } from './titles.ts';

export type NameCategory = Extract<Category, 'person' | 'place' | 'organization' | 'company'>;

export interface FoundName {
  zh: string;
  category: NameCategory;
  /** Occurrences in the text. */
  count: number;
  /** Offset of the first occurrence. */
  first: number;
}

interface Span {
  start: number;
  end: number;
  category: NameCategory;
}

/** Proper names with an established Korean form of their own (중국, 미국), and words too general to be names. */
const NOT_NAMES = new Set([
  '中国', '我国', '全国', '国家', '中央', '中华', '美国', '日本', '韩国', '朝鲜', '俄罗斯', '英国', '法国', '德国', '欧洲', '亚洲', '非洲', '美洲',
  '欧盟', '全球', '世界', '国际', '国内', '海外', '境外', '东亚', '中美', '中欧', '中韩', '中日', '两岸', '大陆', '内地', '地方', '各地',
]);

/** How the names jieba tags as organisations (nt) without one of our suffixes end (新华社, 国资委). */
const NAMED_ENDINGS = [...'社会院所部局委办团校馆台报厂站行队'];
/** A head made only of generic words is no name (科技股份有限公司 after an unrecognised name). */
const GENERIC_HEAD = /^(科技|技术|股份|控股|信息|新)+$/u;
const LEGAL_FORMS = new Set(['有限公司', '股份有限公司', '有限责任公司']);
const NUMERAL_BEFORE = /[0-9０-９一二三四五六七八九十百千万亿两几多余]$/u;

const ORG_BODY_TAGS = new Set(['n', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'vn', 'j', 'x', 'm', 'b', 'an', 'eng', 'nrf']);
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt', 'nrf']);
/** Words that never start a name: pronouns and quantifiers (该公司, 各部, 多家企业). */
const NOT_NAME_START = new Set(['该', '本', '各', '其', '我', '我国', '全国', '有关', '相关', '多家', '一家', '这', '此', '上述', '该所', '每', '两家', '与会', '所属', '学校', '下属', '旗下']);

const allHan = (text: string) => text !== '' && [...text].every(isHan);

function orgBodyToken(token: Token): boolean {
  if (!ORG_BODY_TAGS.has(token.tag) || NOT_NAME_START.has(token.word)) return false;
  if (token.tag === 'x' || token.tag === 'm' || token.tag === 'eng') return allHan(token.word) && !/^[一二三四五六七八九十百千万两几多]+$/u.test(token.word);
  return true;
}

/** Organisations: a token ending in an organisation suffix and the name-like tokens before it. */
function organizations(tokens: Token[], text: string): Span[] {
  const out: Span[] = [];
  tokens.forEach((token, i) => {
    const found = organizationSuffix(token.word);
    // 全部, 格局, 总部: common words; a bare suffix (公司, 委员会) still ends the name before it.
    if (found && found.suffix !== token.word && isCommonOrganizationWord(token.word)) return;
    const named = token.tag === 'nt' && token.word.length >= 3 && NAMED_ENDINGS.includes(token.word.at(-1)!) && !NOT_NAMES.has(token.word);
    if (!found && !named) return;
    let j = i;
    let length = token.word.length;
    let placeSeen = false;
    while (j > 0 && i - j < 6) {
      const before = tokens[j - 1]!;
      const conjunction = (before.word === '和' || before.word === '与') && j > 1 && !organizationSuffix(tokens[j - 2]!.word) && orgBodyToken(tokens[j - 2]!);
      if (!(orgBodyToken(before) || conjunction) || before.end !== tokens[j]!.start) break;
      // Another name ends here (清华大学 before 教授; 科技部 before 教育部): it is not part of this one.
      // A legal form continues the group's name (中国石油化工集团有限公司).
      if ((organizationSuffix(before.word) && !(LEGAL_FORMS.has(token.word) && j === i)) || TITLES.has(before.word)) break;
      if (length + before.word.length > 18) break;
      // One place leads a name (北京市经济和信息化局); a second is where it is (湖北省 | 武汉市…管委会).
      if (isPlaceName(before.word)) {
        if (placeSeen) break;
        placeSeen = true;
      }
      length += before.word.length;
      j--;
    }
    while (j < i && (tokens[j]!.word === '和' || tokens[j]!.word === '与')) j++;
    const start = tokens[j]!.start;
    const zh = text.slice(start, token.end);
    const suffix = found?.suffix ?? '';
    const headLength = zh.length - suffix.length;
    if (headLength <= 0) return;
    if (found?.category === 'company' && GENERIC_HEAD.test(zh.slice(0, headLength))) return;
    if (found && needsLongHead(found.suffix) && headLength < 2) return;
    if (NOT_NAMES.has(zh) || isCommonOrganizationWord(zh)) return;
    const category: NameCategory = found?.category === 'company' ? 'company' : 'organization';
    out.push({ start, end: token.end, category });
  });
  return out;
}

/** A person's name of 2–4 characters starting with a surname, at token boundaries. */
function personAt(text: string, start: number, end: number, boundaries: Set<number>, tokenAt: Map<string, Token>): boolean {
  const word = text.slice(start, end);
  const surname = surnameOf(word);
  if (!surname || !allHan(word) || word.length - surname.length < 1 || word.length - surname.length > 2) return false;
  if (!boundaries.has(start) || !boundaries.has(end) || NUMERAL_BEFORE.test(text.slice(0, start))) return false;
  // One dictionary word that is not a name (专家, 方面): no.
  const token = tokenAt.get(`${start}:${end}`);
  if (token && !PERSON_TAGS.has(token.tag) && token.tag !== 'x') return false;
  return !organizationSuffix(word) && adminSuffixOf(word) === '' && !NOT_NAMES.has(word);
}

function persons(tokens: Token[], text: string): { cued: Span[]; tagged: Span[] } {
  const boundaries = new Set<number>(tokens.flatMap((t) => [t.start, t.end]));
  const tokenAt = new Map(tokens.map((t) => [`${t.start}:${t.end}`, t]));
  const cued: Span[] = [];
  const tagged: Span[] = [];
  for (const token of tokens) {
    const { word, tag, start, end } = token;
    if (SPEECH_VERBS.has(word)) {
      const before = [4, 3, 2].find((n) => start - n >= 0 && personAt(text, start - n, start, boundaries, tokenAt));
      if (before) cued.push({ start: start - before, end: start, category: 'person' });
    } else if (TITLES.has(word)) {
      // After the title (院士戴琼海), then before it (李强总理): the longer name that fits first.
      const after = [4, 3, 2].find((n) => personAt(text, end, end + n, boundaries, tokenAt));
      if (after) cued.push({ start: end, end: end + after, category: 'person' });
      const before = [4, 3, 2].find((n) => start - n >= 0 && personAt(text, start - n, start, boundaries, tokenAt));
      if (before) cued.push({ start: start - before, end: start, category: 'person' });
    } else if ((PERSON_TAGS.has(tag) || tag === 'x') && word.length >= 2 && word.length <= 4 && personAt(text, start, end, boundaries, tokenAt)) {
      tagged.push({ start, end, category: 'person' });
    }
  }
  return { cued, tagged };
}

function places(tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (const token of tokens) {
    if (!allHan(token.word) || NOT_NAMES.has(token.word)) continue;
    if (token.tag !== 'ns' && !isPlaceName(token.word)) continue;
    if (token.word.length < 2) continue;
    let at = token.start;
    for (const part of splitPlace(token.word)) {
      if (!NOT_NAMES.has(part)) out.push({ start: at, end: at + part.length, category: 'place' });
      at += part.length;
    }
  }
  return out;
}

/** 局局长, 部部长: jieba joins an organisation's last character to the title after it. */
function splitSuffixTitle(token: Token): Token[] {
  const { word, start } = token;
  if (word.length < 3 || !TITLES.has(word.slice(1)) || organizationSuffix(word[0]!) === null) return [token];
  return [
    { word: word[0]!, tag: 'n', start, end: start + 1 },
    { word: word.slice(1), tag: 'n', start: start + 1, end: token.end },
  ];
}

function countOf(text: string, zh: string): number {
  let count = 0;
  for (let at = text.indexOf(zh); at >= 0; at = text.indexOf(zh, at + zh.length)) count++;
  return count;
}

/** The proper names of `text`, in order of first occurrence. */
export function extractNames(text: string): FoundName[] {
  const tokens = segment(text).flatMap(splitSuffixTitle);
  const people = persons(tokens, text);
  // Stronger cues first; a span overlapping one already taken is dropped.
  const orgs = organizations(tokens, text).sort((a, b) => b.end - b.start - (a.end - a.start));
  const ordered = [...orgs, ...people.cued, ...people.tagged, ...places(tokens)];
  const taken: Span[] = [];
  for (const span of ordered) {
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    taken.push(span);
  }
  const byText = new Map<string, FoundName>();
  for (const span of taken.sort((a, b) => a.start - b.start)) {
    const zh = text.slice(span.start, span.end);
    if (byText.has(zh)) continue;
    byText.set(zh, { zh, category: span.category, count: countOf(text, zh), first: span.start });
  }
  return [...byText.values()];
}
