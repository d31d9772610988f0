// How the import preview names columns, scripts and the places its warnings point to, in the
// window's language. The core writes "column 3" and "line 12" (the CLI prints them as they are);
// here they become 3열 / 第 3 列, 12행 / 第 12 行; warnings as a whole are importWarnings.ts's.
import type { TFunction } from 'i18next';
import type { ImportTable } from '../../../glossary/model.ts';
import { localizeImportWarning } from './importWarnings.ts';

type Column = ImportTable['columns'][number];

/** A column's header, or its number ("3열") when the file has no header there. */
export function columnLabel(column: Pick<Column, 'index' | 'header'>, t: TFunction): string {
  return column.header ?? t('import.column', { n: column.index + 1 });
}

/** "note:column 3" (an unnamed column kept as note lines) → "3열 (비고)"; "note:Remarks" → "Remarks (비고)". */
export function choiceLabel(choice: string, t: TFunction): string {
  const note = /^note:(.+)$/.exec(choice);
  if (note) return t('import.columnNote', { label: localizeColumns(note[1]!, t) });
  const words: Record<string, string> = {
    note: t('import.choiceNote'), ignore: t('import.choiceIgnore'), definition: t('import.choiceDefinition'), category: t('import.choiceCategory'),
  };
  return words[choice] ?? choice;
}

/** Every "column N" in a text, in the window's language. */
export function localizeColumns(text: string, t: TFunction): string {
  return text.replace(/\bcolumn (\d+)\b/g, (_, n: string) => t('import.column', { n: Number(n) }));
}

/** A warning in the window's language: its place ("line 12:", "row 4:", "column 3") always, its text when its kind is known. */
export function localizeWarning(warning: string, t: TFunction): string {
  return localizeImportWarning(warning, t, (text) => localizeColumns(text, t));
}

const SCRIPT_NAMES = (t: TFunction): Record<string, string> => ({
  Hani: t('import.scriptHani'), Hang: t('import.scriptHang'), Kana: t('import.scriptKana'),
  Latn: t('import.scriptLatn'), Arab: t('import.scriptArab'), Cyrl: t('import.scriptCyrl'),
});

/** "한자 7 · 라틴 문자 3": how many sampled cells of a column each script has. */
export function scriptsLabel(scripts: Record<string, number>, t: TFunction): string {
  const names = SCRIPT_NAMES(t);
  const list = Object.entries(scripts)
    .map(([code, count]) => `${names[code] ?? code} ${count}`)
    .join(' · ');
  return t('import.scripts', { list });
}
