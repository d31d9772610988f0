import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseIssueText } from './parse-text.ts';
import { exportPdf, findEngine, type PdfEngine } from './export-pdf.ts';
import { closePrinter } from './chromium-printer.ts';
import { houseLayout } from './layout/house-layout.ts';
import { tableStressIssue } from './layout/table-fixture.ts';
import { keepWithNextTexts, layoutTexts, numberUnitGaps, pagesEndingInHeading, pdfOutline, pdfPages } from './pdf-proof.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const sample = parseIssueText('kostec-weekly-2024-06-21.txt', fs.readFileSync(SAMPLE, 'utf8'));
const firstTitle = sample.sections[0]!.articles[0]!.title;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-pdf-'));
after(() => {
  closePrinter();
  fs.rmSync(dir, { recursive: true, force: true });
});

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasTool('pdftotext') && hasTool('pdftoppm');
const squash = (text: string) => text.replace(/\s+/g, '');

for (const engine of ['libreoffice', 'chromium'] as PdfEngine[]) {
  const missing = findEngine(engine) === null ? `${engine} is not installed` : !poppler ? 'poppler-utils (pdftotext, pdftoppm) is not installed' : false;
  test(`${engine}: the PDF holds the issue title and the first article, and page 1 renders`, async () => {
    if (missing) assert.fail(`cannot run here: ${missing} (npm test installs it first)`);
    const pdf = await exportPdf(sample, { engine });
    assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
    const file = path.join(dir, `${engine}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = squash(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
    assert.ok(text.includes(squash('중국 과학기술 정책 주간동향')), 'title missing from the PDF text');
    assert.ok(text.includes(squash(firstTitle)), 'first article title missing from the PDF text');
    assert.ok(text.includes('2024.6.21.'), 'issue date missing');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, engine)]);
    const page = fs.readdirSync(dir).find((f) => f.startsWith(`${engine}-`) && f.endsWith('.png'));
    assert.ok(page, 'page 1 was not rendered');
    const png = fs.readFileSync(path.join(dir, page));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // A blank A4 page at 60 dpi compresses to ~1 kB; the cover with its text and bands is far larger.
    assert.ok(png.length > 8000, `page 1 looks blank (${png.length} bytes)`);
    // The proof-reader's checks: no `1,700 억`, bookmarks for sections and articles, no stranded heading.
    const nodes = houseLayout(sample);
    const pages = pdfPages(file);
    assert.ok(pages.join('').includes('1,700억'));
    assert.deepEqual(numberUnitGaps(pages.join('\n'), layoutTexts(nodes)), []);
    assert.deepEqual(pagesEndingInHeading(pages, keepWithNextTexts(nodes)), []);
    const outline = pdfOutline(file).map((o) => ({ ...o, title: o.title.replaceAll('\u2060', '') }));
    assert.deepEqual(outline.filter((o) => o.depth === 0).map((o) => o.title), ['요약', '1. 정책동향', '2. 기술동향', '3. 단신동향']);
    assert.deepEqual(outline.filter((o) => o.depth === 1).slice(0, 5).map((o) => o.title), sample.sections[0]!.articles.map((a) => a.title));
  });
}

test('with neither LibreOffice nor Chromium the error says what to install', async () => {
  const saved = { soffice: process.env.DONGHYANG_SOFFICE, chromium: process.env.DONGHYANG_CHROMIUM };
  process.env.DONGHYANG_SOFFICE = path.join(dir, 'no-soffice');
  process.env.DONGHYANG_CHROMIUM = path.join(dir, 'no-chromium');
  try {
    await assert.rejects(exportPdf(sample), /needs LibreOffice or Chromium.*libreoffice-writer-nogui.*chromium.*fonts-noto-cjk/);
  } finally {
    for (const [key, value] of [['DONGHYANG_SOFFICE', saved.soffice], ['DONGHYANG_CHROMIUM', saved.chromium]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
});

test('an engine that fails is reported with its reason, not as a missing tool', async () => {
  const fake = path.join(dir, 'broken-soffice');
  fs.writeFileSync(fake, '#!/bin/sh\necho "soffice: cannot open display" >&2\nexit 3\n', { mode: 0o755 });
  const saved = process.env.DONGHYANG_SOFFICE;
  process.env.DONGHYANG_SOFFICE = fake;
  try {
    await assert.rejects(exportPdf(sample, { engine: 'libreoffice' }), /PDF export failed: broken-soffice could not make the PDF: soffice: cannot open display/);
    // Chromium first, LibreOffice as the fallback: a broken LibreOffice does not matter while Chromium works.
    if (findEngine('chromium')) assert.equal(new TextDecoder().decode((await exportPdf(sample)).subarray(0, 5)), '%PDF-');
  } finally {
    if (saved === undefined) delete process.env.DONGHYANG_SOFFICE;
    else process.env.DONGHYANG_SOFFICE = saved;
  }
});

test('a Chromium that dies is reported with its reason, and the next export starts a fresh one', { skip: findEngine('chromium') === null && 'chromium is not installed' }, async () => {
  const fake = path.join(dir, 'broken-chromium');
  fs.writeFileSync(fake, '#!/bin/sh\nexit 7\n', { mode: 0o755 });
  const saved = process.env.DONGHYANG_CHROMIUM;
  process.env.DONGHYANG_CHROMIUM = fake;
  try {
    await assert.rejects(exportPdf(sample, { engine: 'chromium' }), /PDF export failed: Chromium quit \(exit code 7\)/);
  } finally {
    if (saved === undefined) delete process.env.DONGHYANG_CHROMIUM;
    else process.env.DONGHYANG_CHROMIUM = saved;
  }
  const pdf = await exportPdf(sample, { engine: 'chromium' });
  assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
});

test('wide, ragged and long tables: words stay whole, the long table splits with its header repeated', { skip: (findEngine('chromium') === null || !poppler) && 'chromium or poppler missing' }, async () => {
  const issue = tableStressIssue();
  const file = path.join(dir, 'tables.pdf');
  fs.writeFileSync(file, await exportPdf(issue, { engine: 'chromium' }));
  const pages = pdfPages(file);
  for (const word of ['구이저우성(貴州省)', '쓰촨성(四川省)', 'AI-embodied', '예산(억']) {
    assert.ok(pages.some((p) => p.split('\n').some((line) => line.includes(word))), `"${word}" was broken across lines`);
  }
  const first = pages.findIndex((p) => p.includes('도시1\n') || /도시1\s/.test(p));
  const last = pages.findIndex((p) => p.includes('도시48'));
  assert.ok(last > first && first >= 0, 'the long table runs over more than one page');
  for (let p = first; p <= last; p++) assert.match(pages[p]!, /기술이전 건수/, `page ${p + 1} repeats the header row`);
  assert.deepEqual(pagesEndingInHeading(pages, keepWithNextTexts(houseLayout(issue))), []);
});
