// Collects what the TBX reader finds inside one conceptEntry (v3) / termEntry (v2) and turns it
// into a ConceptInput. The reader decides where a value sits (entry, language or term level);
// this file decides what it means for our model.
//
// Mapping (both TBX versions, DCA and DCT):
//   entry  subjectField → subjectField (several joined with "; ")
//   entry  definition → definition; language/term level definitions are added as "[lang] text"
//          lines when there is more than one definition, verbatim when there is just one
//   entry  note → note (one line per <note>); langSec notes become "[lang] text" lines
//   entry  admin source → sourceIssue, or sourceUrl when it is a URL
//   entry  xref externalCrossReference → sourceUrl
//   term   administrativeStatus / normativeAuthorization → status (supersededTerm → deprecated,
//          with a line in the term note saying so)
//   term   administrativeStatus / normativeAuthorization / usageStatus (TBX v3, TBX-Min) → status
//   term   partOfSpeech → partOfSpeech, note → note
//   term   termType, context → "termType: …", "context: …" lines of the term note (see term-note.ts)
//   language-level definitions keep their language: "[lang] text" lines (the writer puts them back)
//   transacGrp holding "approved"/"proposed" (our export) → approval
//   donghyang:… marker notes → category, approval, externalId, established, forbidden status, pos
// Empty <term/> (Weblate writes one for an untranslated entry) is skipped with a warning naming
// its line; an entry left with no term at all is skipped the same way.
// Not kept: sources of definitions, other transactions, images.

import { InputError } from '../errors.ts';
import type { Category, ConceptInput, TermInput } from '../model.ts';
import { parseApproval, parseCategory, parseTbxStatus } from './fields.ts';
import { GENERATED_ID, parseMarker } from './tbx-markers.ts';
import { addTermNoteField } from './term-note.ts';

export interface Position {
  line: number;
  column: number;
}

const URL_PATTERN = /^https?:\/\/\S+$/i;

class TermBuilder {
  text: string | undefined;
  readonly notes: string[] = [];
  readonly term: TermInput;
  constructor(readonly lang: string, readonly position: Position) {
    this.term = { lang, text: '' };
  }
}

export class EntryBuilder {
  private readonly subjectFields: string[] = [];
  private readonly definitions: { lang?: string; text: string }[] = [];
  private readonly notes: string[] = [];
  private readonly sources: string[] = [];
  private readonly urls: string[] = [];
  private readonly terms: TermBuilder[] = [];
  private currentTerm: TermBuilder | undefined;
  private category: Category | undefined;
  private approval: ConceptInput['approval'];
  private externalId: string | undefined;
  private pinyin: string | undefined;

  constructor(
    private readonly fileName: string,
    id: string | undefined,
    private readonly position: Position,
    private readonly warnings: string[],
  ) {
    if (id !== undefined && id !== '' && !GENERATED_ID.test(id)) this.externalId = id;
  }

  private fail(problem: string, at: Position): never {
    throw new InputError(this.fileName, problem, at);
  }

  startTerm(lang: string, at: Position): void {
    this.currentTerm = new TermBuilder(lang, at);
  }

  endTerm(): void {
    const builder = this.currentTerm;
    this.currentTerm = undefined;
    if (builder === undefined) return;
    if (builder.text === undefined || builder.text === '') {
      this.warnings.push(`line ${builder.position.line}: empty <term> (${builder.lang}) skipped`);
      return;
    }
    builder.term.text = builder.text;
    if (builder.notes.length > 0) builder.term.note = builder.notes.join('\n');
    this.terms.push(builder);
  }

  get line(): number {
    return this.position.line;
  }

  /** The approval our TBX export writes as transactional data. */
  setApproval(value: string, at: Position): void {
    const approval = parseApproval(value);
    if (approval === undefined) this.fail(`unknown approval state "${value}"`, at);
    this.approval = approval;
  }

  get inTerm(): boolean {
    return this.currentTerm !== undefined;
  }

  setTermText(text: string, at: Position): void {
    const term = this.currentTerm;
    if (term === undefined) this.fail('<term> outside a term section', at);
    if (term.text !== undefined) this.fail('two <term> elements in one term section', at);
    term.text = text;
  }

  /** A data category at entry level; `type` is the TBX name in lower case. */
  addEntryData(type: string, text: string, target: string | undefined, at: Position): void {
    switch (type) {
      case 'subjectfield': this.subjectFields.push(text); break;
      case 'definition': this.definitions.push({ text }); break;
      case 'note': this.addEntryNote(text, at); break;
      case 'source': (URL_PATTERN.test(text) ? this.urls : this.sources).push(text); break;
      case 'externalcrossreference': this.urls.push(target ?? text); break;
    }
  }

  addLanguageData(lang: string, type: string, text: string): void {
    if (type === 'definition') this.definitions.push({ lang, text });
    else if (type === 'note') this.notes.push(`[${lang}] ${text}`);
  }

  addTermData(type: string, text: string, at: Position): void {
    const builder = this.currentTerm;
    if (builder === undefined) return;
    switch (type) {
      case 'administrativestatus':
      case 'usagestatus':
      case 'normativeauthorization': {
        const status = parseTbxStatus(text);
        if (status === undefined) this.fail(`unknown term status "${text}"`, at);
        builder.term.status = status.status;
        if (status.remark !== undefined) builder.notes.push(status.remark);
        break;
      }
      case 'partofspeech': builder.term.partOfSpeech ??= text; break;
      case 'termtype': builder.notes.push(addTermNoteField('termType', text)); break;
      case 'context': builder.notes.push(addTermNoteField('context', text)); break;
      case 'definition': this.definitions.push({ lang: builder.lang, text }); break;
      case 'note': this.addTermNote(builder, text, at); break;
    }
  }

  private addEntryNote(text: string, at: Position): void {
    const marker = parseMarker(text);
    if (marker === undefined) {
      this.notes.push(text);
      return;
    }
    switch (marker.key) {
      case 'category': {
        const category = parseCategory(marker.value);
        if (category === undefined) this.fail(`unknown category "${marker.value}"`, at);
        this.category = category;
        break;
      }
      case 'approval': {
        const approval = parseApproval(marker.value);
        if (approval === undefined) this.fail(`unknown approval state "${marker.value}"`, at);
        this.approval = approval;
        break;
      }
      case 'externalId': this.externalId = marker.value; break;
      case 'pinyin': this.pinyin = marker.value; break;
      default: this.notes.push(text);
    }
  }

  private addTermNote(builder: TermBuilder, text: string, at: Position): void {
    const marker = parseMarker(text);
    if (marker?.key === 'established') {
      builder.term.established = marker.value === 'true';
    } else if (marker?.key === 'pos') {
      builder.term.partOfSpeech = marker.value;
    } else if (marker?.key === 'status') {
      if (marker.value !== 'forbidden') this.fail(`unknown term status "${marker.value}"`, at);
      builder.term.status = 'forbidden';
    } else {
      builder.notes.push(text);
    }
  }

  finish(): ConceptInput | undefined {
    if (this.terms.length === 0) {
      this.warnings.push(`line ${this.position.line}: entry${this.externalId ? ` "${this.externalId}"` : ''} has no terms; skipped`);
      return undefined;
    }
    const concept: ConceptInput = { category: this.category ?? 'other', terms: this.terms.map((t) => t.term) };
    const definition = this.definitionText();
    if (definition !== undefined) concept.definition = definition;
    if (this.notes.length > 0) concept.note = this.notes.join('\n');
    if (this.subjectFields.length > 0) concept.subjectField = this.subjectFields.join('; ');
    if (this.sources.length > 0) concept.sourceIssue = this.sources.join('; ');
    if (this.urls[0] !== undefined) concept.sourceUrl = this.urls[0];
    if (this.approval !== undefined) concept.approval = this.approval;
    if (this.externalId !== undefined) concept.externalId = this.externalId;
    if (this.pinyin !== undefined) concept.pinyin = this.pinyin;
    return concept;
  }

  private definitionText(): string | undefined {
    const parts = this.definitions;
    if (parts.length === 0) return undefined;
    return parts.map((p) => (p.lang === undefined ? p.text : `[${p.lang}] ${p.text}`)).join('\n');
  }
}
