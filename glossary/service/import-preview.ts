// What the import preview adds to the store's plan: the reader's warnings (they name lines), the
// column mapping and sheets of a spreadsheet, the languages found, and whether there is any
// Chinese or Korean at all (a file without either is said so, and the mapping is offered).
import type { ReadGlossary, ReadOptions } from '../formats/index.ts';
import { InputError } from '../errors.ts';
import type { ImportPlan } from '../model.ts';
import type { PlanCounts } from '../store/importer-sinks.ts';

/** The mapping the user chose (CLI flags, the preview's menus) as reader options. */
export function readOptions(
  fileName: string,
  request: { columns?: string[] | undefined; langMap?: string[] | undefined; sheet?: string | undefined },
): Omit<ReadOptions, 'onProgress'> {
  const options: Omit<ReadOptions, 'onProgress'> = {};
  if (request.columns !== undefined && request.columns.some((c) => c.trim() !== '')) options.columns = request.columns;
  if (request.sheet !== undefined && request.sheet.trim() !== '') options.sheet = request.sheet.trim();
  if (request.langMap !== undefined && request.langMap.length > 0) {
    const map: Record<string, string> = {};
    for (const pair of request.langMap) {
      const match = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(pair);
      if (!match) throw new InputError(fileName, `language map "${pair}" is not of the form from=to (e.g. und-Arab=ug)`);
      map[match[1]!] = match[2]!;
    }
    options.langMap = map;
  }
  return options;
}

function isChineseOrKorean(lang: string): boolean {
  const lower = lang.toLowerCase();
  return lower === 'zh' || lower === 'ko' || lower.startsWith('zh-') || lower.startsWith('ko-');
}

/** The plan with what the reader found; `languages` (terms per language) is counted from read.concepts when not given. */
export function previewPlan(read: ReadGlossary, plan: ImportPlan, languages: Record<string, number> = {}): ImportPlan {
  if (read.concepts.length > 0) for (const concept of read.concepts) for (const term of concept.terms) languages[term.lang] = (languages[term.lang] ?? 0) + 1;
  const out: ImportPlan = { ...plan, warnings: [...read.warnings, ...plan.warnings], languages, hasChineseOrKorean: Object.keys(languages).some(isChineseOrKorean) };
  if (read.table !== undefined) out.table = read.table;
  if (read.sheets !== undefined) out.sheets = read.sheets;
  if (read.sheet !== undefined) out.sheet = read.sheet;
  return out;
}

/** Warnings name lines the user may want all of: up to this many are listed (the count counts all). */
export const PREVIEW_WARNINGS = 1000;

/** A file's preview (ImportSession.preview) as the window and the CLI get it: first items of each list, counts of all. */
export function previewOfFile(preview: { plan: ImportPlan; counts: PlanCounts; read: ReadGlossary; languages: Record<string, number> }): ImportPlan {
  const { plan, counts, read, languages } = preview;
  const out = previewPlan(read, plan, languages);
  out.warnings = out.warnings.slice(0, PREVIEW_WARNINGS);
  out.counts = { ...counts, warnings: counts.warnings + read.warnings.length };
  return out;
}
