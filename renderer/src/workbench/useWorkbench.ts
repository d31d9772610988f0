// What the workbench panes need from the editor's state: the source paragraph paired with the
// caret's draft paragraph (align.ts) and the glossary terms recognized in it, one per concept, in
// the order they appear. Computed from the deferred draft, so typing never waits for it, and only
// once the article's first findings are shown (its first use builds the script fold's tables).
import { useDeferredValue, useMemo } from 'react';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import { useAfterFirstFindings } from '../editor/afterFirstFindings.ts';
import { alignParagraphs, paragraphAt, paragraphsOf, sourceParagraphs, type SourceParagraph } from './align.ts';

export interface PairedParagraph {
  /** Index of the source among the article's sources. */
  source: number;
  start: number;
  end: number;
}

export interface Workbench {
  paired: PairedParagraph | null;
  /** Terms of the paired paragraph, one per concept (the n-th is Ctrl+n). */
  terms: RecognizedTerm[];
}

export function useWorkbench(body: string, sourceTexts: readonly string[], hits: Map<string, RecognizedTerm[]>, caretInBody: number | null): Workbench {
  const deferredBody = useDeferredValue(body);
  const settled = useAfterFirstFindings();
  const sources = useMemo(() => (settled ? sourceParagraphs(sourceTexts, (text) => hits.get(text) ?? []) : []), [settled, sourceTexts, hits]);
  const draft = useMemo(() => paragraphsOf(deferredBody), [deferredBody]);
  const pairs = useMemo(() => alignParagraphs(draft, sources), [draft, sources]);
  return useMemo(() => {
    // Before the caret is placed in the body, the first source paragraph with terms is shown.
    const index = caretInBody === null ? -1 : paragraphAt(draft, caretInBody);
    const paired: SourceParagraph | undefined = index >= 0 ? sources[pairs[index]!] : sources.find((p) => p.hits.length > 0);
    if (!paired) return { paired: null, terms: [] };
    const seen = new Set<number>();
    const terms = paired.hits.filter((hit) => !seen.has(hit.conceptId) && (seen.add(hit.conceptId), true));
    return { paired: { source: paired.source, start: paired.start, end: paired.end }, terms };
  }, [draft, sources, pairs, caretInBody]);
}
