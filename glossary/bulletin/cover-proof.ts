// The cover's geometry, measured from a printed PDF the way a proof-reader looks at it: the words
// of a page with their boxes (pdftotext -bbox) and the blue bands as drawn (the page rendered by
// pdftoppm, rows where the band colour spans most of the width). Points, origin top left.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COLORS } from './layout/tokens.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface Word extends Box {
  text: string;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The words of one page (1-based) and the page's size. */
export function pageWords(file: string, page: number): { width: number; height: number; words: Word[] } {
  const xml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml);
  if (!size) throw new Error(`${file}: page ${page} not found`);
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: unescapeXml(m[5]!).replaceAll('\u2060', ''),
  }));
  return { width: Number(size[1]), height: Number(size[2]), words };
}

/**
 * The band-coloured rectangles of a page: runs of rows where the colour spans over half the width
 * (rows through a band's white text still show it on a third of that span, and solid at both
 * ends: its padding). Coloured text (the cover title) and thin rules under it are not bands.
 */
export function bandBoxes(file: string, page: number): Box[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-cover-'));
  try {
    // 72 dpi: one pixel is one point.
    execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, 'p')]);
    const ppm = fs.readFileSync(path.join(dir, 'p.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a P6 image');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = header[0].length;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(COLORS.blue.slice(i, i + 2), 16));
    const isBand = (x: number, y: number) => {
      const at = start + (y * width + x) * 3;
      return Math.abs(ppm[at]! - r!) < 24 && Math.abs(ppm[at + 1]! - g!) < 24 && Math.abs(ppm[at + 2]! - b!) < 24;
    };
    const boxes: Box[] = [];
    let open: Box | null = null;
    for (let y = 0; y < height; y++) {
      let first = -1;
      let last = -1;
      let count = 0;
      for (let x = 0; x < width; x++) {
        if (!isBand(x, y)) continue;
        count++;
        if (first < 0) first = x;
        last = x;
      }
      const solidEnds = [...Array(EDGE).keys()].every((i) => isBand(first + i, y) && isBand(last - i, y));
      if (last - first > width / 2 && count > (last - first) * 0.3 && solidEnds) {
        if (open) {
          open.y1 = y + 1;
          open.x0 = Math.min(open.x0, first);
          open.x1 = Math.max(open.x1, last + 1);
        } else open = { x0: first, y0: y, x1: last + 1, y1: y + 1 };
      } else if (open) {
        boxes.push(open);
        open = null;
      }
    }
    if (open) boxes.push(open);
    return boxes.filter((box) => box.y1 - box.y0 >= 12);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A band's padding: solid colour this many points in from either end of each of its rows. */
const EDGE = 6;

/** Is the box inside the other, give or take `slack` points (antialiasing, glyph overhang)? */
export function inside(inner: Box, outer: Box, slack = 1): boolean {
  return inner.x0 >= outer.x0 - slack && inner.x1 <= outer.x1 + slack && inner.y0 >= outer.y0 - slack && inner.y1 <= outer.y1 + slack;
}

/**
 * Does the word sit in the box? Its full width, and its middle line: pdftotext gives a word the
 * height of the font's bounding box (ascent to descent of the tallest glyph of all), far more than
 * its letters take.
 */
export function sitsIn(word: Box, box: Box, slack = 1): boolean {
  const middle = (word.y0 + word.y1) / 2;
  return word.x0 >= box.x0 - slack && word.x1 <= box.x1 + slack && middle > box.y0 && middle < box.y1;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The page's words that spell `text` (its whitespace-separated parts, in order of the page). */
export function wordsOf(words: Word[], text: string): Word[] {
  const parts = new Set(text.split(/\s+/).filter(Boolean));
  return words.filter((w) => parts.has(w.text));
}
