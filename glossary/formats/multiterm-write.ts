// MultiTerm XML export (<mtf>), read back by multiterm-read.ts and by MultiTerm's own import:
// conceptGrp > concept (number), descripGrp per field, languageGrp > language (lang upper case,
// type = English name), termGrp > term and its fields. Field names are MultiTerm's usual ones.

import type { Concept, ConceptInput, TermInput } from '../model.ts';
import { lines, termsByLanguage, toConceptInput } from './normalize.ts';
import { escapeXml } from './tbx-write.ts';
import type { ExportProgress } from './export-progress.ts';
import { reportEvery } from './export-progress.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function descrip(indent: string, type: string, value: string): string {
  return `${indent}<descripGrp><descrip type="${type}">${escapeXml(value)}</descrip></descripGrp>`;
}

function termGroup(term: TermInput): string[] {
  const out = ['      <termGrp>', `        <term>${escapeXml(term.text)}</term>`];
  if (term.status !== undefined) out.push(descrip('        ', 'Status', term.status));
  if (term.partOfSpeech !== undefined) out.push(descrip('        ', 'Part of Speech', term.partOfSpeech));
  if (term.established === true) out.push(descrip('        ', 'Established', 'yes'));
  for (const line of lines(term.note)) {
    const labelled = /^(termType|context): (.+)$/.exec(line);
    out.push(labelled ? descrip('        ', labelled[1] === 'termType' ? 'Term Type' : 'Context', labelled[2]!) : descrip('        ', 'Note', line));
  }
  out.push('      </termGrp>');
  return out;
}

export function exportMultiTerm(concepts: readonly (Concept | ConceptInput)[], onProgress?: ExportProgress): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<mtf>'];
  concepts.forEach((raw, index) => {
    reportEvery(onProgress, index + 1, concepts.length);
    const concept = toConceptInput(raw);
    out.push('  <conceptGrp>', `    <concept>${index + 1}</concept>`);
    if (concept.externalId !== undefined) out.push(descrip('    ', 'ID', concept.externalId));
    if (concept.category !== undefined && concept.category !== 'other') out.push(descrip('    ', 'Category', concept.category));
    if (concept.approval !== undefined) out.push(descrip('    ', 'Approval', concept.approval));
    if (concept.subjectField !== undefined) out.push(descrip('    ', 'Subject', concept.subjectField));
    if (concept.sourceIssue !== undefined) out.push(descrip('    ', 'Source', concept.sourceIssue));
    if (concept.sourceUrl !== undefined) out.push(descrip('    ', 'Source', concept.sourceUrl));
    const byLanguage = new Map<string, string[]>();
    for (const line of lines(concept.definition)) {
      const tagged = /^\[([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\] (.+)$/.exec(line);
      if (tagged && concept.terms.some((t) => t.lang === tagged[1])) byLanguage.set(tagged[1]!, [...(byLanguage.get(tagged[1]!) ?? []), tagged[2]!]);
      else out.push(descrip('    ', 'Definition', line));
    }
    for (const line of lines(concept.note)) out.push(descrip('    ', 'Note', line));
    for (const [lang, terms] of termsByLanguage(concept.terms)) {
      const name = languageNames.of(lang) ?? lang;
      out.push('    <languageGrp>', `      <language type="${escapeXml(name)}" lang="${escapeXml(lang.toUpperCase())}"/>`);
      for (const definition of byLanguage.get(lang) ?? []) out.push(descrip('      ', 'Definition', definition));
      for (const term of terms) out.push(...termGroup(term));
      out.push('    </languageGrp>');
    }
    out.push('  </conceptGrp>');
  });
  out.push('</mtf>', '');
  return out.join('\n');
}
