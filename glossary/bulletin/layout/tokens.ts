// The house layout's measures, in one place: every renderer (HTML and print view through
// css.ts, DOCX through export-docx.ts) reads its sizes, colours and spacing from here, so the
// three outputs cannot drift apart. Sizes are points; A4 page, 2 cm margins.

export const PAGE = { widthMm: 210, heightMm: 297, marginMm: 20 } as const;

/** Font names with the fallbacks a reader's machine may have instead (Windows, macOS). */
export const FONTS = {
  ko: ['Noto Sans CJK KR', 'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo'],
  'zh-Hans': ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC'],
  'zh-Hant': ['Noto Sans CJK TC', 'Noto Sans TC', 'Microsoft JhengHei', 'PingFang TC'],
} as const;

export type TextLang = keyof typeof FONTS;

export const COLORS = {
  blue: '1F4E79',
  paleBlue: 'DCE6F2',
  grey: '444444',
  rule: '777777',
  refBackground: 'F2F2F2',
  white: 'FFFFFF',
} as const;

/** Point sizes of each kind of text. */
export const SIZE = {
  body: 10,
  small: 8.5,
  table: 8.5,
  coverOrg: 8,
  coverTitle: 28,
  coverDate: 15,
  coverSubtitle: 14,
  coverPublisher: 15,
  contentsTitle: 20,
  contentsSection: 12,
  section: 15,
  rubric: 9,
  title: 13,
  subheading: 11,
  lead: 10.5,
  colophonTitle: 15,
} as const;

/** Spacing in points: before and after each kind of paragraph. */
export const SPACE = {
  section: { before: 0, after: 12 },
  rubric: { before: 18, after: 2 },
  title: { before: 4, after: 6 },
  subheading: { before: 10, after: 4 },
  lead: { before: 2, after: 6 },
  bullet: { before: 0, after: 3 },
  tableTitle: { before: 10, after: 4 },
  source: { before: 2, after: 6 },
  references: { before: 10, after: 3 },
} as const;

/** Line height as a multiple of the font size. */
export const LINE = 1.5;
/** Indent of one bullet depth, in points. */
export const INDENT_PT = 14;
/** Hanging indent of a bullet's marker, in points. */
export const HANG_PT = 10;

export const TEXT_WIDTH_MM = PAGE.widthMm - 2 * PAGE.marginMm;
