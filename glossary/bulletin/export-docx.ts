// The issue as a Word document, rendered from the house layout (layout/house-layout.ts) with the
// measures of layout/tokens.ts: the same cover, CONTENTS, 요약, section bars, titles, leads,
// bullets, tables and colophon as the HTML and the PDF. Headings are real heading styles with
// outline levels (Word's navigation pane, LibreOffice's navigator, PDF bookmarks); titles and leads
// keep with the next paragraph; table header rows repeat; Korean autospace is off (docx-finish.ts).
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import type { BulletinIssue } from './model.ts';
import { issueDateLabel } from './inline.ts';
import { band, half, nodeParts, run, runs, tw, FONT_NAME } from './docx-parts.ts';
import { finishDocx } from './docx-finish.ts';
import { houseLayout, type LayoutNode } from './layout/house-layout.ts';
import { COLORS, INDENT_PT, LINE, PAGE, SIZE, SPACE } from './layout/tokens.ts';

type Part = Paragraph | Table;
type Node<K extends LayoutNode['kind']> = Extract<LayoutNode, { kind: K }>;

const blue = { color: COLORS.blue } as const;
const mmToTwips = (mm: number) => Math.round((mm / 25.4) * 1440);

const white = { color: COLORS.white } as const;
// A band-coloured border at the sides pads the text inside its band, as the HTML's padding does.
const bandSide = { style: BorderStyle.SINGLE, size: 4, color: COLORS.blue, space: 8 } as const;
const bandPara = (children: TextRun[], extra = {}) =>
  new Paragraph({ shading: band, alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, indent: { left: tw(10), right: tw(10) }, border: { left: bandSide, right: bandSide }, children, ...extra });

/**
 * The cover's foot band (publisher, organization) as the first page's footer: it sits at the foot
 * of the page whatever the title, subtitle and number above take, and a long publisher wraps
 * inside its band instead of pushing it onto the next page.
 */
function coverFoot(node: Node<'cover'>): Footer {
  return new Footer({
    children: [
      bandPara(runs(node.publisher, { ...white, bold: true, size: half(SIZE.coverPublisher) }), { spacing: { before: 0, after: 0, line: 400 } }),
      bandPara([run(node.organization, { ...white, size: half(SIZE.coverOrg), characterSpacing: 20 })], { spacing: { before: 0, after: 0, line: 360 } }),
    ],
  });
}

function cover(node: Node<'cover'>): Part[] {
  return [
    bandPara([run(node.organization, { ...white, size: half(SIZE.coverOrg), characterSpacing: 20 })], { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 360 } }),
    new Paragraph({
      heading: 'Title',
      alignment: AlignmentType.CENTER,
      spacing: { before: mmToTwips(60), after: tw(14) },
      border: { bottom: { style: BorderStyle.THICK, size: 20, color: COLORS.blue, space: 10 } },
      children: runs(node.title, { ...blue, bold: true, size: half(SIZE.coverTitle) }),
    }),
    ...(node.subtitle ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: tw(8), after: 0 }, children: runs(node.subtitle, { ...blue, bold: true, size: half(SIZE.coverSubtitle) }) })] : []),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: tw(14), after: 120 }, children: [run(node.date, { bold: true, size: half(SIZE.coverDate) })] }),
    ...(node.number ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: runs(node.number, { size: half(SIZE.body + 1) }) })] : []),
  ];
}

function contents(node: Node<'contents'>): Part[] {
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: tw(8) }, children: [run('CONTENTS', { ...blue, bold: true, size: half(SIZE.contentsTitle) })] }),
    ...node.sections.flatMap((section) => [
      new Paragraph({ spacing: { before: tw(10), after: tw(4) }, keepNext: true, children: [run(section.title, { ...blue, bold: true, size: half(SIZE.contentsSection) })] }),
      ...section.entries.map((e) => new Paragraph({
        indent: { left: tw(INDENT_PT + 60), hanging: tw(60) },
        tabStops: [{ type: 'left', position: tw(INDENT_PT + 60) }],
        spacing: { after: tw(3) },
        children: [run(e.rubric, { ...blue, bold: true }), run('\t'), ...runs(e.title)],
      })),
    ]),
  ];
}

function summary(node: Node<'summary'>): Part[] {
  return [
    new Paragraph({ heading: 'Heading1', pageBreakBefore: true, children: [run(node.title)] }),
    ...node.items.map((text) => new Paragraph({ indent: { left: tw(10), hanging: tw(10) }, spacing: { after: tw(SPACE.bullet.after) }, children: runs(`- ${text}`) })),
  ];
}

function colophon(node: Node<'colophon'>): Part[] {
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { before: mmToTwips(150), after: tw(2) }, children: [run(node.organization, { ...blue, size: half(SIZE.small) })] }),
    new Paragraph({ spacing: { after: tw(6) }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLORS.blue, space: 2 } }, children: [run(node.title, { ...blue, bold: true, size: half(SIZE.colophonTitle) })] }),
    ...node.fields.map((f) => new Paragraph({ tabStops: [{ type: 'left', position: tw(60) }], children: [run(f.label, { bold: true }), run('\t'), ...runs(f.value)] })),
    ...(node.url ? [new Paragraph({ spacing: { before: 120 }, children: [run(node.url, blue)] })] : []),
  ];
}

function parts(node: LayoutNode): Part[] {
  switch (node.kind) {
    case 'cover':
      return cover(node);
    case 'contents':
      return contents(node);
    case 'summary':
      return summary(node);
    case 'colophon':
      return colophon(node);
    default:
      return nodeParts(node);
  }
}

const font = { ascii: FONT_NAME, hAnsi: FONT_NAME, eastAsia: FONT_NAME, cs: FONT_NAME };

/** A heading style: bold, kept with the next paragraph and on one page, at its outline level. */
function heading(size: number, outlineLevel: number, extra: { color?: string; shading?: object; border?: object; space: { before: number; after: number } }) {
  return {
    run: { font, size: half(size), bold: true, color: extra.color ?? '000000' },
    paragraph: {
      spacing: { before: tw(extra.space.before), after: tw(extra.space.after) },
      keepNext: true,
      keepLines: true,
      outlineLevel,
      ...(extra.shading ? { shading: extra.shading } : {}),
      ...(extra.border ? { border: extra.border } : {}),
    },
  };
}

export async function exportDocx(issue: BulletinIssue): Promise<Uint8Array> {
  const nodes = houseLayout(issue);
  const coverNode = nodes.find((n): n is Node<'cover'> => n.kind === 'cover');
  const margin = mmToTwips(PAGE.marginMm);
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })],
  });
  const document = new Document({
    creator: issue.publisher,
    title: `${issue.title} ${issueDateLabel(issue.date)}`,
    styles: {
      default: {
        document: { run: { font, size: half(SIZE.body), language: { value: 'ko-KR', eastAsia: 'ko-KR' } }, paragraph: { spacing: { line: Math.round(240 * LINE), lineRule: LineRuleType.AUTO } } },
        // lineRule said outright: LibreOffice otherwise reads the line as exact, and a 28 pt title's lines overlap.
        title: { run: { font, size: half(SIZE.coverTitle), bold: true, color: COLORS.blue }, paragraph: { spacing: { before: 0, after: 0 } } },
        heading1: heading(SIZE.section, 0, { color: COLORS.white, shading: band, space: { before: 0, after: 12 } }),
        heading2: heading(SIZE.title, 1, { space: SPACE.title, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLORS.blue, space: 2 } } }),
        heading3: heading(SIZE.subheading, 2, { color: COLORS.blue, space: SPACE.subheading }),
      },
    },
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: mmToTwips(PAGE.widthMm), height: mmToTwips(PAGE.heightMm) }, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        footers: { default: footer, ...(coverNode ? { first: coverFoot(coverNode) } : {}) },
        children: nodes.flatMap(parts),
      },
    ],
  });
  return finishDocx(new Uint8Array(await Packer.toBuffer(document)));
}
