// 단신동향 in the text form: numbered items
//   01 상하이, 파괴적 기술 혁신 프로젝트 관리방법 발표
//   ■ lead
//   - bullets, - * footnotes
//   출처: 상하이시정부 (06.07)
//   https://…
// The PDF garbles some numbers (`①4` for 04), so items are numbered by their order.
import type { Block, ShortItem, TextLine } from './model.ts';
import { monthDayToIso, splitTrailingUrl } from './inline.ts';
import { readLead } from './article-reader.ts';
import { bodyLine, isLayoutArtefact, type SourceLine } from './text-lines.ts';

const ITEM_START = /^([0-9\u2460-\u2473\u24ea\u24f5-\u24fe]{1,2}\d?)\s+(\S.*)$/u;
const SOURCE = /^출처\s*[:：]\s*(.*?)\s*(?:\((\d{1,2}\.\d{1,2})\))?\s*$/;

export function readShortItems(lines: SourceLine[], issueDate: string, unplaced: TextLine[]): ShortItem[] {
  const items: ShortItem[] = [];
  let item: ShortItem | null = null;
  let expectLead = false;
  for (const { text, line } of lines) {
    if (isLayoutArtefact(text)) continue;
    const start = ITEM_START.exec(text);
    if (start) {
      item = { number: items.length + 1, title: start[2]!.trim(), lead: null, blocks: [], source: null, line };
      items.push(item);
      expectLead = true;
      continue;
    }
    if (!item) {
      unplaced.push({ text: text.trim(), line });
      continue;
    }
    if (expectLead) {
      expectLead = false;
      item.lead = readLead({ text, line }, issueDate);
      if (item.lead) continue;
    }
    const source = SOURCE.exec(text.trim());
    if (source) {
      const { before, url } = splitTrailingUrl(source[1]!);
      item.source = { name: before, date: source[2] ? monthDayToIso(source[2], issueDate) : null, url };
      continue;
    }
    const alone = splitTrailingUrl(text);
    if (alone.before === '' && alone.url !== null && item.source && item.source.url === null) {
      item.source.url = alone.url;
      continue;
    }
    const body = bodyLine(text);
    const previous: Block | undefined = item.blocks[item.blocks.length - 1];
    if (body) item.blocks.push({ ...body, line });
    else if (/^\s/.test(text) && previous && previous.kind !== 'table' && previous.kind !== 'image') {
      previous.text = `${previous.text} ${text.trim()}`;
    } else item.blocks.push({ kind: 'paragraph', text: text.trim(), line });
  }
  return items;
}
