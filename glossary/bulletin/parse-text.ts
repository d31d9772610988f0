// Import of a past issue from text: the PDF-converted text form (as the sample in
// ../shared/samples) or the Markdown form that export-markdown.ts writes. The form is detected:
// the Markdown form opens with `---` front matter or a `# ` title.
//
// Failures are InputError naming the file, the line and the problem, thrown before anything is
// returned, so a failed import changes nothing:
//   - binary content: a NUL character, or over 1% undecodable/control characters;
//   - truncated: the file ends without its colophon (or an article listed in CONTENTS is absent);
//   - no articles: no article and no short item at all.
import { assertText, decodeIssueBytes } from './input-guard.ts';
import type { BulletinIssue } from './model.ts';
import { parseMarkdownIssue } from './parse-markdown.ts';
import { parsePdfText } from './parse-pdf-text.ts';

export type IssueTextForm = 'markdown' | 'pdf-text';

export function detectIssueForm(text: string): IssueTextForm {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
  return first === '---' || first.startsWith('# ') ? 'markdown' : 'pdf-text';
}

export function parseIssueText(fileName: string, text: string): BulletinIssue {
  assertText(fileName, text);
  return detectIssueForm(text) === 'markdown' ? parseMarkdownIssue(fileName, text) : parsePdfText(fileName, text);
}

/** The same from a file's bytes (UTF-8, BOM allowed). */
export function parseIssueBytes(fileName: string, bytes: Uint8Array): BulletinIssue {
  return parseIssueText(fileName, decodeIssueBytes(fileName, bytes));
}
