// CSV export: UTF-8 with a byte order mark and CRLF line ends (what Excel opens correctly), a
// header row and one row per concept, read back by parseGlossaryFile. Columns:
//   id (when any concept has one), category, one term column per language (zh first, then other
//   Chinese variants, ko, then the rest in order of appearance), each followed by the detail
//   columns its terms need ("zh:status" only when a status differs from first = preferred,
//   others = admitted; "zh:pos", "zh:note"; "established" for Korean), definition, note,
//   pinyin (when used), subject (when used), source (issue and URL), status (approval, when used).

import { stringify } from 'csv-stringify/sync';
import type { Concept, ConceptInput, TermInput } from '../model.ts';
import { joinCellList } from './cell-list.ts';
import { headerFor } from './columns.ts';
import type { Column, TermDetail } from './columns.ts';
import { toConceptInput } from './normalize.ts';
import { reportEvery, type ExportProgress } from './export-progress.ts';

function languageRank(lang: string): number {
  if (lang === 'zh') return 0;
  if (lang.startsWith('zh-')) return 1;
  if (lang === 'ko') return 2;
  return 3;
}

function positionalStatus(index: number): TermInput['status'] {
  return index === 0 ? 'preferred' : 'admitted';
}

function detailValue(term: TermInput, detail: TermDetail): string {
  switch (detail) {
    // No status is preferred, as the store saves it.
    case 'status': return term.status ?? 'preferred';
    case 'partOfSpeech': return term.partOfSpeech ?? '';
    case 'note': return term.note ?? '';
    case 'established': return term.established === true ? 'yes' : '';
  }
}

function termsOf(concept: ConceptInput, lang: string): TermInput[] {
  return concept.terms.filter((term) => term.lang === lang);
}

/** Statuses are written only for concepts whose statuses the term order cannot express. */
function statusNeeded(terms: readonly TermInput[]): boolean {
  return terms.some((term, i) => (term.status ?? 'preferred') !== positionalStatus(i));
}

function detailNeeded(concept: ConceptInput, lang: string, detail: TermDetail): boolean {
  const terms = termsOf(concept, lang);
  return detail === 'status' ? statusNeeded(terms) : terms.some((term) => detailValue(term, detail) !== '');
}

function chooseColumns(concepts: readonly ConceptInput[]): Column[] {
  const languages = [...new Set(['zh', 'ko', ...concepts.flatMap((c) => c.terms.map((t) => t.lang))])]
    .map((lang, order) => ({ lang, order }))
    .sort((a, b) => languageRank(a.lang) - languageRank(b.lang) || a.order - b.order)
    .map(({ lang }) => lang);
  const uses = (test: (c: ConceptInput) => boolean): boolean => concepts.some(test);
  const columns: Column[] = [];
  if (uses((c) => c.externalId !== undefined)) columns.push({ kind: 'concept', field: 'externalId' });
  columns.push({ kind: 'concept', field: 'category' });
  for (const lang of languages) {
    columns.push({ kind: 'terms', lang });
    for (const detail of ['status', 'partOfSpeech', 'note', 'established'] as const) {
      if (uses((c) => detailNeeded(c, lang, detail))) columns.push({ kind: 'detail', lang, detail });
    }
  }
  columns.push({ kind: 'concept', field: 'definition' }, { kind: 'concept', field: 'note' });
  if (uses((c) => c.pinyin !== undefined)) columns.push({ kind: 'concept', field: 'pinyin' });
  if (uses((c) => c.subjectField !== undefined)) columns.push({ kind: 'concept', field: 'subjectField' });
  columns.push({ kind: 'concept', field: 'source' });
  if (uses((c) => c.approval !== undefined)) columns.push({ kind: 'concept', field: 'approval' });
  return columns;
}

function cellFor(concept: ConceptInput, column: Column): string {
  switch (column.kind) {
    case 'terms': return joinCellList(termsOf(concept, column.lang).map((term) => term.text));
    case 'detail': {
      if (!detailNeeded(concept, column.lang, column.detail)) return '';
      return joinCellList(termsOf(concept, column.lang).map((term) => detailValue(term, column.detail)));
    }
    case 'concept':
      switch (column.field) {
        case 'source': return joinCellList([concept.sourceIssue ?? '', concept.sourceUrl ?? ''].filter((s) => s !== ''));
        case 'category': return concept.category ?? 'other';
        default: return concept[column.field] ?? '';
      }
    default: return '';
  }
}

/** The header row and one row per concept, as the CSV and XLSX exports write them. */
export function glossaryTable(concepts: readonly (Concept | ConceptInput)[], onProgress?: ExportProgress): string[][] {
  const inputs = concepts.map(toConceptInput);
  const columns = chooseColumns(inputs);
  return [
    columns.map(headerFor),
    ...inputs.map((concept, index) => {
      reportEvery(onProgress, index + 1, inputs.length);
      return columns.map((column) => cellFor(concept, column));
    }),
  ];
}

/** CSV with a header row, UTF-8 with BOM (Excel-friendly), one row per concept. Round-trips. */
export function exportCsv(concepts: readonly (Concept | ConceptInput)[], onProgress?: ExportProgress): string {
  const rows = glossaryTable(concepts, onProgress);
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a bare LF; a
  // multi-line note has LFs, so quote on any line break. A cell a spreadsheet would run as a
  // formula (=, +, -, @ first) gets a leading apostrophe, which import takes off again (csv-read.ts).
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true })}`;
}
