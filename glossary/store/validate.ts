// Checks and normalizes a concept before it is written. One place, so the editor, the API and the
// importer reject the same things with the same words.
import {
  APPROVAL_STATES,
  CATEGORIES,
  TERM_STATUSES,
  type ConceptInput,
  type TermInput,
} from '../model.ts';

// BCP 47 shape (language, then subtags): zh, zh-Hant, ko-KR, en, yue-HK. Not a registry check.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** True when `tag` is `lang` or one of its subtags (zh-Hant is zh). */
export function isLanguage(tag: string, lang: string): boolean {
  const lower = tag.toLowerCase();
  return lower === lang || lower.startsWith(`${lang}-`);
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`${field} must be text`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

// Built only on failure: an import normalizes hundreds of thousands of terms.
function termLabel(index: number): string {
  return `term ${index + 1}`;
}

function normalizeTerm(term: TermInput, index: number): TermInput {
  if (typeof term !== 'object' || term === null) throw new Error(`${termLabel(index)} is not a term`);
  if (typeof term.lang !== 'string' || !LANGUAGE_TAG.test(term.lang)) {
    throw new Error(`${termLabel(index)}: language "${String(term.lang)}" is not a language tag such as zh, ko or en`);
  }
  const text = typeof term.text === 'string' ? term.text.trim() : '';
  if (text === '') throw new Error(`${termLabel(index)} (${term.lang}) has no text`);
  const status = term.status ?? 'preferred';
  if (!TERM_STATUSES.includes(status)) {
    throw new Error(`${termLabel(index)} (${text}): status "${status}" is not one of ${TERM_STATUSES.join(', ')}`);
  }
  const normalized: TermInput = { lang: term.lang, text, status };
  if (term.partOfSpeech !== undefined && term.partOfSpeech !== null) {
    const partOfSpeech = optionalText(term.partOfSpeech, `${termLabel(index)} part of speech`);
    if (partOfSpeech !== undefined) normalized.partOfSpeech = partOfSpeech;
  }
  if (term.note !== undefined && term.note !== null) {
    const note = optionalText(term.note, `${termLabel(index)} note`);
    if (note !== undefined) normalized.note = note;
  }
  if (term.established === true) normalized.established = true;
  return normalized;
}

/** Throws when two terms have the same language (any case) and text. */
function checkTermsOnce(terms: readonly TermInput[]): void {
  for (let i = 1; i < terms.length; i++) {
    const term = terms[i]!;
    const lang = term.lang.toLowerCase();
    for (let j = 0; j < i; j++) {
      const other = terms[j]!;
      if (other.text === term.text && other.lang.toLowerCase() === lang) throw new Error(`term "${term.text}" (${term.lang}) is listed twice`);
    }
  }
}

const OPTIONAL_FIELDS = ['definition', 'note', 'pinyin', 'subjectField', 'sourceIssue', 'sourceUrl', 'externalId'] as const;

/** Returns a trimmed copy with defaults filled in, or throws an Error saying what is wrong. */
export function normalizeConceptInput(input: ConceptInput): ConceptInput {
  if (typeof input !== 'object' || input === null) throw new Error('a concept must be an object');
  const category = input.category ?? 'other';
  if (!CATEGORIES.includes(category)) {
    throw new Error(`category "${String(category)}" is not one of ${CATEGORIES.join(', ')}`);
  }
  const approval = input.approval ?? 'proposed';
  if (!APPROVAL_STATES.includes(approval)) {
    throw new Error(`approval "${String(approval)}" is not one of ${APPROVAL_STATES.join(', ')}`);
  }
  if (!Array.isArray(input.terms) || input.terms.length === 0) throw new Error('a concept needs at least one term');
  const terms = input.terms.map(normalizeTerm);
  if (terms.length <= 64) checkTermsOnce(terms);
  else {
    const seen = new Set<string>();
    for (const term of terms) {
      const key = `${term.lang.toLowerCase()}\u0000${term.text}`;
      if (seen.has(key)) throw new Error(`term "${term.text}" (${term.lang}) is listed twice`);
      seen.add(key);
    }
  }
  const normalized: ConceptInput = { category, approval, terms };
  for (const field of OPTIONAL_FIELDS) {
    if (input[field] === undefined) continue;
    const value = optionalText(input[field], field);
    if (value !== undefined) normalized[field] = value;
  }
  return normalized;
}

/** A short human label for messages: the first Chinese term, else the first term. */
export function conceptLabel(input: ConceptInput): string {
  const terms = Array.isArray(input.terms) ? input.terms : [];
  const zh = terms.find((t) => typeof t?.lang === 'string' && isLanguage(t.lang, 'zh'));
  return (zh ?? terms[0])?.text ?? '(no terms)';
}
