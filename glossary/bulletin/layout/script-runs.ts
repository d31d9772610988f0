// Text split by language, so every output can tag Chinese as Chinese (lang zh-Hans / zh-Hant,
// the Chinese font) and the rest as Korean. A lone hanja inside Korean (中 과기부, 前 센터장,
// 성(省)) is Korean usage and stays Korean; two or more Han characters in a row are Chinese,
// traditional when any of them folds to another (simplified) character.
import { foldChar } from '../../text/fold.ts';
import type { TextLang } from './tokens.ts';

export interface ScriptRun {
  text: string;
  lang: TextLang;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;
// Chinese punctuation that belongs to a Chinese run when it sits between Han characters.
const HAN_PUNCT = /[《》〈〉「」『』【】、，。：；！？“”·]/u;

function chineseLang(text: string): TextLang {
  for (const ch of text) if (HAN.test(ch) && foldChar(ch) !== ch) return 'zh-Hant';
  return 'zh-Hans';
}

export function scriptRuns(text: string): ScriptRun[] {
  const chars = [...text];
  const runs: ScriptRun[] = [];
  let plain = '';
  let i = 0;
  while (i < chars.length) {
    if (!HAN.test(chars[i]!)) {
      plain += chars[i++];
      continue;
    }
    let end = i;
    let hanCount = 0;
    while (end < chars.length && (HAN.test(chars[end]!) || (HAN_PUNCT.test(chars[end]!) && end + 1 < chars.length && HAN.test(chars[end + 1]!)))) {
      if (HAN.test(chars[end]!)) hanCount++;
      end++;
    }
    const han = chars.slice(i, end).join('');
    if (hanCount < 2) plain += han;
    else {
      if (plain) runs.push({ text: plain, lang: 'ko' });
      plain = '';
      runs.push({ text: han, lang: chineseLang(han) });
    }
    i = end;
  }
  if (plain) runs.push({ text: plain, lang: 'ko' });
  return runs;
}
