// TBX v3 (ISO 30042:2019) export in the TBX-Basic dialect, DCA style, readable by parseTbx.
// Where each field goes:
//   subjectField → <descrip type="subjectField">         (entry level)
//   definition   → <descripGrp><descrip type="definition"> one per line (entry level; the group
//                  keeps the LTAC schematron happy, whose bare-definition rule has a typo); a line
//                  "[lang] text" goes to that language's <langSec>
//   approval     → <transacGrp> (transactionType modification) holding the state in its note
//   partOfSpeech → the TBX-Basic value (noun, verb, adjective, adverb, other); a value of another
//                  spelling ("Proper Noun", "명사") is kept in a donghyang:pos marker note
//   term note    → "termType: …" lines → <termNote type="termType">, "context: …" → <descrip type="context">
//   sourceIssue  → <admin type="source">;  sourceUrl → <xref type="externalCrossReference">
//   note         → one <note> per line
//   category, approval, pinyin, a non-XML-name externalId → donghyang:… marker notes (tbx-markers.ts)
//   terms        → one <langSec> per language, <termSec> with partOfSpeech, administrativeStatus
//                  ('forbidden' is deprecatedTerm + a marker), notes, established marker
// Whitespace inside a value is normalised to single spaces, as the reader does.

import type { Concept, ConceptInput, TermInput } from '../model.ts';
import { tbxStatusValue } from './fields.ts';
import { lines, termsByLanguage, toConceptInput } from './normalize.ts';
import { formatMarker, generatedId, isXmlId } from './tbx-markers.ts';
import { splitTermNote } from './term-note.ts';
import { tbxPartOfSpeech } from './part-of-speech.ts';
import { reportEvery, type ExportProgress } from './export-progress.ts';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

const PROLOGUE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
  '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
  `<tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="${TBX_NAMESPACE}">`,
  '\t<tbxHeader>',
  '\t\t<fileDesc>',
  '\t\t\t<sourceDesc>',
  '\t\t\t\t<p>Glossary exported by Donghyang</p>',
  '\t\t\t</sourceDesc>',
  '\t\t</fileDesc>',
  '\t</tbxHeader>',
  '\t<text>',
  '\t\t<body>',
];
const EPILOGUE = ['\t\t</body>', '\t</text>', '</tbx>', ''];

// Characters XML 1.0 cannot carry at all (C0 controls other than tab/newline, lone surrogates…).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything escapeXml would change; most terms have none of it, and exports can be 50 MB.
const NEEDS_WORK = /[\u0000-\u001F&<>"'\uD800-\uDFFF\uFFFE\uFFFF]|  |^ | $/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A value as XML text: characters XML cannot carry dropped, whitespace runs collapsed, escaped. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(NOT_XML, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

function element(indent: number, name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
  return `${'\t'.repeat(indent)}<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

const TERM_TYPES = new Set(['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase']);

function termSection(term: TermInput): string[] {
  const out = ['\t\t\t\t\t<termSec>', element(6, 'term', term.text)];
  const pos = term.partOfSpeech === undefined ? undefined : tbxPartOfSpeech(term.partOfSpeech);
  if (pos !== undefined) out.push(element(6, 'termNote', pos, { type: 'partOfSpeech' }));
  if (term.status !== undefined) out.push(element(6, 'termNote', tbxStatusValue(term.status), { type: 'administrativeStatus' }));
  // Note lines keep their order (context sentences and notes are both auxiliary data); a
  // termType line becomes the termNote TBX-Basic has for it.
  const aux: string[] = [];
  for (const line of lines(term.note)) {
    const { fields } = splitTermNote(line);
    const field = fields[0];
    if (field?.field === 'termType' && TERM_TYPES.has(field.value)) out.push(element(6, 'termNote', field.value, { type: 'termType' }));
    else if (field?.field === 'context') aux.push(element(6, 'descrip', field.value, { type: 'context' }));
    else aux.push(element(6, 'note', line));
  }
  if (term.status === 'forbidden') out.push(element(6, 'note', formatMarker('status', 'forbidden')));
  if (pos !== undefined && pos !== term.partOfSpeech) out.push(element(6, 'note', formatMarker('pos', term.partOfSpeech!)));
  if (term.established === true) out.push(element(6, 'note', formatMarker('established', 'true')));
  out.push(...aux);
  out.push('\t\t\t\t\t</termSec>');
  return out;
}

function conceptEntry(concept: ConceptInput, index: number, usedIds: Set<string>): string[] {
  const externalId = concept.externalId;
  const id = externalId !== undefined && isXmlId(externalId) && !usedIds.has(externalId) ? externalId : generatedId(index);
  usedIds.add(id);
  const out = [`\t\t\t<conceptEntry id="${escapeXml(id)}">`];
  if (concept.subjectField !== undefined) out.push(element(4, 'descrip', concept.subjectField, { type: 'subjectField' }));
  const byLanguage = new Map<string, string[]>();
  for (const line of lines(concept.definition)) {
    const tagged = /^\[([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\] (.+)$/.exec(line);
    if (tagged && concept.terms.some((t) => t.lang === tagged[1])) {
      byLanguage.set(tagged[1]!, [...(byLanguage.get(tagged[1]!) ?? []), tagged[2]!]);
      continue;
    }
    out.push('\t\t\t\t<descripGrp>', element(5, 'descrip', line, { type: 'definition' }), '\t\t\t\t</descripGrp>');
  }
  if (concept.sourceIssue !== undefined) out.push(element(4, 'admin', concept.sourceIssue, { type: 'source' }));
  if (concept.sourceUrl !== undefined) {
    out.push(element(4, 'xref', concept.sourceUrl, { type: 'externalCrossReference', target: concept.sourceUrl }));
  }
  if (concept.category !== undefined && concept.category !== 'other') {
    out.push(element(4, 'note', formatMarker('category', concept.category)));
  }
  if (concept.approval !== undefined) {
    out.push('\t\t\t\t<transacGrp>', element(5, 'transac', 'modification', { type: 'transactionType' }), element(5, 'note', concept.approval), '\t\t\t\t</transacGrp>');
  }
  if (concept.pinyin !== undefined) out.push(element(4, 'note', formatMarker('pinyin', concept.pinyin)));
  if (externalId !== undefined && id !== externalId) out.push(element(4, 'note', formatMarker('externalId', externalId)));
  for (const line of lines(concept.note)) out.push(element(4, 'note', line));
  for (const [lang, terms] of termsByLanguage(concept.terms)) {
    out.push(`\t\t\t\t<langSec xml:lang="${escapeXml(lang)}">`);
    for (const definition of byLanguage.get(lang) ?? []) {
      out.push('\t\t\t\t\t<descripGrp>', element(6, 'descrip', definition, { type: 'definition' }), '\t\t\t\t\t</descripGrp>');
    }
    for (const term of terms) out.push(...termSection(term));
    out.push('\t\t\t\t</langSec>');
  }
  out.push('\t\t\t</conceptEntry>');
  return out;
}

/** TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style. Round-trips through parseGlossaryFile. */
export function exportTbx(concepts: readonly (Concept | ConceptInput)[], onProgress?: ExportProgress): string {
  const usedIds = new Set<string>();
  const body = concepts.flatMap((concept, index) => {
    reportEvery(onProgress, index + 1, concepts.length);
    return conceptEntry(toConceptInput(concept), index, usedIds);
  });
  return [...PROLOGUE, ...body, ...EPILOGUE].join('\n');
}
