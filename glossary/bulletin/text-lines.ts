// Line-level recognition for the PDF-converted text form of an issue: what kind of line is this?
// Shared by the article, short-item, contents and colophon readers.
import { SECTION_TITLES } from './model.ts';
import type { SectionId } from '../model.ts';

export interface SourceLine {
  /** The line without trailing white space; non-breaking spaces are plain spaces. */
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export function toSourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.replace(/\u00a0/g, ' ').trimEnd(), line: index + 1 }));
}

/** Letters, digits and Hangul/Han only: how titles are compared across CONTENTS and body. */
export function titleKey(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** A section heading line (`정책동향`, `2. 기술동향`) → its id. */
export function sectionOf(text: string): SectionId | null {
  const bare = text.replace(/^\s*\d+\.\s*/, '').replace(/\s+/g, '');
  for (const [id, title] of Object.entries(SECTION_TITLES) as [SectionId, string][]) {
    if (bare === title) return id;
  }
  return null;
}

/**
 * Layout residue of the PDF: page numbers (`12 —`, `— 3 —`), a bare article number (`01`) and
 * lines holding only white space or a lone dash. They carry no content. (Inside a one-column
 * table a bare number is a row: article-reader.ts keeps it.)
 */
export function isLayoutArtefact(text: string): boolean {
  const bare = text.trim();
  if (bare !== '' && text.includes('\t')) return false; // a table row of the text form ("\t12"), never a page number
  return bare === '' || /^[—–-]?\s*\d{1,3}\s*[—–-]?$/.test(bare) || /^[—–-]+$/.test(bare);
}

/** `■ lead` (the PDF also yields 🔳 and □ for the square). */
const LEAD_MARK = /^\s*(?:■|🔳|□|◼|▪)\s*/u;

export function leadText(text: string): string | null {
  const match = LEAD_MARK.exec(text);
  return match ? text.slice(match[0].length).trim() : null;
}

/** A reference-list line marker: ☑ and what the PDF turns it into (▽, ☐, □, ✓). */
const REFERENCE_MARK = /^\s*(?:-\s*)?(?:☑|▽|☐|□|✓|✔|▢|◻)\s*/u;

export function stripReferenceMark(text: string): string {
  return text.replace(REFERENCE_MARK, '').replace(/^\s*-\s+/, '').trim();
}

/** `참고자료`, and the 2025 form's `<참고자료>` / `〈참고자료〉`. */
export function isReferencesHeading(text: string): boolean {
  return /^[<〈]?참고자료[>〉]?$/.test(text.replace(/\s+/g, ''));
}

/**
 * The 2025 form's bullets: `□` headline bullets (depth 0), `○ (발표 배경)` sub-bullets (depth 1),
 * and `-` under those (depth 2). null for any other line.
 */
export function kostecBullet(text: string): { depth: number; text: string } | null {
  const match = /^\s*(□|○|◦|-)\s+(\S.*)$/u.exec(text);
  if (!match) return null;
  const depth = match[1] === '□' ? 0 : match[1] === '-' ? 2 : 1;
  return { depth, text: match[2]!.trim() };
}

/** A line of the 2025 form's `<참고자료>`: `(25.12.19, 科技部) 标题 URL` → date, publisher, rest. */
export function datedReference(text: string): { date: string | null; publisher: string; rest: string } | null {
  const match = /^\s*\(\s*(\d{2})\.(\d{1,2})\.(\d{1,2})\.?\s*[,，]\s*([^)]+?)\s*\)\s*(.*)$/.exec(text);
  if (!match) return null;
  const [, yy, mm, dd, publisher, rest] = match;
  const month = Number(mm);
  const day = Number(dd);
  const date = month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `20${yy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  return { date, publisher: publisher!, rest: rest! };
}

/**
 * The header-row choice the editor writes after a table title: `〈표 1〉 [머리행]` (the first row
 * is a header) or `[머리행 없음]`. Without a marker the layout detects the header itself.
 */
const HEADER_MARK = /\s*\[(머리행|머리행 없음)\]$/;

export const TABLE_HEADER_MARK = { on: '[머리행]', off: '[머리행 없음]' } as const;

/** The header choice written on a table title line: true, false, or undefined (not chosen). */
export function tableHeaderChoice(text: string): boolean | undefined {
  const match = HEADER_MARK.exec(text.trim());
  return match ? match[1] === '머리행' : undefined;
}

/** `〈table title〉`, also when the PDF lost the opening bracket (a line ending in 〉). */
export function tableTitle(text: string): string | null {
  const bare = text.trim().replace(HEADER_MARK, '');
  if (!bare.startsWith('〈') && !(bare.endsWith('〉') && !bare.includes('〈'))) return null;
  return bare.replace(/^〈/, '').replace(/〉$/, '').replace(/\s+/g, ' ').trim();
}

export function isSubheading(text: string): boolean {
  return /^\d{1,2}\)\s+\S/.test(text);
}

export type BodyLine =
  | { kind: 'bullet'; depth: number; text: string }
  | { kind: 'footnote'; depth: number; marker: string; text: string }
  | { kind: 'note'; depth: number; text: string }
  | { kind: 'source'; text: string };

/**
 * `- text`, ` - text` (nested), `- * footnote`, `- ▶ note`, `* 출처: …` and a bare `* footnote`.
 * Depth is the indentation in characters before the dash (the text form uses one space).
 */
export function bodyLine(text: string): BodyLine | null {
  const dash = /^(\s*)-\s+(.*)$/.exec(text);
  const indent = dash ? Math.min(dash[1]!.length, 3) : 0;
  const content = dash ? dash[2]!.trim() : text.trim();
  const source = /^\*\s*출처\s*[:：]\s*(.*)$/.exec(content);
  if (source) return { kind: 'source', text: source[1]!.trim() };
  // `**bold**` at the start of a bullet is markup, not a footnote: a marker is followed by a space.
  const footnote = /^(\*{1,3})\s+(.*)$/.exec(content);
  if (footnote) {
    return { kind: 'footnote', depth: indent, marker: footnote[1]!, text: footnote[2]!.trim() };
  }
  if (!dash) return null;
  if (content.startsWith('▶')) return { kind: 'note', depth: indent, text: content.slice(1).trim() };
  return { kind: 'bullet', depth: indent, text: content };
}
