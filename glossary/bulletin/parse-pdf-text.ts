// The PDF-converted text form of an issue (as ../shared/samples/kostec-weekly-2024-06-21.txt):
// front (CONTENTS, 요약) → body (section headings, articles, 단신동향) → colophon.
//
// Articles are found by their titles as CONTENTS lists them (compared on letters and digits
// only, so a lost quote does not matter); an article missing from CONTENTS is found by its
// `■` lead line. Categories come from CONTENTS, else from the category tag printed before the
// article.
//
// "Truncated" means: the file ends without the colophon (its `| 발 행 일 |` field), or an
// article that CONTENTS lists is not in the body. Both fail with InputError; nothing is returned.
import { InputError } from '../errors.ts';
import { readArticleBody } from './article-reader.ts';
import { readColophon } from './colophon.ts';
import { readFrontMatter, type ContentsEntry } from './contents.ts';
import { SECTION_TITLES, type ArticleSectionId, type BulletinIssue, type BulletinSection, type ShortItem, type TextLine } from './model.ts';
import { readShortItems } from './short-items.ts';
import { statedIssueNumber } from './issue-stated.ts';
import { isLayoutArtefact, leadText, sectionOf, titleKey, toSourceLines, type SourceLine } from './text-lines.ts';

const KNOWN_CATEGORIES = ['기술전략', '기초연구', '지역', '기업', '통계', '기계', '바이오', '에너지', '환경', '정보통신', '소재', '우주항공'];

interface ArticleStart {
  index: number;
  section: ArticleSectionId;
  category: string;
}

function nextContentLine(lines: SourceLine[], from: number, end: number): SourceLine | undefined {
  for (let i = from; i < end; i++) if (!isLayoutArtefact(lines[i]!.text)) return lines[i];
  return undefined;
}

export function parsePdfText(fileName: string, text: string): BulletinIssue {
  const lines = toSourceLines(text);
  const colophon = readColophon(lines);
  const lastLine = lines.findLast((l) => l.text.trim() !== '')?.line ?? lines.length;
  if (!colophon) {
    throw new InputError(
      fileName,
      `the file ends at line ${lastLine} without the colophon ("| 발 행 일 | …"): it looks truncated`,
      { line: lastLine },
    );
  }
  if (!colophon.date) {
    throw new InputError(fileName, 'the colophon has no readable issue date (발행일)', { line: colophon.dateLine });
  }
  const issueDate = colophon.date;
  const end = colophon.start;
  const front = readFrontMatter(lines, end);
  const unplaced: TextLine[] = [...front.unplaced];

  const pending = new Map<string, ContentsEntry>(front.entries.map((entry) => [titleKey(entry.title), entry]));
  const categoryKeys = new Set([...KNOWN_CATEGORIES, ...front.entries.map((e) => e.category)].map(titleKey));

  // Pass 1: where do sections, articles and the short items start?
  const starts: ArticleStart[] = [];
  const sectionLines: { id: ArticleSectionId; index: number }[] = [];
  let section: ArticleSectionId | 'brief' | null = null;
  let briefStart = -1;
  let tag = '';
  const consumed = new Set<number>();
  const tagLines: number[] = [];
  for (let i = front.bodyStart; i < end; i++) {
    const line = lines[i]!;
    const sectionId = sectionOf(line.text);
    if (sectionId !== null) {
      section = sectionId;
      consumed.add(i);
      if (sectionId === 'brief') briefStart = i + 1;
      else sectionLines.push({ id: sectionId, index: i });
      continue;
    }
    if (section === 'brief') continue;
    const key = titleKey(line.text);
    if (key !== '' && categoryKeys.has(key) && !line.text.includes('\t')) {
      tag = line.text.replace(/\s+/g, '');
      consumed.add(i);
      tagLines.push(i);
      continue;
    }
    const listed = pending.get(key);
    const next = nextContentLine(lines, i + 1, end);
    const ledTitle = !listed && key !== '' && leadText(line.text) === null && !/^[\s\-*〈☑|]/.test(line.text) &&
      !line.text.includes('\t') && next !== undefined && leadText(next.text) !== null;
    if (listed || ledTitle) {
      pending.delete(key);
      starts.push({ index: i, section: listed?.section ?? section ?? 'policy', category: listed?.category ?? tag });
      tag = '';
    }
  }
  const missing = [...pending.values()][0];
  if (missing) {
    throw new InputError(
      fileName,
      `article "${missing.title}" listed in CONTENTS is not in the body: the file looks truncated or damaged`,
      { line: missing.line },
    );
  }

  // Pass 2: read each article up to the next start, section heading or the short items.
  const stops = [...starts.map((s) => s.index), ...sectionLines.map((s) => s.index), ...tagLines, ...(briefStart > 0 ? [briefStart - 1] : []), end].sort((a, b) => a - b);
  const sections: BulletinSection[] = [];
  let kostec2025 = false;
  for (const start of starts) {
    const stop = stops.find((index) => index > start.index)!;
    const { kostec2025: newForm, ...body } = readArticleBody(lines.slice(start.index + 1, stop), issueDate);
    if (newForm) kostec2025 = true;
    let target = sections.find((s) => s.id === start.section);
    if (!target) {
      target = { id: start.section, title: SECTION_TITLES[start.section], articles: [] };
      sections.push(target);
    }
    target.articles.push({ category: start.category, title: lines[start.index]!.text.trim(), ...body, line: lines[start.index]!.line });
    for (let i = start.index; i < stop; i++) consumed.add(i);
  }
  sections.sort((a, b) => (a.id === b.id ? 0 : a.id === 'policy' ? -1 : 1));

  const briefEnd = briefStart > 0 ? Math.min(end, ...sectionLines.map((s) => s.index).filter((index) => index > briefStart)) : -1;
  let shortItems: ShortItem[] = [];
  if (briefStart > 0) {
    shortItems = readShortItems(lines.slice(briefStart, briefEnd), issueDate, unplaced);
    for (let i = briefStart; i < briefEnd; i++) consumed.add(i);
  }
  for (let i = front.bodyStart; i < end; i++) {
    const line = lines[i]!;
    if (!consumed.has(i) && !isLayoutArtefact(line.text)) unplaced.push({ text: line.text.trim(), line: line.line });
  }
  unplaced.sort((a, b) => a.line - b.line);
  // The number as the cover or the colophon states it (제2024-23호); never one quoted in an article.
  const outside = [...lines.slice(0, front.bodyStart), ...lines.slice(colophon.start)].map((l) => l.text).join('\n');
  const number = colophon.number ?? statedIssueNumber(outside);
  if (number) unplaced.splice(0, unplaced.length, ...unplaced.filter((l) => statedIssueNumber(l.text) !== number || l.text.trim().length > number.length + 2));

  if (starts.length === 0 && shortItems.length === 0) {
    throw new InputError(fileName, 'the issue has no articles: no CONTENTS entry, article title or short item was found', {
      line: front.contentsLine ?? lines[front.bodyStart]?.line ?? 1,
    });
  }
  return {
    title: colophon.title,
    date: issueDate,
    publisher: colophon.publisher,
    number,
    summary: front.summary,
    sections,
    shortItems,
    colophon: colophon.colophon,
    unplaced,
    ...(kostec2025 ? { style: 'kostec-2025' as const } : {}),
  };
}
