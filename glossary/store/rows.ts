// Row shapes of the glossary tables and their mapping to the domain model.
import type { ApprovalState, Category, Concept, ConceptInput, HistoryEntry, Term, TermStatus } from '../model.ts';

export interface ConceptRow {
  id: number;
  category: Category;
  definition: string | null;
  note: string | null;
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
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as Concept),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as Concept),
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
  if (concept.subjectField !== null) input.subjectField = concept.subjectField;
  if (concept.sourceIssue !== null) input.sourceIssue = concept.sourceIssue;
  if (concept.sourceUrl !== null) input.sourceUrl = concept.sourceUrl;
  if (concept.externalId !== null) input.externalId = concept.externalId;
  return input;
}
