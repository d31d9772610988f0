// The issue as a Word document in the house layout: cover (title, issue date, publisher),
// CONTENTS, 요약, the sections with their articles (Word heading styles: Heading 1 for sections,
// Heading 2 for articles and short items, Heading 3 for sub-headings), references with live
// links, and the colophon on the last page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { BulletinArticle, BulletinIssue, Lead, ShortItem } from './model.ts';
import { SECTION_TITLES } from './model.ts';
import { issueDateLabel, leadDateLabel, sourceDateLabel } from './inline.ts';
import { BULLETS, FONT, HOUSE_BLUE, NUMBERING, PALE_BLUE, blockParts, linkOrText, run, runs } from './docx-parts.ts';

type Part = Paragraph | Table;

const blue = { color: HOUSE_BLUE } as const;

function cover(issue: BulletinIssue): Part[] {
  const organization = issue.colophon.organization ?? 'KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER';
  const band = { type: ShadingType.CLEAR, fill: HOUSE_BLUE, color: 'auto' } as const;
  return [
    new Paragraph({ shading: band, spacing: { before: 0, after: 0 }, children: [run(' ', { size: 40 })] }),
    new Paragraph({ shading: band, spacing: { after: 2400 }, children: [run(` ${organization}`, { color: 'FFFFFF', size: 18, characterSpacing: 20 })] }),
    new Paragraph({
      heading: 'Title',
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      border: { bottom: { style: BorderStyle.THICK, size: 24, color: HOUSE_BLUE, space: 12 } },
      children: [run(issue.title, { ...blue, bold: true, size: 64 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 8400 },
      children: [run(issueDateLabel(issue.date), { size: 32, bold: true }), ...(issue.number ? [run(`  (${issue.number})`, { size: 24 })] : [])],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      shading: band,
      spacing: { before: 120, after: 0 },
      children: [run(issue.publisher, { color: 'FFFFFF', bold: true, size: 32 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, shading: band, children: [run(organization, { color: 'FFFFFF', size: 14 })] }),
  ];
}

function contents(issue: BulletinIssue): Part[] {
  const parts: Part[] = [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [run('CONTENTS', { ...blue, bold: true, size: 40 })] }),
  ];
  issue.sections.forEach((section, i) => {
    parts.push(new Paragraph({ spacing: { before: 200, after: 80 }, children: [run(`${i + 1}. ${section.title}`, { ...blue, bold: true, size: 26 })] }));
    for (const article of section.articles) {
      parts.push(new Paragraph({
        indent: { left: 360 },
        spacing: { after: 60 },
        children: [run(article.category ? `${article.category} • ` : '• ', { ...blue, bold: true }), ...runs(article.title)],
      }));
    }
  });
  if (issue.shortItems.length > 0) {
    parts.push(new Paragraph({ spacing: { before: 200 }, children: [run(`${issue.sections.length + 1}. ${SECTION_TITLES.brief}`, { ...blue, bold: true, size: 26 })] }));
  }
  return parts;
}

function summary(issue: BulletinIssue): Part[] {
  return [
    new Paragraph({ heading: 'Heading1', spacing: { before: 480 }, children: [run('요약')] }),
    ...issue.summary.map((s) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, spacing: { after: 100 }, children: runs(s.text) })),
  ];
}

function lead(value: Lead | null): Part[] {
  if (!value) return [];
  const text = `■ ${value.text}${value.date ? ` (${leadDateLabel(value.date)})` : ''}`;
  return [new Paragraph({ spacing: { before: 120, after: 160 }, children: runs(text, { bold: true }) })];
}

function article(value: BulletinArticle): Part[] {
  const parts: Part[] = [];
  if (value.category) {
    parts.push(new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [run(` ${value.category} `, { ...blue, bold: true, size: 18, shading: { type: ShadingType.CLEAR, fill: PALE_BLUE, color: 'auto' } })] }));
  }
  parts.push(new Paragraph({ heading: 'Heading2', children: runs(value.title) }));
  parts.push(...lead(value.lead), ...value.blocks.flatMap(blockParts));
  if (value.references.length > 0) {
    parts.push(new Paragraph({ spacing: { before: 240, after: 60 }, keepNext: true, children: [run('참고자료', { bold: true, size: 18 })] }));
    for (const ref of value.references) {
      parts.push(new Paragraph({
        indent: { left: 240, hanging: 240 },
        shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
        children: [run(`☑ ${ref.title} `, { size: 17 }), ...(ref.url ? [linkOrText(ref.url, { size: 17 })] : [])],
      }));
    }
  }
  return parts;
}

function shortItem(item: ShortItem): Part[] {
  const parts: Part[] = [
    new Paragraph({ heading: 'Heading2', children: runs(`${String(item.number).padStart(2, '0')} ${item.title}`) }),
    ...lead(item.lead),
    ...item.blocks.flatMap(blockParts),
  ];
  if (item.source) {
    const date = item.source.date ? ` (${sourceDateLabel(item.source.date)})` : '';
    parts.push(new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [run(`출처: ${item.source.name}${date}`, { size: 17 }), ...(item.source.url ? [run(' ', { size: 17 }), linkOrText(item.source.url, { size: 17 })] : [])],
    }));
  }
  return parts;
}

function colophon(issue: BulletinIssue): Part[] {
  const { colophon: value } = issue;
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { before: 6000, after: 120 }, children: [run(value.organization ?? '', { ...blue, size: 18 })] }),
    new Paragraph({ spacing: { after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: HOUSE_BLUE, space: 4 } }, children: [run(issue.title, { ...blue, bold: true, size: 32 })] }),
    ...value.fields.map((f) => new Paragraph({ spacing: { after: 60 }, children: [run(`| ${f.label} | `, { bold: true }), run(f.value)] })),
    ...(value.url ? [new Paragraph({ spacing: { before: 120 }, children: [linkOrText(value.url)] })] : []),
  ];
}

function body(issue: BulletinIssue): Part[] {
  const parts: Part[] = [];
  issue.sections.forEach((section, i) => {
    parts.push(new Paragraph({ heading: 'Heading1', pageBreakBefore: true, children: [run(`${i + 1}. ${section.title}`)] }));
    for (const value of section.articles) parts.push(...article(value));
  });
  if (issue.shortItems.length > 0) {
    parts.push(new Paragraph({ heading: 'Heading1', pageBreakBefore: true, children: [run(`${issue.sections.length + 1}. ${SECTION_TITLES.brief}`)] }));
    for (const item of issue.shortItems) parts.push(...shortItem(item));
  }
  return parts;
}

const heading = (size: number, color: string = HOUSE_BLUE) => ({
  run: { font: FONT, size, bold: true, color },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
});

export async function exportDocx(issue: BulletinIssue): Promise<Uint8Array> {
  const page: ISectionOptions['properties'] = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 16 })] })],
  });
  const document = new Document({
    creator: issue.publisher,
    title: `${issue.title} ${issueDateLabel(issue.date)}`,
    numbering: NUMBERING,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, language: { value: 'ko-KR', eastAsia: 'ko-KR' } }, paragraph: { spacing: { line: 300 } } },
        title: heading(60),
        heading1: heading(32),
        heading2: heading(26, '000000'),
        heading3: heading(22),
      },
    },
    sections: [
      { properties: { ...page, titlePage: true }, footers: { default: footer }, children: [...cover(issue), ...contents(issue), ...summary(issue), ...body(issue), ...colophon(issue)] },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer);
}
