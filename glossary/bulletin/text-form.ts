// The text form of a stored article body: the lines readArticleBody and readShortItems read back.
// Browser-safe (the editor's structured part editors write the body through it).
import type { Block, Reference } from './model.ts';
import { TABLE_HEADER_MARK } from './text-lines.ts';

function indent(depth: number): string {
  return ' '.repeat(depth);
}

/** `〈title〉`, with the editor's header-row choice when one was made. */
export function tableTitleLine(title: string, header: boolean | undefined): string {
  if (header === undefined) return `〈${title}〉`;
  return `〈${title}〉 ${header ? TABLE_HEADER_MARK.on : TABLE_HEADER_MARK.off}`;
}


/** One block as the text form writes it (what readArticleBody and readShortItems read). */
export function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'bullet':
      return [`${indent(block.depth)}- ${block.text}`];
    case 'footnote':
      return [`${indent(block.depth)}- ${block.marker} ${block.text}`];
    case 'note':
      return [`${indent(block.depth)}- ▶ ${block.text}`];
    case 'subheading':
      return [block.text];
    case 'table':
      return [tableTitleLine(block.title, block.header), ...block.rows.map((row) => row.join('\t'))];
    case 'image':
      return [`〈${block.caption}〉`];
    case 'source':
      return [`* 출처: ${block.text}`];
    case 'paragraph':
      return [block.text];
  }
}

/** `(25.12.19, 科技部) ` before a reference that carries its source's date and publisher. */
function datedPrefix(ref: Reference): string {
  if (!ref.date && !ref.publisher) return '';
  const date = ref.date ? `${ref.date.slice(2, 4)}.${Number(ref.date.slice(5, 7))}.${Number(ref.date.slice(8, 10))}` : '';
  return `(${[date, ref.publisher ?? ''].filter(Boolean).join(', ')}) `;
}

export function referenceLines(references: Reference[]): string[] {
  if (references.length === 0) return [];
  return ['참고자료', ...references.map((ref) => `${datedPrefix(ref) || '☑ '}${ref.title}${ref.url ? ` ${ref.url}` : ''}`)];
}

/** The body of an article: blocks, then 참고자료. */
export function articleBodyText(blocks: Block[], references: Reference[]): string {
  return [...blocks.flatMap(blockLines), ...referenceLines(references)].join('\n');
}

