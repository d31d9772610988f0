// Which Hangul syllables of a rendering stand for which Chinese characters: 위화퉁 / 亿華通 →
// 亿 위, 華 화, 通 퉁. The checks use it to see the same character written differently in two
// names (鸿 훙 here, 홍 there). Three tries, the first that fits wins:
//   1. every character matches one of its official transcriptions (any of its readings),
//   2. every character matches its Sino-Korean reading (with or without 두음법칙),
//   3. a dynamic programme over syllable counts that lets characters mismatch (the typo or the
//      variant being looked for) when the syllables resemble a reading, accepted only when no
//      more characters mismatch than match.
import { lookupSyllable } from './transcription.ts';
import { baseReading, hanjaChars, initialSoundRule } from './hanja-reading.ts';
import { readPinyin } from './pinyin.ts';
import { decompose, isHangulSyllable } from './hangul.ts';
import { isHan, traditionalChars } from './script.ts';
import { splitSpellings } from './split-spellings.ts';

export interface AlignedChar {
  char: string;
  hangul: string;
}

interface Token {
  char: string;
  han: boolean;
  transcriptions: Set<string>;
  readings: Set<string>;
  /** One official syllable written as two (시아오 for 샤오): a mismatch the third try may take. */
  splits: Set<string>;
}

// The house style adds a generic noun in Korean that the Chinese leaves out: 간쑤성(甘肅),
// 칭하이성(靑海), 쯔광 그룹(紫光). Tried only when the rendering as a whole does not align.
const KOREAN_SUFFIXES = ['자치구', '그룹', '성', '시', '현', '구'];

// A Han character renders at most two syllables (위안, 자오, 아이), three in a split spelling (시아오).
const MAX_SYLLABLES = 2;
const MAX_SPLIT_SYLLABLES = 3;

function tokensOf(hanzi: string): Token[] {
  const chars = [...hanzi].filter((c) => !/\s/u.test(c));
  const pinyin = readPinyin(chars.join(''));
  const personPinyin = readPinyin(chars.join(''), { person: true });
  const traditional = traditionalChars(chars.join(''));
  // Readings in context (不 부, 率 율, surname 沈 심) besides each character's own.
  const inContext = [hanjaChars(chars.join('')), hanjaChars(chars.join(''), { person: true })];
  return chars.map((char, i) => {
    const transcriptions = new Set<string>();
    const readings = new Set<string>();
    const splits = new Set<string>();
    if (isHan(char)) {
      for (const p of [pinyin[i]!.pinyin, personPinyin[i]!.pinyin, ...pinyin[i]!.readings]) {
        const hangul = p ? lookupSyllable(p) : undefined;
        if (hangul) transcriptions.add(hangul);
        if (p) for (const split of splitSpellings(p)) splits.add(split);
      }
      const base = baseReading(char, traditional[i]);
      if (base) {
        readings.add(base);
        readings.add(initialSoundRule(base));
        if (base === '렬' || base === '률') readings.add(base === '렬' ? '열' : '율');
      }
      for (const context of inContext) if (context[i]?.base) readings.add(context[i]!.reading);
    }
    return { char, han: isHan(char), transcriptions, readings, splits };
  });
}

// The rendering as units: each Hangul syllable, each other non-space character (lower case).
function unitsOf(hangul: string): string[] {
  return [...hangul].filter((c) => !/[\s·・]/u.test(c)).map((c) => c.toLowerCase());
}

type Candidates = (t: Token) => Set<string>;

interface Path {
  cost: number;
  mismatches: number;
  lengths: number[];
}

// A misspelling keeps something of the right syllable (위 for 이, 녕 for 넝, 브 for 부): same
// syllable count and, syllable by syllable, the same initial consonant or the same vowel. A
// translation (에너지 for 能源) resembles nothing and is never taken for a misspelling.
function resemblesAny(piece: string[], candidates: Set<string>): boolean {
  return [...candidates].some((candidate) => {
    const syllables = [...candidate];
    return (
      syllables.length === piece.length &&
      syllables.every((s, k) => {
        const a = decompose(s);
        const b = decompose(piece[k]!);
        return a.initial === b.initial || a.vowel === b.vowel;
      })
    );
  });
}

/**
 * Best split of `units` over `tokens`. A non-Han token must match its own text; a Han token takes
 * 1–2 Hangul syllables, free when they are one of its candidates, else, when mismatches are
 * allowed, a mismatch (cost 1) if they resemble a candidate.
 */
function bestSplit(tokens: Token[], units: string[], candidates: Candidates, allowMismatch: boolean): Path | null {
  const n = tokens.length;
  const m = units.length;
  // best[i][j]: best path aligning tokens[0..i) with units[0..j).
  const best: (Path | null)[][] = Array.from({ length: n + 1 }, () => new Array<Path | null>(m + 1).fill(null));
  best[0]![0] = { cost: 0, mismatches: 0, lengths: [] };
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const options = candidates(token);
    for (let j = 0; j <= m; j++) {
      const from = best[i]![j];
      if (!from) continue;
      const tries: { length: number; cost: number; mismatch: boolean }[] = [];
      if (!token.han) {
        if (units[j] === token.char.toLowerCase()) tries.push({ length: 1, cost: 0, mismatch: false });
      } else {
        const longest = allowMismatch ? MAX_SPLIT_SYLLABLES : MAX_SYLLABLES;
        for (let length = 1; length <= longest && j + length <= m; length++) {
          const piece = units.slice(j, j + length);
          if (!piece.every(isHangulSyllable)) break;
          const joined = piece.join('');
          if (length <= MAX_SYLLABLES && options.has(joined)) tries.push({ length, cost: 0, mismatch: false });
          else if (allowMismatch && token.splits.has(joined)) tries.push({ length, cost: 1, mismatch: true });
          else if (allowMismatch && length <= MAX_SYLLABLES && resemblesAny(piece, options)) tries.push({ length, cost: 1, mismatch: true });
        }
      }
      for (const t of tries) {
        const cost = from.cost + t.cost;
        const current = best[i + 1]![j + t.length];
        if (!current || cost < current.cost) {
          best[i + 1]![j + t.length] = {
            cost,
            mismatches: from.mismatches + (t.mismatch ? 1 : 0),
            lengths: [...from.lengths, t.length],
          };
        }
      }
    }
  }
  return best[n]![m] ?? null;
}

/** Aligns `hangul` (e.g. 위화퉁) with `hanzi` (亿華通): per Han character, the Hangul it renders, or null when no alignment exists. */
export function alignRendering(hangul: string, hanzi: string): AlignedChar[] | null {
  const tokens = tokensOf(hanzi);
  const units = unitsOf(hangul);
  const hanCount = tokens.filter((t) => t.han).length;
  if (hanCount === 0 || !units.some(isHangulSyllable)) return null;

  const align = (u: string[]) =>
    bestSplit(tokens, u, (t) => t.transcriptions, false) ??
    bestSplit(tokens, u, (t) => t.readings, false) ??
    acceptable(bestSplit(tokens, u, (t) => new Set([...t.transcriptions, ...t.readings]), true), hanCount);
  let path = align(units);
  if (!path) {
    const suffix = KOREAN_SUFFIXES.find((x) => units.length > x.length && units.slice(-x.length).join('') === x);
    if (suffix) path = align(units.slice(0, -suffix.length));
  }
  if (!path) return null;

  const out: AlignedChar[] = [];
  let at = 0;
  tokens.forEach((token, i) => {
    const length = path.lengths[i]!;
    if (token.han) out.push({ char: token.char, hangul: units.slice(at, at + length).join('') });
    at += length;
  });
  return out;
}

// A split where most characters are mismatched is not an alignment but a translation (경쟁형 과제).
function acceptable(path: Path | null, hanCount: number): Path | null {
  if (!path) return null;
  return path.mismatches <= hanCount - path.mismatches ? path : null;
}
