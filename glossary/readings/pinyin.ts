// Pinyin of a Chinese text, one entry per character: pinyin-pro on the simplified text (it knows
// words, so 重庆 is chóng and 银行 háng), its surname mode for persons (曾 zēng, 单 shàn), then the
// corrections in resources/readings-zh-pinyin.json for what it still gets wrong (乐清 yuè).
import { pinyin as pinyinPro } from 'pinyin-pro';
import corrections from '../../resources/readings-zh-pinyin.json' with { type: 'json' };
import { isHan, simplifiedChars } from './script.ts';

export interface CharPinyin {
  /** The character as given (either script). */
  char: string;
  han: boolean;
  /** Pinyin with tone mark (qióng); '' for a non-Han character or one pinyin-pro does not know. */
  pinyin: string;
  /** Every reading pinyin-pro knows for the character, with tone marks (重 → zhòng, chóng). */
  readings: string[];
}

function splitSyllables(value: string): string[] {
  return value.trim().split(/\s+/u);
}

// Longest words first, so that a longer correction wins over a shorter one inside it.
const wordCorrections = Object.entries(corrections.words)
  .filter(([word]) => !word.startsWith('_'))
  .map(([word, reading]) => ({ word, syllables: splitSyllables(reading) }))
  .sort((a, b) => b.word.length - a.word.length);
const surnameCorrections = Object.entries(corrections.surnames as Record<string, { pinyin: string; source: string }>)
  .map(([surname, { pinyin }]) => ({ surname, syllables: splitSyllables(pinyin) }))
  .sort((a, b) => b.surname.length - a.surname.length);

for (const { word, syllables } of [...wordCorrections, ...surnameCorrections.map((s) => ({ word: s.surname, syllables: s.syllables }))]) {
  if ([...word].length !== syllables.length) {
    throw new Error(`resources/readings-zh-pinyin.json: ${word} has ${syllables.length} syllables`);
  }
}

/** Remove tone marks, keep ü and ê: 'lǘ' → 'lü', 'qióng' → 'qiong'. */
export function stripTone(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0304\u030c]/gu, '')
    .normalize('NFC')
    .toLowerCase();
}

// Every reading of one character (重 → zhòng, chóng), asked once per character: the readings do
// not depend on the context, and asking pinyin-pro for them with the text costs three times more.
const readingsOfChar = new Map<string, string[]>();

function charReadings(char: string): string[] {
  let readings = readingsOfChar.get(char);
  if (!readings) {
    const [item] = pinyinPro(char, { type: 'all', toneType: 'symbol', multiple: true });
    readings = item?.isZh ? [...new Set([item.pinyin, ...item.polyphonic])] : [];
    readingsOfChar.set(char, readings);
  }
  return readings;
}

// 一 and 不 change tone by the next syllable (tone sandhi): only pinyin-pro's pass over the text knows.
const TONE_SANDHI = new Set(['一', '不']);

/**
 * The readings of a text whose characters each have one reading (most names: 王伟, 李秀英): the
 * word pass of pinyin-pro, which costs most of a suggestion, cannot choose anything there.
 * undefined when some character has several readings, is unknown, or is not Han.
 */
function singleReadings(simplified: string[]): string[] | undefined {
  const out: string[] = [];
  for (const c of simplified) {
    if (TONE_SANDHI.has(c) || !isHan(c)) return undefined;
    const readings = charReadings(c);
    if (readings.length !== 1) return undefined;
    out.push(readings[0]!);
  }
  return out;
}

/** Pinyin per character of `zh` (any script). `person`: the first character(s) are a surname. */
export function readPinyin(zh: string, options: { person?: boolean } = {}): CharPinyin[] {
  const original = [...zh];
  const simplified = simplifiedChars(zh);
  // One reading per code point, chosen with the words around it (重庆 chóng); a character
  // pinyin-pro does not know comes back as itself.
  const items = singleReadings(simplified) ?? pinyinPro(simplified.join(''), {
    type: 'array',
    toneType: 'symbol',
    surname: options.person ? 'head' : 'off',
  });
  const out: CharPinyin[] = original.map((char, i) => {
    const han = isHan(char);
    const simple = simplified[i] ?? char;
    const reading = items[i];
    if (!han || reading === undefined || reading === simple) return { char, han, pinyin: '', readings: [] };
    const readings = charReadings(simple);
    return { char, han, pinyin: reading, readings: readings[0] === reading ? readings : [...new Set([reading, ...readings])] };
  });
  applyCorrections(simplified, out, options.person === true);
  return out;
}

function applyCorrections(simplified: string[], out: CharPinyin[], person: boolean): void {
  const text = simplified.join('');
  const fixed = new Array<boolean>(simplified.length).fill(false);
  // Code-unit offsets → code-point indexes (texts with supplementary characters).
  const pointAt = new Map<number, number>();
  let unit = 0;
  simplified.forEach((ch, i) => {
    pointAt.set(unit, i);
    unit += ch.length;
  });
  const setAt = (start: number, syllables: string[]) => {
    if (syllables.some((_, k) => fixed[start + k])) return;
    syllables.forEach((s, k) => {
      const entry = out[start + k]!;
      entry.pinyin = s;
      if (!entry.readings.includes(s)) entry.readings = [s, ...entry.readings];
      fixed[start + k] = true;
    });
  };
  if (person) {
    const surname = surnameCorrections.find((s) => text.startsWith(s.surname));
    if (surname) setAt(0, surname.syllables);
  }
  for (const { word, syllables } of wordCorrections) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const start = pointAt.get(at);
      if (start !== undefined) setAt(start, syllables);
    }
  }
}
