// The Markdown form of an issue: readable in any Markdown viewer and read back by
// parse-markdown.ts into the same structure. Front matter carries the issue's fields; headings
// carry sections (##), articles and short items (###), sub-headings (####).
import type { Block, BulletinArticle, BulletinIssue, IssueStyle, Lead, Reference, ShortItem } from './model.ts';
import { SECTION_TITLES } from './model.ts';
import { leadDateLabel, sourceDateLabel } from './inline.ts';
import { escapeCell, escapeInline, escapeLine } from './markdown-escape.ts';

export const MARKDOWN_IMAGE_LINE = '*[이미지]*';
export const COLOPHON_HEADING = '발행 정보';
export const SUMMARY_HEADING = '요약';

/**
 * What each style writes after a bullet's `-` at depth 0…3: nothing in the 2024 house style; in the
 * 2025 KOSTEC style □ headline bullets, ○ sub-bullets, plain `-` under those, · below.
 */
export const BULLET_MARKS: Record<IssueStyle, readonly string[]> = {
  'house-2024': ['', '', '', ''],
  'kostec-2025': ['□ ', '○ ', '', '· '],
};
/** The 참고자료 heading line of each style. */
export const REFERENCES_HEADING: Record<IssueStyle, string> = { 'house-2024': '참고자료', 'kostec-2025': '<참고자료>' };

function leadLine(lead: Lead): string {
  return `■ ${escapeInline(lead.text)}${lead.date ? ` (${leadDateLabel(lead.date)})` : ''}`;
}

function tableLines(rows: string[][]): string[] {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (row: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => escapeCell(row[i] ?? '')).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}

function blockLines(block: Block, style: IssueStyle): string[] {
  const indent = (depth: number): string => '  '.repeat(depth);
  switch (block.kind) {
    case 'bullet':
      return [`${indent(block.depth)}- ${BULLET_MARKS[style][Math.min(block.depth, 3)]}${escapeInline(block.text)}`];
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

function bodyLines(lead: Lead | null, blocks: Block[], style: IssueStyle): string[] {
  return [...(lead ? [leadLine(lead), ''] : []), ...blocks.flatMap((b) => blockLines(b, style))];
}

/** 2024: `- ☑ 标题 <URL>`; 2025: `- (25.12.19, 科技部) 标题 <URL>`. */
function referenceLine(ref: Reference, style: IssueStyle): string {
  const url = ref.url ? ` <${ref.url}>` : '';
  if (style === 'house-2024') return `- ☑ ${escapeInline(ref.title)}${url}`;
  const date = ref.date ? `${ref.date.slice(2, 4)}.${Number(ref.date.slice(5, 7))}.${Number(ref.date.slice(8, 10))}` : null;
  const prefix = date && ref.publisher ? `(${date}, ${escapeInline(ref.publisher)}) ` : '';
  return `- ${prefix}${escapeInline(ref.title)}${url}`;
}

function articleLines(article: BulletinArticle, style: IssueStyle): string[] {
  const lines = ['', `### ${escapeLine(article.title)}`, ''];
  if (article.category !== '') lines.push(`분야: ${escapeInline(article.category)}`, '');
  lines.push(...bodyLines(article.lead, article.blocks, style));
  if (article.references.length > 0) {
    lines.push('', escapeInline(REFERENCES_HEADING[style]), '');
    for (const ref of article.references) lines.push(referenceLine(ref, style));
  }
  return lines;
}

function shortItemLines(item: ShortItem, style: IssueStyle): string[] {
  const lines = ['', `### ${String(item.number).padStart(2, '0')} ${escapeInline(item.title)}`, ''];
  lines.push(...bodyLines(item.lead, item.blocks, style));
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
    ['subtitle', issue.subtitle?.trim() || null],
    ['date', issue.date],
    ['publisher', issue.publisher],
    ['number', issue.number],
    ['style', issue.style && issue.style !== 'house-2024' ? issue.style : null],
  ];
  return ['---', ...entries.filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'];
}

export function exportMarkdown(issue: BulletinIssue): string {
  const style = issue.style ?? 'house-2024';
  const lines = [...frontMatter(issue), '', `# ${escapeLine(issue.title)}`, ''];
  lines.push(`## ${SUMMARY_HEADING}`, '', ...issue.summary.map((s) => `- ${escapeInline(s.text)}`), '');
  let number = 0;
  for (const section of issue.sections) {
    lines.push('', `## ${++number}. ${section.title}`, '');
    for (const article of section.articles) lines.push(...articleLines(article, style));
  }
  if (issue.shortItems.length > 0) {
    lines.push('', `## ${++number}. ${SECTION_TITLES.brief}`, '');
    for (const item of issue.shortItems) lines.push(...shortItemLines(item, style));
  }
  const { colophon } = issue;
  lines.push('', `## ${COLOPHON_HEADING}`, '');
  if (colophon.organization) lines.push(escapeLine(colophon.organization), '');
  for (const field of colophon.fields) lines.push(`- ${escapeInline(field.label)}: ${escapeInline(field.value)}`);
  if (colophon.url) lines.push('', `<${colophon.url}>`);
  // Collapse the blank runs the block helpers leave and end with one newline.
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
