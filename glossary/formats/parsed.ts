// What reading a glossary file gives: the concepts, where each starts in the file (for warnings
// that name lines), and what was skipped or guessed on the way (never silently).

import type { ConceptInput } from '../model.ts';

export interface ParsedGlossary {
  concepts: ConceptInput[];
  /** 1-based line (text files) or row (XLSX) where each concept starts; same order as concepts. */
  lines: number[];
  /** "line 12: empty <term> skipped" …, in file order. */
  warnings: string[];
}

export function emptyParsed(): ParsedGlossary {
  return { concepts: [], lines: [], warnings: [] };
}
