// Row shapes of the glossary tables and their mapping to the domain model.
import type { ApprovalState, Category, Concept, ConceptInput, HistoryEntry, Term, TermStatus } from '../model.ts';

export interface ConceptRow {
  id: number;
  category: Category;
  definition: string | null;
  note: string | null;
  pinyin: string | null;
  subject_field: string | null;
  source_issue: string | null;
  source_url: string | null;
  approval: ApprovalState;
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface TermRow {
  id: number;
  concept_id: number;
  lang: string;
  text: string;
  folded: string;
  status: TermStatus;
  part_of_speech: string | null;
  note: string | null;
  established: number;
  position: number;
}

export interface HistoryRow {
  id: number;
  concept_id: number;
  at: string;
  who: string;
  action: HistoryEntry['action'];
  before_json: string | null;
  after_json: string | null;
}

export function toTerm(row: TermRow): Term {
  return {
    id: row.id,
    conceptId: row.concept_id,
    lang: row.lang,
    text: row.text,
    folded: row.folded,
    status: row.status,
    partOfSpeech: row.part_of_speech,
    note: row.note,
    established: row.established === 1,
  };
}

export function toConcept(row: ConceptRow, terms: Term[]): Concept {
  return {
    id: row.id,
    category: row.category,
    definition: row.definition,
    note: row.note,
    pinyin: row.pinyin ?? null,
    subjectField: row.subject_field,
    sourceIssue: row.source_issue,
    sourceUrl: row.source_url,
    approval: row.approval,
    externalId: row.external_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    terms,
  };
}

export function toHistoryEntry(row: HistoryRow): HistoryEntry {
  return {
    id: row.id,
    conceptId: row.concept_id,
    at: row.at,
    who: row.who,
    action: row.action,
    before: row.before_json === null ? null : fromHistoryJson(row.before_json, row.at),
    after: row.after_json === null ? null : fromHistoryJson(row.after_json, row.at),
  };
}

// History snapshots leave out what can be restored: null fields, defaults (approval proposed,
// term status preferred, established false), createdAt when it is the entry's time, updatedAt
// when it equals createdAt, and per term its conceptId and a folded key equal to the text; full
// snapshots read back unchanged. (An import's adds have no snapshot at all: see recordImportedAdds.)

const str = JSON.stringify;

/** A concept as stored in the history entry written at `at`. Built as text: imports write 100,000. */
export function historyJson(concept: Concept, at: string): string {
  let json = `{"id":${concept.id},"category":${str(concept.category)}`;
  if (concept.definition !== null) json += `,"definition":${str(concept.definition)}`;
  if (concept.note !== null) json += `,"note":${str(concept.note)}`;
  if (concept.pinyin !== null) json += `,"pinyin":${str(concept.pinyin)}`;
  if (concept.subjectField !== null) json += `,"subjectField":${str(concept.subjectField)}`;
  if (concept.sourceIssue !== null) json += `,"sourceIssue":${str(concept.sourceIssue)}`;
  if (concept.sourceUrl !== null) json += `,"sourceUrl":${str(concept.sourceUrl)}`;
  if (concept.approval !== 'proposed') json += `,"approval":${str(concept.approval)}`;
  if (concept.externalId !== null) json += `,"externalId":${str(concept.externalId)}`;
  if (concept.createdAt !== at) json += `,"createdAt":${str(concept.createdAt)}`;
  if (concept.updatedAt !== concept.createdAt) json += `,"updatedAt":${str(concept.updatedAt)}`;
  json += ',"terms":[';
  concept.terms.forEach((term, i) => {
    json += `${i === 0 ? '' : ','}{"id":${term.id},"lang":${str(term.lang)},"text":${str(term.text)}`;
    if (term.folded !== term.text) json += `,"folded":${str(term.folded)}`;
    if (term.status !== 'preferred') json += `,"status":${str(term.status)}`;
    if (term.partOfSpeech !== null) json += `,"partOfSpeech":${str(term.partOfSpeech)}`;
    if (term.note !== null) json += `,"note":${str(term.note)}`;
    if (term.established) json += ',"established":true';
    json += '}';
  });
  return `${json}]}`;
}

/** A history snapshot (written at `at`) as the whole concept; full snapshots read back as they are. */
export function fromHistoryJson(json: string, at: string): Concept {
  const c = JSON.parse(json) as Partial<Concept> & Pick<Concept, 'id'> & { terms: Partial<Term>[] };
  const createdAt = c.createdAt ?? at;
  return {
    id: c.id,
    category: c.category ?? 'other',
    definition: c.definition ?? null,
    note: c.note ?? null,
    pinyin: c.pinyin ?? null,
    subjectField: c.subjectField ?? null,
    sourceIssue: c.sourceIssue ?? null,
    sourceUrl: c.sourceUrl ?? null,
    approval: c.approval ?? 'proposed',
    externalId: c.externalId ?? null,
    createdAt,
    updatedAt: c.updatedAt ?? createdAt,
    terms: c.terms.map((t) => ({
      id: t.id!,
      conceptId: c.id,
      lang: t.lang!,
      text: t.text!,
      folded: t.folded ?? t.text!,
      status: t.status ?? 'preferred',
      partOfSpeech: t.partOfSpeech ?? null,
      note: t.note ?? null,
      established: t.established ?? false,
    })),
  };
}

/** A stored concept as input again (to merge an import into it, or to edit it). */
export function toInput(concept: Concept): ConceptInput {
  const input: ConceptInput = {
    category: concept.category,
    approval: concept.approval,
    terms: concept.terms.map((t) => ({
      lang: t.lang,
      text: t.text,
      status: t.status,
      ...(t.partOfSpeech !== null ? { partOfSpeech: t.partOfSpeech } : {}),
      ...(t.note !== null ? { note: t.note } : {}),
      ...(t.established ? { established: true } : {}),
    })),
  };
  if (concept.definition !== null) input.definition = concept.definition;
  if (concept.note !== null) input.note = concept.note;
  if (concept.pinyin !== null) input.pinyin = concept.pinyin;
  if (concept.subjectField !== null) input.subjectField = concept.subjectField;
  if (concept.sourceIssue !== null) input.sourceIssue = concept.sourceIssue;
  if (concept.sourceUrl !== null) input.sourceUrl = concept.sourceUrl;
  if (concept.externalId !== null) input.externalId = concept.externalId;
  return input;
}
