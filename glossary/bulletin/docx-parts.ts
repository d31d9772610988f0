// Building blocks of the DOCX export: runs in the CJK font, bullets, tables with borders,
// links. Every run names the font for all four script slots (ascii, hAnsi, eastAsia, cs) so
// Korean and Chinese never fall back to a Latin font.
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Block } from './model.ts';
import { splitBold } from './inline.ts';

export const FONT_NAME = 'Noto Sans CJK KR';
export const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, eastAsia: FONT_NAME, cs: FONT_NAME };
export const HOUSE_BLUE = '1F4E79';
export const PALE_BLUE = 'DCE6F2';
/** A4 with 2 cm margins: the text width in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'font'>;

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ ...style, text, font: FONT });
}

/** Runs for inline text with `**bold**` markup. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return splitBold(text).map((s) => run(s.text, s.bold ? { ...style, bold: true } : style));
}

/** A live link for http(s) URLs; other text stays a plain run. */
export function linkOrText(url: string, style: RunStyle = {}): ParagraphChild {
  if (!/^https?:\/\/\S+$/i.test(url)) return run(url, style);
  return new ExternalHyperlink({ link: url, children: [new TextRun({ ...style, text: url, style: 'Hyperlink', font: FONT })] });
}

export const BULLETS = 'house-bullets';
const INDENT = 360;

/** `-` bullets at four depths, each indented one step further. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: level === 0 ? '-' : '–',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 240 } }, run: { font: FONT } },
      })),
    },
  ],
};

function indented(depth: number): { left: number; hanging: number } {
  return { left: INDENT * (depth + 1), hanging: 240 };
}

const small = { size: 17 } as const;

function tableBlock(title: string, rows: string[][]): (Paragraph | Table)[] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  // Columns get room by the square root of their longest text: numbers stay narrow, prose wide.
  const weights = Array.from({ length: width }, (_, i) =>
    Math.max(2, Math.sqrt(Math.max(0, ...rows.map((r) => (r[i] ?? '').length)))),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((row, r) =>
      new TableRow({
        tableHeader: r === 0,
        children: columnWidths.map((w, c) =>
          new TableCell({
            width: { size: w, type: WidthType.DXA },
            margins: { left: 60, right: 60, top: 30, bottom: 30 },
            ...(r === 0 ? { shading: { type: ShadingType.CLEAR, fill: PALE_BLUE, color: 'auto' } } : {}),
            children: [new Paragraph({ children: runs(row[c] ?? '', { ...small, bold: r === 0 }) })],
          }),
        ),
      }),
    ),
  });
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 80 },
    keepNext: true,
    children: runs(`〈${title}〉`, { bold: true }),
  });
  return [caption, table];
}

/** The paragraphs (and tables) of one body block. */
export function blockParts(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'bullet':
      return [new Paragraph({ numbering: { reference: BULLETS, level: Math.min(block.depth, 3) }, spacing: { after: 60 }, children: runs(block.text) })];
    case 'footnote':
      return [new Paragraph({ indent: indented(block.depth + 1), spacing: { after: 60 }, children: runs(`${block.marker} ${block.text}`, { ...small, color: '444444' }) })];
    case 'note':
      return [new Paragraph({ indent: indented(block.depth), spacing: { after: 60 }, children: runs(`▶ ${block.text}`) })];
    case 'subheading':
      return [new Paragraph({ heading: 'Heading3', children: runs(block.text) })];
    case 'table':
      return tableBlock(block.title, block.rows);
    case 'image':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, keepNext: true, children: runs(`〈${block.caption}〉`, { bold: true }) }),
        new Paragraph({ alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.DASHED, size: 4, color: '999999' }, bottom: { style: BorderStyle.DASHED, size: 4, color: '999999' } }, children: [run('이미지', { color: '777777' })] }),
      ];
    case 'source':
      return [new Paragraph({ spacing: { after: 120 }, children: [run('* 출처: ', small), linkOrText(block.text, small)] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 80 }, children: runs(block.text) })];
  }
}
