// The import's warnings in the window's language. The core writes them in English (the CLI prints
// them as they are), as "<place>: <what happened>"; each kind of warning the readers and the
// planner write has a pattern here and a key in resources/locales. A warning of a kind not listed
// keeps its English text, with its place translated (e2e/unit/renderer/glossary/importWarnings.test.ts
// makes every kind the core writes from real files and checks none is left in English).
import type { TFunction } from 'i18next';

type Params = Record<string, string | number>;
interface Kind {
  pattern: RegExp;
  key: string;
  params?: (match: RegExpExecArray, t: TFunction) => Params;
}

/** What happened, after the place. Order matters: the last is the catch-all of invalid entries. */
const KINDS: Kind[] = [
  {
    pattern: /^the last row has (\d+) of (\d+) cells and the file ends without a line break: was the file cut short\?$/,
    key: 'importWarning.cutShort',
    params: (m) => ({ have: Number(m[1]), of: Number(m[2]) }),
  },
  { pattern: /^empty <term>(?: \(([^)]+)\))? skipped$/, key: 'importWarning.emptyTerm', params: (m) => ({ lang: m[1] ? ` (${m[1]})` : '' }) },
  { pattern: /^entry(?: "(.*)")? has no terms; skipped$/, key: 'importWarning.noTerms', params: (m) => ({ id: m[1] ? ` "${m[1]}"` : '' }) },
  {
    pattern: /^cannot tell where the term ends and its translation begins \("(.*)"\); skipped$/,
    key: 'importWarning.spaceAligned',
    params: (m) => ({ text: m[1]! }),
  },
  {
    pattern: /^column (\d+) "(.*)" repeats an earlier column; kept as note lines$/,
    key: 'importWarning.repeatedColumn',
    params: (m, t) => ({ n: Number(m[1]), column: t('import.column', { n: Number(m[1]) }), label: m[2]! }),
  },
  { pattern: /^title row above the header skipped \("(.*)"\)$/, key: 'importWarning.titleRow', params: (m) => ({ text: m[1]! }) },
  { pattern: /^no term in the term columns; row skipped$/, key: 'importWarning.rowWithoutTerm' },
  { pattern: /^(.+) listed twice in the entry; kept once$/, key: 'importWarning.listedTwice', params: (m) => ({ terms: m[1]! }) },
  { pattern: /^(.+); skipped$/, key: 'importWarning.invalid', params: (m) => ({ problem: m[1]! }) }, // the problem stays the core's text
];

/** Warnings about the whole file, with no place. */
const FILE_KINDS: Kind[] = [
  { pattern: /^no column holds terms: choose what each column is in the mapping \(--columns [^)]*\)$/, key: 'importWarning.noTermColumn' },
  { pattern: /^… and (\d+) more rows without a term skipped$/, key: 'importWarning.moreWithoutTerm', params: (m) => ({ count: Number(m[1]) }) },
];

function translate(kinds: Kind[], text: string, t: TFunction): string | undefined {
  for (const kind of kinds) {
    const match = kind.pattern.exec(text);
    if (match) return t(kind.key, kind.params?.(match, t) ?? {});
  }
  return undefined;
}

/** "line 12", "row 4", 'sheet "용어" row 4', "entry 3", each with an optional " (label)". */
const PLACE = /^((?:sheet "[^"]*" )?(?:line|row|entry) \d+)((?: \((?:[^()]|\([^()]*\))*\))?): /;

/** The place in the window's language. */
export function localizePlace(place: string, t: TFunction): string {
  return place
    .replace(/^line (\d+)$/, (_, line: string) => t('import.duplicateLine', { line: Number(line) }))
    .replace(/^row (\d+)$/, (_, row: string) => t('import.warningRow', { row: Number(row) }))
    .replace(/^entry (\d+)$/, (_, n: string) => t('importWarning.entry', { n: Number(n) }))
    .replace(/^sheet "([^"]*)" row (\d+)$/, (_, sheet: string, row: string) => `${sheet} · ${t('import.warningRow', { row: Number(row) })}`);
}

/** A warning wholly in the window's language when its kind is known; else its place alone. */
export function localizeImportWarning(warning: string, t: TFunction, columns: (text: string) => string): string {
  const place = PLACE.exec(warning);
  if (place === null) return translate(FILE_KINDS, warning, t) ?? columns(warning);
  const body = warning.slice(place[0].length);
  const where = `${localizePlace(place[1]!, t)}${place[2]}`;
  return `${where}: ${translate(KINDS, body, t) ?? columns(body)}`;
}
