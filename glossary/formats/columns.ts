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
//   per language:   "<language> word|term" (terms), "<language> descr|description|definition"
//                   (a definition in that language), e.g. "Korean_word", "English_descr"
// Field names win over language tags: "id" is the external id, not Indonesian. A bare tag is
// taken as a language only when it is two letters or has subtags ("ja", "zh-Hant", "zh_TW"),
// so a data row ("kde", "segment") is not mistaken for a header.

import { canonicalLanguageTag } from './fields.ts';
import { languageFromName } from './language-names.ts';

export type ConceptField =
  | 'category' | 'definition' | 'note' | 'approval' | 'source' | 'sourceUrl' | 'sourceIssue' | 'subjectField' | 'externalId' | 'pinyin';
export type TermDetail = 'status' | 'partOfSpeech' | 'note' | 'established';

export type Column =
  | { kind: 'terms'; lang: string }
  | { kind: 'detail'; lang: string; detail: TermDetail }
  | { kind: 'concept'; field: ConceptField }
  | { kind: 'definition'; lang: string }
  /** Kept as a note line "label: value" (a column we have no field for). */
  | { kind: 'extra'; label: string }
  | { kind: 'ignore' };

const LANGUAGE_NAMES: Record<string, string> = {
  chinese: 'zh', 중국어: 'zh', 원어: 'zh',
  korean: 'ko', 한국어: 'ko', 번역어: 'ko',
  english: 'en', 영어: 'en',
};

const CONCEPT_FIELDS: Record<string, ConceptField> = {
  comments: 'note', remarks: 'note', remark: 'note', 备注: 'note', 備註: 'note', 注释: 'note', 说明: 'note',
  类别: 'category', 分类: 'category', 分類: 'category',
  category: 'category', 분류: 'category',
  definition: 'definition', 정의: 'definition',
  note: 'note', notes: 'note', comment: 'note', 비고: 'note', 메모: 'note',
  status: 'approval', 상태: 'approval', approval: 'approval', 승인: 'approval',
  source: 'source', 출처: 'source',
  url: 'sourceUrl', 'source url': 'sourceUrl', 링크: 'sourceUrl',
  issue: 'sourceIssue', 'source issue': 'sourceIssue', 호: 'sourceIssue',
  subject: 'subjectField', 'subject field': 'subjectField', subjectfield: 'subjectField', domain: 'subjectField', 분야: 'subjectField',
  id: 'externalId', 'external id': 'externalId', externalid: 'externalId',
  pinyin: 'pinyin', 拼音: 'pinyin', 병음: 'pinyin',
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

const TAG_SHAPE = /^[a-z]{2}(?:-[a-z0-9]{2,8})*$|^[a-z]{3}(?:-[a-z0-9]{2,8})+$/;

function language(name: string): string | undefined {
  const known = LANGUAGE_NAMES[name] ?? languageFromName(name);
  if (known !== undefined) return known;
  return TAG_SHAPE.test(name) ? canonicalLanguageTag(name) : undefined;
}

const TERM_SUFFIXES = new Set(['word', 'words', 'term', 'terms', '용어', '术语', '術語']);
const DEFINITION_SUFFIXES = new Set(['descr', 'description', 'definition', 'def', '정의', '설명', '定义', '定義']);

/** "source"/"target" (and src/dst, 원문/번역): term columns whose languages the cells tell. */
export function pairRole(header: string): 'source' | 'target' | undefined {
  const name = normalize(header);
  if (['source', 'src', 'source term', 'source text', '원문', '源', '原文', 'source language'].includes(name)) return 'source';
  if (['target', 'dst', 'tgt', 'target term', 'target text', '번역', '译文', '目标', 'target language', 'translation'].includes(name)) return 'target';
  return undefined;
}

/** What a header cell names, or undefined when it names nothing we know. */
export function columnFor(header: string): Column | undefined {
  // zh_TW, en_US: a POSIX locale name is a language tag with underscores.
  if (/^\s*[a-z]{2,3}(?:_[a-z0-9]{2,8})+\s*$/i.test(header)) {
    const tag = canonicalLanguageTag(header);
    if (tag !== undefined) return { kind: 'terms', lang: tag };
  }
  const name = normalize(header);
  if (name === 'established' || name === '관용') return { kind: 'detail', lang: 'ko', detail: 'established' };
  const field = CONCEPT_FIELDS[name];
  if (field !== undefined) return { kind: 'concept', field };
  const lang = language(name);
  if (lang !== undefined) return { kind: 'terms', lang };
  const split = /^(.+?)\s*(?::\s*|\s+)([^:]+)$/.exec(name);
  if (split) {
    const detailLang = language(split[1]!);
    const suffix = split[2]!;
    const detail = TERM_DETAILS[suffix];
    if (detailLang !== undefined && detail !== undefined) return { kind: 'detail', lang: detailLang, detail };
    if (detailLang !== undefined && TERM_SUFFIXES.has(suffix)) return { kind: 'terms', lang: detailLang };
    if (detailLang !== undefined && DEFINITION_SUFFIXES.has(suffix)) return { kind: 'definition', lang: detailLang };
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
    case 'definition': return `${column.lang}:definition`;
    case 'extra': return column.label;
    case 'ignore': return 'ignore';
  }
}

/**
 * A mapping choice as the user writes it (CLI --columns, the preview's menus): a header name
 * columnFor knows ("zh", "ko:note", "definition"), "<lang>:definition", "ignore", or
 * "note:<label>" for a column kept as labelled note lines.
 */
export function columnFromChoice(choice: string): Column | undefined {
  const text = choice.trim();
  if (text === 'ignore' || text === '-') return { kind: 'ignore' };
  const extra = /^note:(.+)$/i.exec(text);
  if (extra) return { kind: 'extra', label: extra[1]!.trim() };
  const definition = /^(.+):definition$/i.exec(text);
  if (definition) {
    const lang = canonicalLanguageTag(definition[1]!.replace(/_/g, '-'));
    return lang === undefined ? undefined : { kind: 'definition', lang };
  }
  return columnFor(text) ?? (canonicalLanguageTag(text) !== undefined ? { kind: 'terms', lang: canonicalLanguageTag(text)! } : undefined);
}

/** The choice string for a column (columnFromChoice gives the column back). */
export function choiceFor(column: Column): string {
  return column.kind === 'extra' ? `note:${column.label}` : headerFor(column);
}

const CONCEPT_HEADERS: Record<ConceptField, string> = {
  category: 'category', definition: 'definition', note: 'note', approval: 'status', source: 'source',
  sourceUrl: 'url', sourceIssue: 'issue', subjectField: 'subject', externalId: 'id', pinyin: 'pinyin',
};

export function isChineseOrKorean(lang: string): boolean {
  return lang === 'zh' || lang === 'ko' || lang.startsWith('zh-') || lang.startsWith('ko-');
}
