// OmegaT glossary export: its magic first line, then one line per source term, tab-separated,
// no header: source term, target term, comment (OmegaT's glossary.txt, UTF-8). OmegaT has one
// target per line, so a concept with several renderings gives several lines; the comment carries
// the concept's note on one line.

import type { Concept, ConceptInput } from '../model.ts';
import { toConceptInput } from './normalize.ts';

export const OMEGAT_FIRST_LINE = '# Glossary in tab-separated format -*- coding: utf-8 -*-';

function isLang(tag: string, lang: string): boolean {
  return tag === lang || tag.startsWith(`${lang}-`);
}

/** A cell without the characters that would break the line format. */
function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

export function exportOmegaT(
  concepts: readonly (Concept | ConceptInput)[],
  languages: { source: string; target: string } = { source: 'zh', target: 'ko' },
): string {
  const lines = [OMEGAT_FIRST_LINE];
  for (const raw of concepts) {
    const concept = toConceptInput(raw);
    const sources = concept.terms.filter((t) => isLang(t.lang, languages.source) && t.status !== 'forbidden');
    const targets = concept.terms.filter((t) => isLang(t.lang, languages.target) && t.status !== 'deprecated' && t.status !== 'forbidden');
    const comment = cell([concept.note, concept.definition].filter((x) => x !== undefined).join(' / '));
    for (const source of sources) {
      for (const target of targets.length > 0 ? targets : [undefined]) {
        const row = [cell(source.text), target === undefined ? '' : cell(target.text)];
        if (comment !== '') row.push(comment);
        lines.push(row.join('\t'));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
