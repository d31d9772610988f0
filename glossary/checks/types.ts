// The contract every check rule follows. Rules are pure functions of a CheckContext; the engine
// (engine.ts) adds line/column, both message languages, suppression and a stable order.
import type { Category, TermStatus } from '../model.ts';

export type Severity = 'error' | 'warning' | 'style' | 'info';

export const RULE_IDS = [
  'term-forbidden',
  'term-mismatch',
  'term-missing',
  'term-typo',
  'josa',
  'number-mismatch',
  'currency-unit',
  'currency-rate',
  'number-format',
  'spacing',
  'inconsistent-rendering',
  'transcription',
  'untranslated',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Message templates of one rule family: key → text per language, with {name} placeholders. In Korean,
 * {name:은} appends the particle that agrees with the value (위화퉁을, CATL은, 1조 원을): never 은(는).
 * A template without zh falls back to English in the Chinese UI.
 */
export type MessageTable = Record<string, { ko: string; en: string; zh?: string }>;

/** What a rule returns: offsets into the draft, a message key and its parameters. */
export interface RawFinding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the draft, end exclusive. */
  start: number;
  end: number;
  messageKey: string;
  params?: Record<string, string | number>;
  suggestion?: string;
  /** Where in which source the evidence is (number-mismatch, term-missing). */
  source?: { index: number; start: number; end: number };
}

/** Where in which source a finding's evidence is, for the reader: the source's title and line. */
export interface SourceLocation {
  index: number;
  start: number;
  end: number;
  /** The source's first non-empty line (its title), shortened (set by the engine). */
  title?: string;
  /** 1-based line of `start` in that source (set by the engine). */
  line?: number;
}

export interface Finding extends Omit<RawFinding, 'source'> {
  source?: SourceLocation;
  /**
   * Which part of an article the offsets, line and column refer to, when an article is checked as a
   * whole (title, lead and body together); absent for a plain draft (the CLI's check).
   */
  field?: 'title' | 'lead' | 'body';
  line: number;
  column: number;
  /** The draft text the finding covers. */
  text: string;
  message: { ko: string; en: string; zh?: string };
  /** Suppression key: rule + text + a little context, stable across unrelated edits. */
  key: string;
  accepted: boolean;
}

/** A Korean rendering of a concept, as the checks need it. */
export interface Rendering {
  text: string;
  status: TermStatus;
  /** Established usage (홍콩, 공자): exempt from the transcription rule. */
  established: boolean;
}

/** A concept as the recognizer and the checks see it (built from the store, kept in memory). */
export interface IndexedConcept {
  id: number;
  category: Category;
  /** Chinese terms as written (either script). */
  zh: string[];
  ko: Rendering[];
  note: string | null;
}

/** A glossary term found in a Chinese source. Offsets are into the original source text. */
export interface SourceHit {
  start: number;
  end: number;
  conceptId: number;
  /** The source text that matched (as written, e.g. 專精特新). */
  text: string;
}

/** A Korean rendering found in the draft, possibly followed by a particle or a name suffix. */
export interface DraftHit {
  start: number;
  /** End of the rendering itself (before any particle/suffix). */
  end: number;
  conceptId: number;
  rendering: Rendering;
  /** The particle or suffix that follows (를, 시, 대학 …), '' when none. */
  tail: string;
}

/** The recognizer the checks use; implemented by glossary/match. */
export interface TermRecognizer {
  concept(id: number): IndexedConcept | undefined;
  /** The concept whose Chinese term folds to the same key as `zh`, if any. */
  conceptByZh(zh: string): IndexedConcept | undefined;
  findInSource(text: string): SourceHit[];
  findInDraft(text: string): DraftHit[];
}

/** Hangul already used for a Chinese text in archived issues (cross-issue consistency). */
export interface ArchivedRendering {
  zh: string;
  ko: string;
  issue: string;
}

export interface CheckContext {
  draft: string;
  sources: string[];
  /** CNY→KRW rate of the issue, set by the user; undefined = derive from the draft's own conversions. */
  rate?: number;
  /**
   * True when `rate` was not set by the user but derived by the engine from the issue's own
   * conversions (median over all articles); messages must say so.
   */
  rateDerived?: boolean;
  recognizer: TermRecognizer;
  archive: ArchivedRendering[];
}

export interface RuleFamily {
  /** The rule ids this family can emit. */
  rules: readonly RuleId[];
  messages: MessageTable;
  run(ctx: CheckContext): RawFinding[];
}
