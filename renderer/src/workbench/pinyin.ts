// The pinyin a concept's Chinese term reads as (yì huá tōng), offered in the glossary manager.
// Surname readings for persons (曾 zēng); characters without a reading are kept as written.
import { readPinyin } from '../../../glossary/readings/pinyin.ts';

export function pinyinOf(zh: string, person: boolean): string {
  return readPinyin(zh.trim(), { person })
    .map((c) => (c.han && c.pinyin ? c.pinyin : c.char))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
