// The front of the text form: CONTENTS (sections and `category • title` lines), then the 요약
// bullets (one per main article), up to the first section heading of the body.
import type { ArticleSectionId, TextLine } from './model.ts';
import { bodyLine, isLayoutArtefact, sectionOf, type SourceLine } from './text-lines.ts';

export interface ContentsEntry {
  section: ArticleSectionId;
  category: string;
  title: string;
  line: number;
}

export interface FrontMatter {
  entries: ContentsEntry[];
  summary: TextLine[];
  /** Lines in the front that fit nowhere. */
  unplaced: TextLine[];
  /** Index of the first body line (the first section heading after the front). */
  bodyStart: number;
  /** The CONTENTS heading's line, or null when the issue has none. */
  contentsLine: number | null;
}

// `기술전략 • title`, `지 역 • title`, `기 업 · title`: the category may be letter-spaced.
const ENTRY = /^\s*([^•·]{1,12}?)\s*[•·]\s*(\S.*)$/;

export function readFrontMatter(lines: SourceLine[], end: number): FrontMatter {
  const contentsIndex = lines.findIndex((l, i) => i < end && /^(contents|목차)$/i.test(l.text.trim()));
  const entries: ContentsEntry[] = [];
  const summary: TextLine[] = [];
  const unplaced: TextLine[] = [];
  let section: ArticleSectionId | null = null;
  let i = contentsIndex < 0 ? 0 : contentsIndex + 1;
  let inSummary = false;
  for (; i < end; i++) {
    const { text, line } = lines[i]!;
    if (isLayoutArtefact(text)) continue;
    const sectionId = sectionOf(text);
    const numbered = /^\s*\d+\.\s/.test(text);
    if (sectionId !== null && (!numbered || inSummary || contentsIndex < 0)) break; // body begins
    if (sectionId !== null) {
      if (sectionId !== 'brief') section = sectionId;
      continue;
    }
    const bullet = bodyLine(text);
    if (bullet?.kind === 'bullet' && bullet.depth === 0) {
      inSummary = true;
      summary.push({ text: bullet.text, line });
      continue;
    }
    const entry = inSummary ? null : ENTRY.exec(text);
    if (entry && section !== null) {
      entries.push({ section, category: entry[1]!.replace(/\s+/g, ''), title: entry[2]!.trim(), line });
      continue;
    }
    // A line before the body that is no entry and no summary bullet: could not be placed
    // (in the sample, a garbled category tag).
    if (contentsIndex >= 0) unplaced.push({ text: text.trim(), line });
    else break; // no CONTENTS: the body starts at the first line that is not a summary bullet
  }
  return { entries, summary, unplaced, bodyStart: i, contentsLine: contentsIndex < 0 ? null : lines[contentsIndex]!.line };
}
