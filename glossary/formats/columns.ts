// Spreadsheet header cells (CSV, TSV, XLSX) → what the column holds. Matching ignores case,
// surrounding spaces and `_`; English and Korean names are accepted:
//   terms:          zh/chinese/중국어/원어, ko/korean/한국어/번역어, en/english/영어,
//                   or any BCP 47 tag of a known language (zh-Hant, ja, vi …)
//   concept fields: category/분류, definition/정의, note/비고/메모, status/상태 (approval:
//                   proposed/approved, 제안/승인), source/출처 (issue and/or URL), url,
//                   issue, subject/분야, id
//   term details:   "<language>:<detail>" or "<language> <detail>" with detail status/상태,
//                   pos/품사, note/비고, established/관용 (e.g. "ko:status", "zh-Hant note",
//                   "한국어 관용"); "established"/"관용" alone means the Korean terms'.
// Field names win over language tags: "id" is the external id, not Indonesian.

import { canonicalLanguageTag } from './fields.ts';

export type ConceptField =
  | 'category' | 'definition' | 'note' | 'approval' | 'source' | 'sourceUrl' | 'sourceIssue' | 'subjectField' | 'externalId';
export type TermDetail = 'status' | 'partOfSpeech' | 'note' | 'established';

export type Column =
  | { kind: 'terms'; lang: string }
  | { kind: 'detail'; lang: string; detail: TermDetail }
  | { kind: 'concept'; field: ConceptField };

const LANGUAGE_NAMES: Record<string, string> = {
  chinese: 'zh', 중국어: 'zh', 원어: 'zh',
  korean: 'ko', 한국어: 'ko', 번역어: 'ko',
  english: 'en', 영어: 'en',
};

const CONCEPT_FIELDS: Record<string, ConceptField> = {
  category: 'category', 분류: 'category',
  definition: 'definition', 정의: 'definition',
  note: 'note', notes: 'note', comment: 'note', 비고: 'note', 메모: 'note',
  status: 'approval', 상태: 'approval', approval: 'approval', 승인: 'approval',
  source: 'source', 출처: 'source',
  url: 'sourceUrl', 'source url': 'sourceUrl', 링크: 'sourceUrl',
  issue: 'sourceIssue', 'source issue': 'sourceIssue', 호: 'sourceIssue',
  subject: 'subjectField', 'subject field': 'subjectField', subjectfield: 'subjectField', domain: 'subjectField', 분야: 'subjectField',
  id: 'externalId', 'external id': 'externalId', externalid: 'externalId',
};

const TERM_DETAILS: Record<string, TermDetail> = {
  status: 'status', 상태: 'status',
  pos: 'partOfSpeech', 'part of speech': 'partOfSpeech', partofspeech: 'partOfSpeech', 품사: 'partOfSpeech',
  note: 'note', 비고: 'note', 메모: 'note',
  established: 'established', 관용: 'established',
};

export const EXPECTED_COLUMNS =
  'zh, ko, en or another language tag, category, definition, note, status, source, established';

function normalize(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_]+/g, ' ');
}

function language(name: string): string | undefined {
  return LANGUAGE_NAMES[name] ?? (name === 'zh' || name === 'ko' || name === 'en' ? name : canonicalLanguageTag(name));
}

/** What a header cell names, or undefined when it names nothing we know. */
export function columnFor(header: string): Column | undefined {
  const name = normalize(header);
  if (name === 'established' || name === '관용') return { kind: 'detail', lang: 'ko', detail: 'established' };
  const field = CONCEPT_FIELDS[name];
  if (field !== undefined) return { kind: 'concept', field };
  const lang = language(name);
  if (lang !== undefined) return { kind: 'terms', lang };
  const split = /^(.+?)\s*(?::\s*|\s+)([^:]+)$/.exec(name);
  if (split) {
    const detailLang = language(split[1]!);
    const detail = TERM_DETAILS[split[2]!];
    if (detailLang !== undefined && detail !== undefined) return { kind: 'detail', lang: detailLang, detail };
  }
  return undefined;
}

/** The header the CSV export writes for a column (columnFor gives the column back). */
export function headerFor(column: Column): string {
  switch (column.kind) {
    case 'terms': return column.lang;
    case 'concept': return CONCEPT_HEADERS[column.field];
    case 'detail': {
      if (column.detail === 'established' && column.lang === 'ko') return 'established';
      return `${column.lang}:${column.detail === 'partOfSpeech' ? 'pos' : column.detail}`;
    }
  }
}

const CONCEPT_HEADERS: Record<ConceptField, string> = {
  category: 'category', definition: 'definition', note: 'note', approval: 'status', source: 'source',
  sourceUrl: 'url', sourceIssue: 'issue', subjectField: 'subject', externalId: 'id',
};

export function isChineseOrKorean(lang: string): boolean {
  return lang === 'zh' || lang === 'ko' || lang.startsWith('zh-') || lang.startsWith('ko-');
}
