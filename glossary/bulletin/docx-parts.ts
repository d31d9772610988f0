// Layout nodes as Word paragraphs and tables, with the measures of layout/tokens.ts. Every run
// names its font in all four slots and carries its language: Korean runs ko-KR in the Korean
// font, Chinese runs zh-CN / zh-TW in the Chinese font, so Word never guesses.
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { LayoutNode } from './layout/house-layout.ts';
import { inlineRuns, isHttpUrl } from './layout/inline-runs.ts';
import { COLORS, FONTS, HANG_PT, INDENT_PT, SIZE, SPACE, TEXT_WIDTH_MM, type TextLang } from './layout/tokens.ts';

export const FONT_NAME = FONTS.ko[0];
const LANG: Record<TextLang, string> = { ko: 'ko-KR', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** Points → twentieths of a point (spacing, indents); points → half points (font sizes). */
export const tw = (pt: number) => Math.round(pt * 20);
export const half = (pt: number) => Math.round(pt * 2);
/** The text width in twips. */
export const TEXT_WIDTH = Math.round((TEXT_WIDTH_MM / 25.4) * 1440);

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'font' | 'language'>;

function fontOf(lang: TextLang) {
  const name = FONTS[lang][0];
  return { ascii: FONTS.ko[0], hAnsi: FONTS.ko[0], eastAsia: name, cs: name };
}

// LibreOffice (7.x) ignores w:autoSpaceDN and sets a gap between a digit and the Hangul next to
// it (`1,700 억`); an invisible WORD JOINER there keeps the two apart for its autospace rule, and
// Word, which honours autoSpaceDN, shows nothing either. Checked again with LibreOffice 7.4.7: the
// same DOCX without the joiners (autospace off on every style and paragraph) prints `1,700 억`,
// `60 억`; a joiner in a hidden run works too but still reaches LibreOffice's text export and the
// PDF bookmarks, so it buys nothing. The cost: the joiner is a character, in the text a reader
// copies and searches in the DOCX (a search for 1,700억 must allow for it); the PDF Chromium prints
// from the HTML carries none.
const DIGIT_HANGUL = /(?<=\d)(?=[\uac00-\ud7a3])|(?<=[\uac00-\ud7a3])(?=\d)/g;
export const WORD_JOINER = '\u2060';

export function run(text: string, style: RunStyle = {}, lang: TextLang = 'ko'): TextRun {
  const joined = text.replace(DIGIT_HANGUL, WORD_JOINER);
  return new TextRun({ ...style, text: joined, font: fontOf(lang), language: { value: LANG[lang], eastAsia: LANG[lang] } });
}

/** Runs for inline text: `**bold**` markup and Chinese runs tagged as Chinese. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  let before = '';
  return inlineRuns(text).map((r) => {
    // The joiner also goes where a bold run meets plain text: **0.74**로.
    const joined = `${before}${r.text[0] ?? ''}`.match(DIGIT_HANGUL) && before !== '' ? WORD_JOINER + r.text : r.text;
    before = r.text.slice(-1);
    return run(joined, r.bold ? { ...style, bold: true } : style, r.lang);
  });
}

export function linkOrText(url: string, style: RunStyle = {}): ParagraphChild[] {
  if (!isHttpUrl(url)) return runs(url, style);
  return [new ExternalHyperlink({ link: url, children: [new TextRun({ ...style, text: url, style: 'Hyperlink', font: fontOf('ko') })] })];
}

const spacing = (s: { before: number; after: number }) => ({ before: tw(s.before), after: tw(s.after) });
const indent = (depth: number) => ({ left: tw(INDENT_PT * depth + HANG_PT), hanging: tw(HANG_PT) });
const small = { size: half(SIZE.small), color: COLORS.grey } as const;
const band = { type: ShadingType.CLEAR, fill: COLORS.blue, color: 'auto' } as const;

function para(options: IParagraphOptions): Paragraph {
  return new Paragraph(options);
}

function tableParts(node: Extract<LayoutNode, { kind: 'table' }>): (Paragraph | Table)[] {
  const { rows, header, widths } = node.table;
  const columnWidths = widths.map((w) => Math.floor(TEXT_WIDTH * w));
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((row, r) => {
      const isHeader = header && r === 0;
      return new TableRow({
        tableHeader: isHeader,
        cantSplit: true,
        children: columnWidths.map((w, c) =>
          new TableCell({
            width: { size: w, type: WidthType.DXA },
            margins: { left: tw(3), right: tw(3), top: tw(1.5), bottom: tw(1.5) },
            ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: COLORS.paleBlue, color: 'auto' } } : {}),
            children: [para({ spacing: { line: 280 }, children: runs(row[c] ?? '', { size: half(SIZE.table), bold: isHeader }) })],
          }),
        ),
      });
    }),
  });
  const caption = para({ alignment: AlignmentType.CENTER, spacing: spacing(SPACE.tableTitle), keepNext: true, children: runs(`〈${node.title}〉`, { bold: true }) });
  return [caption, table];
}

/** The Word parts of one layout node (cover, contents and colophon are in export-docx.ts). */
export function nodeParts(node: LayoutNode): (Paragraph | Table)[] {
  switch (node.kind) {
    case 'heading':
      return [para({ heading: `Heading${node.level}`, pageBreakBefore: node.level === 1, children: runs(node.text) })];
    case 'rubric':
      return [para({ spacing: spacing(SPACE.rubric), keepNext: true, children: [run(` ${node.text} `, { bold: true, size: half(SIZE.rubric), color: COLORS.blue, shading: { type: ShadingType.CLEAR, fill: COLORS.paleBlue, color: 'auto' } })] })];
    case 'lead':
      return [para({ spacing: spacing(SPACE.lead), keepNext: true, keepLines: true, children: runs(`${node.marker} ${node.text}${node.date ? ` (${node.date})` : ''}`, { bold: true, size: half(SIZE.lead) }) })];
    case 'bullet':
      return [para({ indent: indent(node.depth), spacing: spacing(SPACE.bullet), children: runs(`${node.marker} ${node.text}`) })];
    case 'footnote':
      return [para({ indent: indent(node.depth), spacing: spacing(SPACE.bullet), children: runs(`${node.marker} ${node.text}`, small) })];
    case 'note':
      return [para({ indent: indent(node.depth), spacing: spacing(SPACE.bullet), children: runs(`▶ ${node.text}`) })];
    case 'paragraph':
      return [para({ spacing: spacing(SPACE.bullet), children: runs(node.text) })];
    case 'table':
      return tableParts(node);
    case 'image':
      return [
        para({ alignment: AlignmentType.CENTER, spacing: spacing(SPACE.tableTitle), keepNext: true, children: runs(`〈${node.caption}〉`, { bold: true }) }),
        para({ alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.DASHED, size: 4, color: '999999' }, bottom: { style: BorderStyle.DASHED, size: 4, color: '999999' } }, children: [run('이미지', { color: '777777' })] }),
      ];
    case 'source':
      return [para({ spacing: spacing(SPACE.source), children: [...runs(node.label, small), ...(node.text ? linkOrText(node.text, small) : [])] })];
    case 'references': {
      const shade = { type: ShadingType.CLEAR, fill: COLORS.refBackground, color: 'auto' } as const;
      return [
        para({ shading: shade, spacing: { before: tw(SPACE.references.before), after: tw(2) }, keepNext: true, children: [run(node.title, { bold: true, size: half(SIZE.small) })] }),
        ...node.items.map((r) => para({
          shading: shade,
          indent: { left: tw(HANG_PT), hanging: tw(HANG_PT) },
          children: [...runs(`${r.mark ? `${r.mark} ` : ''}${r.prefix}${r.title} `, { size: half(SIZE.small) }), ...(r.url ? linkOrText(r.url, { size: half(SIZE.small) }) : [])],
        })),
      ];
    }
    case 'cover':
    case 'contents':
    case 'summary':
    case 'colophon':
      return [];
  }
}

export { band };
