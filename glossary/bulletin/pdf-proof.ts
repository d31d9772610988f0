// Checks a printed issue the way a proof-reader would, from the PDF itself (poppler's pdftotext
// and pdftohtml): gaps between a number and the Hangul after it, the bookmarks (PDF outline), and
// pages that end with a heading. The tests and the bench use these on every PDF the app makes.
import { execFileSync } from 'node:child_process';
import { plainText } from './inline.ts';
import type { LayoutNode } from './layout/house-layout.ts';

const squash = (text: string) => text.replace(/\s+/g, '');

/** The text of each page (pdftotext separates pages with a form feed). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return text.split('\f').slice(0, -1);
}

export interface OutlineItem {
  title: string;
  page: number;
  depth: number;
}

/** The PDF's bookmarks, depth 0 at the top. */
export function pdfOutline(file: string): OutlineItem[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const items: OutlineItem[] = [];
  let depth = -1;
  for (const match of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (match[0] === '<outline>') depth++;
    else if (match[0] === '</outline>') depth--;
    else items.push({ title: unescapeXml(match[2]!), page: Number(match[1]), depth });
  }
  return items;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every text the layout prints, for telling a real space from an inserted one. */
export function layoutTexts(nodes: LayoutNode[]): string[] {
  return nodes.flatMap((n) => {
    switch (n.kind) {
      case 'table':
        return [n.title, ...n.table.rows.flat()];
      case 'contents':
        return n.sections.flatMap((s) => [s.title, ...s.entries.flatMap((e) => [e.rubric, e.title])]);
      case 'summary':
        return n.items;
      case 'references':
        return n.items.map((r) => `${r.prefix}${r.title}`);
      case 'cover':
        return [n.title, n.subtitle ?? '', n.date, n.number ?? '', n.publisher];
      case 'colophon':
        return n.fields.map((f) => f.value);
      case 'lead':
        return [`${n.text} (${n.date})`];
      case 'image':
        return [n.caption];
      case 'source':
        return [n.label, n.text];
      default:
        return [n.text];
    }
  }).map(plainText);
}

/**
 * `1,700 억`-style gaps: a number followed by a space and Hangul in the PDF text where the layout
 * has that number right against the Hangul. Returns each offending text once.
 */
export function numberUnitGaps(pdfText: string, printed: string[]): string[] {
  const source = printed.join('\n');
  const found = new Set<string>();
  for (const match of pdfText.matchAll(/(\d[\d,.]*)[ \u00a0]+([\uac00-\ud7a3]+)/g)) {
    const [, number, word] = match;
    if (source.includes(`${number}${word![0]}`) && !new RegExp(`${number!.replace(/[.]/g, '\\.')}\\s${word![0]}`).test(source)) {
      found.add(`${number} ${word}`);
    }
  }
  return [...found];
}

/** What must not end a page: section bars, rubrics, titles, sub-headings, leads, table titles. */
export function keepWithNextTexts(nodes: LayoutNode[]): string[] {
  return nodes.flatMap((n) => {
    if (n.kind === 'heading' || n.kind === 'rubric') return [n.text];
    if (n.kind === 'lead') return [`${n.marker} ${n.text}${n.date ? ` (${n.date})` : ''}`];
    if (n.kind === 'table') return [`〈${n.title}〉`];
    return [];
  }).map((t) => squash(plainText(t)));
}

/** Pages (1-based) whose last lines are one of `headings` (squashed texts); the CONTENTS page, which lists them, aside. */
export function pagesEndingInHeading(pages: string[], headings: string[]): { page: number; heading: string }[] {
  const wanted = new Set(headings.filter((h) => h.length > 0));
  const endings: { page: number; heading: string }[] = [];
  pages.forEach((text, index) => {
    if (/^\s*CONTENTS\s*$/m.test(text)) return;
    // Without the page number the footer prints.
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^\d+$/.test(l));
    for (let k = 1; k <= Math.min(3, lines.length); k++) {
      const tail = squash(lines.slice(-k).join(''));
      if (wanted.has(tail)) {
        endings.push({ page: index + 1, heading: tail });
        break;
      }
    }
  });
  return endings;
}
