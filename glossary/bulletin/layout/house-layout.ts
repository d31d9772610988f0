// The one description of the house layout: an issue becomes a flat list of layout nodes (cover,
// CONTENTS, 요약, section bars, rubrics, titles, leads, bullets, notes, tables, sources,
// 참고자료, colophon). The HTML export, the print view and the DOCX export each render this list
// with the measures of tokens.ts, so they show the same thing in the same order.
import type { Block, BulletinArticle, BulletinIssue, IssueStyle, Lead, Reference, ShortItem } from '../model.ts';
import { SECTION_TITLES } from '../model.ts';
import { issueDateLabel, leadDateLabel, sourceDateLabel } from '../inline.ts';
import { printedIssueNumber } from '../issue-stated.ts';
import { layoutTable, type TableLayout } from './table-layout.ts';
import { SIZE, TEXT_WIDTH_MM } from './tokens.ts';

export type HeadingLevel = 1 | 2 | 3;

export interface ContentsEntry {
  rubric: string;
  title: string;
  anchor: string;
}

export type LayoutNode =
  | { kind: 'cover'; organization: string; title: string; subtitle: string | null; date: string; number: string | null; publisher: string }
  | { kind: 'contents'; sections: { title: string; entries: ContentsEntry[] }[] }
  | { kind: 'summary'; title: string; items: string[] }
  /** A heading: level 1 the section bar (new page), 2 an article title, 3 a sub-heading. */
  | { kind: 'heading'; level: HeadingLevel; text: string; anchor: string | null }
  | { kind: 'rubric'; text: string }
  | { kind: 'lead'; marker: string; text: string; date: string | null }
  | { kind: 'bullet'; marker: string; depth: number; text: string }
  | { kind: 'footnote'; marker: string; depth: number; text: string }
  | { kind: 'note'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; title: string; table: TableLayout }
  | { kind: 'image'; caption: string }
  | { kind: 'source'; label: string; text: string }
  | { kind: 'references'; title: string; items: { mark: string; prefix: string; title: string; url: string | null }[] }
  | { kind: 'colophon'; organization: string; title: string; fields: { label: string; value: string }[]; url: string | null };

export type LayoutKind = LayoutNode['kind'];

export const DEFAULT_ORGANIZATION = 'KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER';

interface StyleMarks {
  lead: string;
  bullets: string[];
  referencesTitle: string;
  referenceMark: string;
}

const MARKS: Record<IssueStyle, StyleMarks> = {
  'house-2024': { lead: '■', bullets: ['-', '-', '-', '-'], referencesTitle: '참고자료', referenceMark: '☑' },
  'kostec-2025': { lead: '■', bullets: ['□', '○', '-', '·'], referencesTitle: '<참고자료>', referenceMark: '' },
};

/** The table's line length in ems of its font: what table-layout.ts shares out. */
const TABLE_LINE_EMS = (TEXT_WIDTH_MM / 25.4) * 72 / SIZE.table;

function leadNode(lead: Lead | null, marks: StyleMarks): LayoutNode[] {
  return lead ? [{ kind: 'lead', marker: marks.lead, text: lead.text, date: lead.date ? leadDateLabel(lead.date) : null }] : [];
}

function blockNodes(block: Block, marks: StyleMarks): LayoutNode[] {
  switch (block.kind) {
    case 'bullet':
      return [{ kind: 'bullet', marker: marks.bullets[Math.min(block.depth, 3)]!, depth: Math.min(block.depth, 3), text: block.text }];
    case 'footnote':
      return [{ kind: 'footnote', marker: block.marker, depth: Math.min(block.depth + 1, 4), text: block.text }];
    case 'note':
      return [{ kind: 'note', depth: Math.min(block.depth, 3), text: block.text }];
    case 'subheading':
      return [{ kind: 'heading', level: 3, text: block.text, anchor: null }];
    case 'table':
      return [{ kind: 'table', title: block.title, table: layoutTable(block.rows, TABLE_LINE_EMS, block.header) }];
    case 'image':
      return [{ kind: 'image', caption: block.caption }];
    case 'source':
      return [{ kind: 'source', label: '* 출처: ', text: block.text }];
    case 'paragraph':
      return [{ kind: 'paragraph', text: block.text }];
  }
}

function referenceItem(ref: Reference, marks: StyleMarks) {
  const date = ref.date ? `${ref.date.slice(2, 4)}.${Number(ref.date.slice(5, 7))}.${Number(ref.date.slice(8, 10))}` : null;
  const prefix = date || ref.publisher ? `(${[date, ref.publisher].filter(Boolean).join(', ')}) ` : '';
  return { mark: marks.referenceMark, prefix, title: ref.title, url: ref.url };
}

function articleNodes(article: BulletinArticle, anchor: string, rubric: string | null, marks: StyleMarks): LayoutNode[] {
  const nodes: LayoutNode[] = [];
  if (rubric) nodes.push({ kind: 'rubric', text: rubric });
  nodes.push({ kind: 'heading', level: 2, text: article.title, anchor });
  nodes.push(...leadNode(article.lead, marks), ...article.blocks.flatMap((b) => blockNodes(b, marks)));
  if (article.references.length > 0) {
    nodes.push({ kind: 'references', title: marks.referencesTitle, items: article.references.map((r) => referenceItem(r, marks)) });
  }
  return nodes;
}

function shortItemNodes(item: ShortItem, marks: StyleMarks): LayoutNode[] {
  const nodes: LayoutNode[] = [
    { kind: 'heading', level: 2, text: `${String(item.number).padStart(2, '0')} ${item.title}`, anchor: null },
    ...leadNode(item.lead, marks),
    ...item.blocks.flatMap((b) => blockNodes(b, marks)),
  ];
  if (item.source) {
    const date = item.source.date ? ` (${sourceDateLabel(item.source.date)})` : '';
    nodes.push({ kind: 'source', label: `* 출처: ${item.source.name}${date} `, text: item.source.url ?? '' });
  }
  return nodes;
}

export function houseLayout(issue: BulletinIssue): LayoutNode[] {
  const marks = MARKS[issue.style ?? 'house-2024'];
  const organization = issue.colophon.organization ?? DEFAULT_ORGANIZATION;
  const anchors = new Map<BulletinArticle, string>();
  issue.sections.forEach((s) => s.articles.forEach((a, i) => anchors.set(a, `${s.id}-${i + 1}`)));
  const nodes: LayoutNode[] = [
    { kind: 'cover', organization, title: issue.title, subtitle: issue.subtitle?.trim() || null, date: issueDateLabel(issue.date), number: issue.number ? printedIssueNumber(issue.number) : null, publisher: issue.publisher },
    {
      kind: 'contents',
      sections: [
        ...issue.sections.map((s, i) => ({
          title: `${i + 1}. ${s.title}`,
          entries: s.articles.map((a) => ({ rubric: a.category, title: a.title, anchor: anchors.get(a)! })),
        })),
      ],
    },
  ];
  if (issue.summary.length > 0) nodes.push({ kind: 'summary', title: '요약', items: issue.summary.map((s) => s.text) });
  issue.sections.forEach((section, i) => {
    nodes.push({ kind: 'heading', level: 1, text: `${i + 1}. ${section.title}`, anchor: section.id });
    let rubric = '';
    for (const article of section.articles) {
      const shown = article.category && article.category !== rubric ? article.category : null;
      rubric = article.category;
      nodes.push(...articleNodes(article, anchors.get(article)!, shown, marks));
    }
  });
  if (issue.shortItems.length > 0) {
    nodes.push({ kind: 'heading', level: 1, text: `${issue.sections.length + 1}. ${SECTION_TITLES.brief}`, anchor: 'brief' });
    for (const item of issue.shortItems) nodes.push(...shortItemNodes(item, marks));
  }
  nodes.push({
    kind: 'colophon',
    organization,
    title: issue.title,
    fields: issue.colophon.fields.map((f) => ({ label: f.label, value: f.value })),
    url: issue.colophon.url,
  });
  return nodes;
}

/** The text of every heading-like node, in order: what must never end a page. */
export function headingTexts(nodes: LayoutNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'heading' || n.kind === 'rubric' ? [n.text] : []));
}
