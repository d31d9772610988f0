// The Markdown form of an issue: readable in any Markdown viewer and read back by
// parse-markdown.ts into the same structure. Front matter carries the issue's fields; headings
// carry sections (##), articles and short items (###), sub-headings (####).
import type { Block, BulletinArticle, BulletinIssue, Lead, ShortItem } from './model.ts';
import { SECTION_TITLES } from './model.ts';
import { leadDateLabel, sourceDateLabel } from './inline.ts';
import { escapeCell, escapeInline, escapeLine } from './markdown-escape.ts';

export const MARKDOWN_IMAGE_LINE = '*[이미지]*';
export const COLOPHON_HEADING = '발행 정보';
export const SUMMARY_HEADING = '요약';

function leadLine(lead: Lead): string {
  return `■ ${escapeInline(lead.text)}${lead.date ? ` (${leadDateLabel(lead.date)})` : ''}`;
}

function tableLines(rows: string[][]): string[] {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (row: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => escapeCell(row[i] ?? '')).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}

function blockLines(block: Block): string[] {
  const indent = (depth: number): string => '  '.repeat(depth);
  switch (block.kind) {
    case 'bullet':
      return [`${indent(block.depth)}- ${escapeInline(block.text)}`];
    case 'footnote':
      return [`${indent(block.depth)}- ${'\\*'.repeat(block.marker.length)} ${escapeInline(block.text)}`];
    case 'note':
      return [`${indent(block.depth)}- ▶ ${escapeInline(block.text)}`];
    case 'subheading':
      return ['', `#### ${escapeInline(block.text)}`, ''];
    case 'table':
      return ['', `〈${escapeInline(block.title)}〉`, '', ...tableLines(block.rows), ''];
    case 'image':
      return ['', `〈${escapeInline(block.caption)}〉`, '', MARKDOWN_IMAGE_LINE, ''];
    case 'source':
      return ['', `\\* 출처: ${escapeInline(block.text)}`, ''];
    case 'paragraph':
      return ['', escapeLine(block.text), ''];
  }
}

function bodyLines(lead: Lead | null, blocks: Block[]): string[] {
  return [...(lead ? [leadLine(lead), ''] : []), ...blocks.flatMap(blockLines)];
}

function articleLines(article: BulletinArticle): string[] {
  const lines = ['', `### ${escapeLine(article.title)}`, ''];
  if (article.category !== '') lines.push(`분야: ${escapeInline(article.category)}`, '');
  lines.push(...bodyLines(article.lead, article.blocks));
  if (article.references.length > 0) {
    lines.push('', '참고자료', '');
    for (const ref of article.references) {
      lines.push(`- ☑ ${escapeInline(ref.title)}${ref.url ? ` <${ref.url}>` : ''}`);
    }
  }
  return lines;
}

function shortItemLines(item: ShortItem): string[] {
  const lines = ['', `### ${String(item.number).padStart(2, '0')} ${escapeInline(item.title)}`, ''];
  lines.push(...bodyLines(item.lead, item.blocks));
  if (item.source) {
    const date = item.source.date ? ` (${sourceDateLabel(item.source.date)})` : '';
    const url = item.source.url ? ` <${item.source.url}>` : '';
    lines.push('', `출처: ${escapeInline(item.source.name)}${date}${url}`);
  }
  return lines;
}

/** Front matter values are single-line; quote them as JSON strings so nothing needs escaping. */
function frontMatter(issue: BulletinIssue): string[] {
  const entries: [string, string | null][] = [
    ['title', issue.title],
    ['date', issue.date],
    ['publisher', issue.publisher],
    ['number', issue.number],
  ];
  return ['---', ...entries.filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'];
}

export function exportMarkdown(issue: BulletinIssue): string {
  const lines = [...frontMatter(issue), '', `# ${escapeLine(issue.title)}`, ''];
  lines.push(`## ${SUMMARY_HEADING}`, '', ...issue.summary.map((s) => `- ${escapeInline(s.text)}`), '');
  let number = 0;
  for (const section of issue.sections) {
    lines.push('', `## ${++number}. ${section.title}`, '');
    for (const article of section.articles) lines.push(...articleLines(article));
  }
  if (issue.shortItems.length > 0) {
    lines.push('', `## ${++number}. ${SECTION_TITLES.brief}`, '');
    for (const item of issue.shortItems) lines.push(...shortItemLines(item));
  }
  const { colophon } = issue;
  lines.push('', `## ${COLOPHON_HEADING}`, '');
  if (colophon.organization) lines.push(escapeLine(colophon.organization), '');
  for (const field of colophon.fields) lines.push(`- ${escapeInline(field.label)}: ${escapeInline(field.value)}`);
  if (colophon.url) lines.push('', `<${colophon.url}>`);
  // Collapse the blank runs the block helpers leave and end with one newline.
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
