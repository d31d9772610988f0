// What a Chinese name is, read from the name and the text around it, where the category alone
// does not say: a person (a title or role follows: 解振华院士), a Korean person written in Chinese
// (朴槿惠), a ship, spacecraft or satellite with 号 (嫦娥六号), an administrative name (海淀区).
import titleData from '../../resources/readings-person-titles.json' with { type: 'json' };
import { simplifiedChars } from './script.ts';

/** Titles and roles that, right after a name, make it a person's (longest first). */
export const PERSON_TITLES: readonly string[] = [...titleData.titles].sort((a, b) => b.length - a.length);

/** The title a text has right at `at` (院士 in 解振华院士), if any; either script. */
export function personTitleAt(text: string, at: number): string | undefined {
  const ahead = simplifiedChars(text.slice(at, at + 6)).join('');
  return PERSON_TITLES.find((t) => ahead.startsWith(t));
}

/** The title a text has right before `at` (部长 in 科技部原部长王志刚), if any; either script. */
export function personTitleBefore(text: string, at: number): string | undefined {
  const behind = simplifiedChars(text.slice(Math.max(0, at - 6), at)).join('');
  return PERSON_TITLES.find((t) => behind.endsWith(t));
}

/** A name followed by a title (解振华院士 → 解振华 + 院士); undefined when none or no name is left. */
export function splitPersonTitle(zh: string): { name: string; title: string } | undefined {
  const simple = simplifiedChars(zh).join('');
  const title = PERSON_TITLES.find((t) => simple.endsWith(t) && simple.length - t.length >= 2);
  if (!title) return undefined;
  const chars = [...zh];
  return { name: chars.slice(0, chars.length - title.length).join(''), title: chars.slice(chars.length - title.length).join('') };
}

// Surnames that in a Chinese text are (nearly) always those of Koreans (朴 박), and words that
// mark the person as Korean when they come just before the name.
const KOREAN_SURNAMES = ['朴', '鲜于', '南宫'];
const KOREAN_MARKERS = ['韩国', '朝鲜', '韩方', '韩籍', '韩裔'];

/** A Korean person written in Chinese (朴槿惠; 韩国总统尹锡悦 with `before` = the text before the name). */
export function looksKoreanPerson(zh: string, before = ''): boolean {
  const simple = simplifiedChars(zh).join('');
  const len = [...simple].length;
  if (len < 2 || len > 4) return false;
  if (KOREAN_SURNAMES.some((s) => simple.startsWith(s) && len > s.length)) return true;
  const lead = simplifiedChars(before.slice(-8)).join('');
  return KOREAN_MARKERS.some((m) => lead.includes(m));
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十八 → 18, 二十一 → 21, 一百零五 → 105, 18 → 18; undefined when not a number. */
export function chineseNumber(text: string): number | undefined {
  if (/^[0-9０-９]+$/u.test(text)) return Number(text.normalize('NFKC'));
  if (!/^[零〇一二两三四五六七八九十百]+$/u.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS[ch]!;
  }
  return total + digit;
}

/**
 * A ship, spacecraft or satellite name with 号/號 (嫦娥六号, 天问一号, 雪龙号): the name, and the
 * number if there is one. Its Korean form is the name, then the number in digits and 호 (창어 6호).
 */
export function splitVesselName(zh: string): { name: string; number?: number } | undefined {
  const match = /^(.+?)([0-9０-９]+|[零〇一二两三四五六七八九十百]+)?[号號]$/u.exec(zh.trim());
  if (!match || [...match[1]!].length < 2) return undefined;
  if (match[2] === undefined) return { name: match[1]! };
  const number = chineseNumber(match[2]);
  return number === undefined ? undefined : { name: match[1]!, number };
}
