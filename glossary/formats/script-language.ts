// The language of a column without a usable header, from the scripts its cells are written in:
// Hangul → ko, Han → zh (simplified or traditional), kana → ja, Latin → en; any other script →
// "und-<Script>" (language undetermined), which the mapping step lets the user name.

type CellScript = 'ko' | 'cjk' | 'kana' | 'en' | `und-${string}`;

const OTHER_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'und-Arab'],
  [/\p{Script=Cyrillic}/u, 'und-Cyrl'],
  [/\p{Script=Greek}/u, 'und-Grek'],
  [/\p{Script=Hebrew}/u, 'und-Hebr'],
  [/\p{Script=Thai}/u, 'und-Thai'],
  [/\p{Script=Devanagari}/u, 'und-Deva'],
  [/\p{Script=Mongolian}/u, 'und-Mong'],
  [/\p{Script=Tibetan}/u, 'und-Tibt'],
];

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** The script class of one cell, or undefined for digits, punctuation and empty cells. */
export function cellScript(text: string): CellScript | undefined {
  if (KANA.test(text)) return 'kana';
  if (HANGUL.test(text)) return 'ko';
  if (HAN.test(text)) return 'cjk';
  for (const [pattern, tag] of OTHER_SCRIPTS) if (pattern.test(text)) return tag as CellScript;
  if (LATIN.test(text)) return 'en';
  return undefined;
}

/** Share of Han/kana cells that must hold kana for a column to be Japanese rather than Chinese. */
const KANA_SHARE = 0.1;

/** The language of a column from a sample of its cells; undefined when no cell has letters. */
export function columnLanguage(cells: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let kana = 0;
  for (const cell of cells) {
    const script = cellScript(cell);
    if (script === undefined) continue;
    if (script === 'kana') kana++;
    const key = script === 'kana' ? 'cjk' : script;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [key, count] of counts) if (best === undefined || count > counts.get(best)!) best = key;
  if (best !== 'cjk') return best;
  return kana >= KANA_SHARE * counts.get('cjk')! ? 'ja' : 'zh';
}

/** ISO 15924 code of each script class, for the preview (what a column's cells are written in). */
const SCRIPT_CODES: Record<string, string> = { ko: 'Hang', cjk: 'Hani', kana: 'Kana', en: 'Latn' };

/**
 * How many cells of a column are written in each script (ISO 15924 codes: Hani, Hang, Kana,
 * Latn, Arab…), most first: the preview shows why a column was read as its language, also when
 * its cells mix scripts (a Chinese column with some Latin acronyms is still Chinese: the majority).
 */
export function columnScripts(cells: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const cell of cells) {
    const script = cellScript(cell);
    if (script === undefined) continue;
    const code = SCRIPT_CODES[script] ?? script.replace(/^und-/, '');
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}
