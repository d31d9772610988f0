// MultiTerm XML (<mtf>, what SDL/Trados MultiTerm exports): conceptGrp > concept (entry number),
// descripGrp > descrip type="…"; languageGrp > language lang="ZH" type="Chinese"; termGrp >
// term, descripGrp. The descrip types are the termbase's own field names, so they are matched
// loosely: definition, note/comment, subject, part of speech, status, category, approval,
// termType, context; any other field is kept as a "Field: value" note line.

import { SaxesParser } from 'saxes';
import { InputError } from '../errors.ts';
import type { ConceptInput, TermInput } from '../model.ts';
import { canonicalLanguageTag, parseApproval, parseCategory, parseTbxStatus, parseTermStatus } from './fields.ts';
import { languageFromName } from './language-names.ts';
import type { ParsedGlossary } from './parsed.ts';
import { addTermNoteField } from './term-note.ts';
import { MAX_XML_DEPTH } from './tbx-read.ts';

/** True when the XML's root element is <mtf>. */
export function isMultiTerm(text: string): boolean {
  return /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<mtf[\s>]/.test(text);
}

function fieldKind(type: string): string {
  const t = type.trim().toLowerCase().replace(/[\s_-]+/g, '');
  if (['definition', '정의', '定义'].includes(t)) return 'definition';
  if (['note', 'notes', 'comment', 'remark', '비고', '备注'].includes(t)) return 'note';
  if (['subject', 'subjectfield', 'domain', '분야'].includes(t)) return 'subject';
  if (['partofspeech', 'pos', '품사'].includes(t)) return 'pos';
  if (['status', 'termstatus', 'usage', 'usagestatus', 'administrativestatus'].includes(t)) return 'status';
  if (t === 'category' || t === '분류') return 'category';
  if (t === 'approval' || t === '승인') return 'approval';
  if (t === 'termtype') return 'termType';
  if (t === 'id' || t === 'entryid' || t === 'externalid') return 'id';
  if (t === 'established' || t === '관용') return 'established';
  if (t === 'context' || t === 'example') return 'context';
  if (t === 'source' || t === 'url') return 'source';
  return 'other';
}

interface Open {
  concept?: ConceptInput & { line: number; notes: string[]; definitions: string[] };
  lang?: string;
  term?: TermInput & { notes: string[] };
}

export async function parseMultiTerm(fileName: string, text: string, onProgress?: (done: number, total: number) => void): Promise<ParsedGlossary> {
  const parser = new SaxesParser({ position: true });
  const parsed: ParsedGlossary = { concepts: [], lines: [], warnings: [] };
  const open: Open = {};
  const path: string[] = [];
  let buffer = '';
  let descripType: string | undefined;
  const fail = (problem: string): never => {
    throw new InputError(fileName, problem, { line: parser.line, column: parser.column });
  };
  parser.on('error', (error) => fail(`malformed XML: ${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}`));
  parser.on('opentag', (node) => {
    path.push(node.name);
    if (path.length > MAX_XML_DEPTH) fail(`XML nested deeper than ${MAX_XML_DEPTH} levels; not a glossary`);
    buffer = '';
    const attr = (name: string) => (node.attributes[name] as string | undefined)?.trim();
    switch (node.name) {
      case 'conceptGrp': open.concept = { category: 'other', terms: [], line: parser.line, notes: [], definitions: [] }; break;
      case 'language': {
        const raw = attr('lang') ?? '';
        const lang = canonicalLanguageTag(raw.toLowerCase()) ?? languageFromName(attr('type') ?? '');
        if (lang === undefined) fail(`<language> with an unknown language lang="${raw}" type="${attr('type') ?? ''}"`);
        open.lang = lang;
        break;
      }
      case 'termGrp': open.term = { lang: open.lang ?? 'und', text: '', notes: [] }; break;
      case 'descrip': descripType = attr('type') ?? ''; break;
    }
  });
  parser.on('text', (chunk) => { buffer += chunk; });
  parser.on('closetag', (node) => {
    path.pop();
    const value = buffer.replace(/\uFEFF/g, '').replace(/[ \t\r\n]+/g, ' ').trim();
    buffer = '';
    const { concept, term } = open;
    switch (node.name) {
      // <concept> is MultiTerm's own entry number, renumbered by every export: not an id worth keeping.
      case 'term': if (term) term.text = value; break;
      case 'descrip': if (concept && value !== '') applyDescrip(concept, open.lang, term, descripType ?? '', value); descripType = undefined; break;
      case 'termGrp': {
        if (!concept || !term) break;
        if (term.text === '') parsed.warnings.push(`line ${parser.line}: empty <term> skipped`);
        else if (!concept.terms.some((t) => t.lang === term.lang && t.text === term.text)) {
          const { notes, ...plain } = term;
          if (notes.length > 0) plain.note = notes.join('\n');
          concept.terms.push(plain);
        }
        open.term = undefined;
        break;
      }
      case 'languageGrp': open.lang = undefined; break;
      case 'conceptGrp': {
        if (!concept) break;
        const { line, notes, definitions, ...input } = concept;
        if (notes.length > 0) input.note = notes.join('\n');
        if (definitions.length > 0) input.definition = definitions.join('\n');
        if (input.terms.length === 0) parsed.warnings.push(`line ${line}: entry has no terms; skipped`);
        else {
          parsed.concepts.push(input);
          parsed.lines.push(line);
          if (onProgress && parsed.concepts.length % 1000 === 0) onProgress(parsed.concepts.length, 0);
        }
        open.concept = undefined;
        break;
      }
    }
  });
  parser.write(text.replace(/^\uFEFF/, '')).close();
  return parsed;
}

function applyDescrip(
  concept: NonNullable<Open['concept']>,
  lang: string | undefined,
  term: Open['term'],
  type: string,
  value: string,
): void {
  const kind = fieldKind(type);
  if (term !== undefined) {
    switch (kind) {
      case 'pos': term.partOfSpeech = value; return;
      case 'status': {
        const status = parseTermStatus(value) ?? parseTbxStatus(value)?.status;
        if (status !== undefined) term.status = status;
        else term.notes.push(`${type}: ${value}`);
        return;
      }
      case 'termType': term.notes.push(addTermNoteField('termType', value)); return;
      case 'context': term.notes.push(addTermNoteField('context', value)); return;
      case 'note': term.notes.push(value); return;
      case 'established': if (/^(yes|true|1)$/i.test(value)) term.established = true; return;
      case 'definition': concept.definitions.push(`[${term.lang}] ${value}`); return;
      default: term.notes.push(`${type}: ${value}`); return;
    }
  }
  switch (kind) {
    case 'definition': concept.definitions.push(lang === undefined ? value : `[${lang}] ${value}`); return;
    case 'subject': concept.subjectField = concept.subjectField ? `${concept.subjectField}; ${value}` : value; return;
    case 'category': {
      const category = parseCategory(value);
      if (category !== undefined) concept.category = category;
      else concept.notes.push(`${type}: ${value}`);
      return;
    }
    case 'approval': {
      const approval = parseApproval(value);
      if (approval !== undefined) concept.approval = approval;
      else concept.notes.push(`${type}: ${value}`);
      return;
    }
    case 'source': if (/^https?:\/\//.test(value)) concept.sourceUrl = value; else concept.sourceIssue = value; return;
    case 'note': concept.notes.push(lang === undefined ? value : `[${lang}] ${value}`); return;
    case 'id': concept.externalId = value; return;
    default: concept.notes.push(`${type}: ${value}`);
  }
}
