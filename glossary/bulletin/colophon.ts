// The colophon at the end of the text form:
//   KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER
//   중국 과학기술 정책 주/간/동/향
//   | 발 행 일 | 2024. 6. 21.
//   | 발행기관 | 한중과학기술협력센터
//   | 발 행 처 | 주소 : …            (continued on the next line)
//   http://…
// It gives the issue's title, date and publisher.
import { BULLETIN_PUBLISHER, BULLETIN_TITLE, type Colophon, type ColophonField } from './model.ts';
import { isUrl, parseIssueDate } from './inline.ts';
import type { SourceLine } from './text-lines.ts';

export interface ColophonRead {
  /** Index (into the lines) where the colophon starts; the body ends before it. */
  start: number;
  colophon: Colophon;
  title: string;
  date: string | null;
  /** The line of the 발행일 field (for error messages). */
  dateLine: number;
  publisher: string;
  number: string | null;
}

const FIELD = /^\|\s*([^|]+?)\s*\|\s*(.*)$/;

function fieldLabel(raw: string): string {
  return raw.replace(/\s+/g, '');
}

function isTitleLine(text: string): boolean {
  return text.replace(/[/\s]/g, '').includes('주간동향');
}

function isOrganizationLine(text: string): boolean {
  return /^[A-Z][A-Z&.,\- ]{8,}$/.test(text.trim());
}

/** Read the colophon, or null when the text has none (the file is then truncated). */
export function readColophon(lines: SourceLine[]): ColophonRead | null {
  const dateIndex = lines.findLastIndex((l) => {
    const match = FIELD.exec(l.text.trim());
    return match !== null && fieldLabel(match[1]!) === '발행일';
  });
  if (dateIndex < 0) return null;

  // The title and organization lines stand just above the first field.
  let firstField = dateIndex;
  while (firstField > 0 && FIELD.test(lines[firstField - 1]!.text.trim())) firstField--;
  let start = firstField;
  for (let i = firstField - 1; i >= 0 && i >= firstField - 8; i--) {
    const text = lines[i]!.text.trim();
    if (isTitleLine(text) || isOrganizationLine(text)) start = i;
    else if (text !== '') break;
  }

  let title = BULLETIN_TITLE;
  let organization: string | null = null;
  let url: string | null = null;
  const fields: ColophonField[] = [];
  for (const { text: raw } of lines.slice(start)) {
    const text = raw.trim();
    if (text === '') continue;
    const field = FIELD.exec(text);
    if (field) fields.push({ label: fieldLabel(field[1]!), value: field[2]!.trim() });
    else if (isUrl(text)) url = text;
    else if (fields.length === 0 && isTitleLine(text)) title = text.replace(/\s*\/\s*/g, '');
    else if (fields.length === 0 && isOrganizationLine(text)) organization = text;
    else if (fields.length > 0) {
      const last = fields[fields.length - 1]!;
      last.value = `${last.value} ${text}`;
    }
  }
  const value = (label: string): string | undefined => fields.find((f) => f.label === label)?.value;
  return {
    start,
    colophon: { organization, fields, url },
    title,
    date: parseIssueDate(value('발행일') ?? ''),
    dateLine: lines[dateIndex]!.line,
    publisher: value('발행기관') ?? BULLETIN_PUBLISHER,
    number: value('호수') ?? value('발행호') ?? null,
  };
}
