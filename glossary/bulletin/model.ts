// The document model of one published bulletin issue (the house layout of
// ../shared/samples/kostec-weekly-2024-06-21.txt): what the importer builds and the exporters
// (Markdown, HTML, DOCX) write. Plain JSON data.
//
// Inline text: plain text in which `**…**` marks bold, as the published text form already does.
// Positions: `line` is the 1-based line in the file the issue was read from (0 when the issue was
// built in memory); they are provenance only and are left out when two issues are compared
// (see `withoutPositions`).

import type { SectionId } from '../model.ts';

export type ArticleSectionId = Exclude<SectionId, 'brief'>;

export const SECTION_TITLES: Record<SectionId, string> = {
  policy: '정책동향',
  technology: '기술동향',
  brief: '단신동향',
};

export const BULLETIN_TITLE = '중국 과학기술 정책 주간동향';
export const BULLETIN_PUBLISHER = '한중과학기술협력센터';

/** A line of text with the line it came from. */
export interface TextLine {
  text: string;
  line: number;
}

export interface Lead {
  /** The lead without its ■ and without the trailing date. */
  text: string;
  /** ISO date of the source news, from `(6.4)` read in the issue's year; null when not given. */
  date: string | null;
  line: number;
}

/** A body element of an article or short item, in reading order. */
export type Block =
  /** `-` bullet; depth 0 is the top level, each leading space/indent adds one. */
  | { kind: 'bullet'; depth: number; text: string; line: number }
  /** `*` or `**` footnote under a bullet. */
  | { kind: 'footnote'; depth: number; marker: string; text: string; line: number }
  /** `▶` note. */
  | { kind: 'note'; depth: number; text: string; line: number }
  /** `1) …` sub-heading inside an article. */
  | { kind: 'subheading'; text: string; line: number }
  /** A table titled `〈…〉`; rows are trimmed cells without trailing empty cells. */
  | { kind: 'table'; title: string; rows: string[][]; line: number; rowLines: number[]; header?: boolean }
  /** A `〈…〉` caption with no table under it: a figure the text form cannot carry. */
  | { kind: 'image'; caption: string; line: number }
  /** `* 출처: …` (a URL or a name). */
  | { kind: 'source'; text: string; line: number }
  /** Any other line of prose inside the article. */
  | { kind: 'paragraph'; text: string; line: number };

export type BlockKind = Block['kind'];

/** One entry of 참고자료: the original (Chinese) title and its URL when printed. */
export interface Reference {
  title: string;
  url: string | null;
  line: number;
  /** The 2025 form `(25.12.19, 科技部) 标题 URL`: the source's ISO date and publisher. */
  date?: string | null;
  publisher?: string | null;
}

export interface BulletinArticle {
  /** 기술전략, 기초연구, 지역, 기업, 통계 (policy) or a field: 기계, 바이오 … (technology). */
  category: string;
  title: string;
  lead: Lead | null;
  blocks: Block[];
  references: Reference[];
  line: number;
}

export interface BulletinSection {
  id: ArticleSectionId;
  title: string;
  articles: BulletinArticle[];
}

/** One item of 단신동향. */
export interface ShortItem {
  number: number;
  title: string;
  lead: Lead | null;
  blocks: Block[];
  source: { name: string; date: string | null; url: string | null } | null;
  line: number;
}

export interface ColophonField {
  /** The label with its letter spacing removed: 발행일, 발행인, 발행기관, 발행처. */
  label: string;
  value: string;
}

export interface Colophon {
  /** The English name line (KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER). */
  organization: string | null;
  fields: ColophonField[];
  url: string | null;
}

/**
 * How the issue's bullets and references are printed: the 2024 house style (■ lead, `-` bullets,
 * 참고자료 ☑ list) or the recent KOSTEC style (□ headline bullets, ○ sub-bullets, <참고자료> block).
 */
export type IssueStyle = 'house-2024' | 'kostec-2025';

export interface BulletinIssue {
  title: string;
  /** Printed under the title on the cover; absent or '' when none. */
  subtitle?: string;
  /** ISO date of the issue. */
  date: string;
  publisher: string;
  /** The issue number when printed (e.g. "2024-23"). */
  number: string | null;
  /** 요약: one bullet per main article. */
  summary: TextLine[];
  sections: BulletinSection[];
  /** 단신동향. */
  shortItems: ShortItem[];
  colophon: Colophon;
  /** Layout style; absent means the 2024 house style. */
  style?: IssueStyle;
  /** Lines the importer could not place anywhere, kept so nothing is silently dropped. */
  unplaced: TextLine[];
}

export function allArticles(issue: BulletinIssue): BulletinArticle[] {
  return issue.sections.flatMap((section) => section.articles);
}

/** A deep copy without provenance (`line`, `rowLines`): the structure two issues share. */
export function withoutPositions<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (key === 'line' || key === 'rowLines' ? undefined : inner)),
  ) as T;
}
