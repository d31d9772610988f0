// Opens the exported DOCX the way a reader would: LibreOffice converts it to PDF (one conversion
// for the whole file, it is slow), poppler reads the text back and renders the cover.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseIssueText } from './parse-text.ts';
import { exportDocx } from './export-docx.ts';
import { allArticles } from './model.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const issue = parseIssueText('kostec-weekly-2024-06-21.txt', readFileSync(SAMPLE, 'utf8'));

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const officeMissing = ['soffice', 'pdftotext', 'pdftoppm', 'pdffonts'].every(has)
  ? false
  : 'soffice or poppler (pdftotext, pdftoppm, pdffonts) not installed (npm test installs libreoffice-writer-nogui and poppler-utils first)';
/** A test that cannot run here fails with the reason (no silent skip). */
const needs = (missing: string | false) => {
  if (missing) assert.fail(`cannot run here: ${missing}`);
};

let dir = '';
let docxPath = '';
let pdfPath = '';

before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'donghyang-docx-'));
  docxPath = path.join(dir, 'issue.docx');
  writeFileSync(docxPath, await exportDocx(issue));
  if (officeMissing) return;
  // An own profile, so a LibreOffice run elsewhere on the machine cannot block this one.
  execFileSync('soffice', [
    `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
    '--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath,
  ], { stdio: 'ignore', timeout: 180_000 });
  pdfPath = path.join(dir, 'issue.pdf');
}, { timeout: 200_000 });

after(() => {
  if (dir && !process.env.KEEP_DOCX_TEST) rmSync(dir, { recursive: true, force: true });
});

test('the DOCX is a Word file with heading styles and the CJK font on every run', () => {
  needs(!has('unzip') && 'unzip not installed');
  const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
  // Heading 1: 요약 + 3 sections; Heading 2: 7 articles + 7 short items; Heading 3: 4 sub-headings.
  assert.equal(count(/w:pStyle w:val="Heading1"/g), 4);
  assert.equal(count(/w:pStyle w:val="Heading2"/g), 14);
  assert.equal(count(/w:pStyle w:val="Heading3"/g), 4);
  assert.equal(count(/<w:tbl>/g), 6);
  const fonts = xml.match(/<w:rFonts [^>]*>/g) ?? [];
  assert.ok(fonts.length > 100);
  assert.ok(fonts.every((f) => f.includes('w:eastAsia="Noto Sans CJK KR"') && f.includes('w:ascii="Noto Sans CJK KR"')));
  const rels = execFileSync('unzip', ['-p', docxPath, 'word/_rels/document.xml.rels'], { encoding: 'utf8' });
  assert.ok(rels.includes('Target="https://36kr.com/p/2825056176113921" TargetMode="External"'));
});

test('LibreOffice opens it: headings in the house order, in the CJK font, with live links', () => {
  needs(officeMissing);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const expected = [
    issue.title, 'CONTENTS', '요약', '1.정책동향',
    ...issue.sections[0]!.articles.map((a) => a.title),
    '2.기술동향',
    ...issue.sections[1]!.articles.map((a) => a.title),
    '3.단신동향',
    ...issue.shortItems.map((i) => `${String(i.number).padStart(2, '0')}${i.title}`),
    '|발행기관|한중과학기술협력센터',
  ];
  let at = text.indexOf('CONTENTS') + 1; // the CONTENTS page lists the titles once already
  at = text.indexOf('요약', at);
  assert.ok(text.startsWith('KOREA-CHINA'), 'the cover opens the document');
  assert.ok(text.indexOf(issue.title) < text.indexOf('CONTENTS'));
  for (const heading of expected.slice(3)) {
    const next = text.indexOf(heading.replace(/\s+/g, ''), at);
    assert.ok(next > at, `heading "${heading}" missing or out of order`);
    at = next;
  }
  assert.equal(allArticles(issue).length, 7);
  const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
  assert.match(fonts, /NotoSansCJK/);
  const pdf = readFileSync(pdfPath, 'latin1');
  assert.ok(pdf.includes('/URI(https://36kr.com/p/2825056176113921'), 'reference links are live');
});

test('page 1 renders as the cover', () => {
  needs(officeMissing);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, path.join(dir, 'cover')]);
  const png = path.join(dir, 'cover-01.png');
  assert.ok(statSync(png).size > 5_000, 'the cover rendered to a PNG');
  const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  assert.ok(cover.includes('중국과학기술정책주간동향') && cover.includes('2024.6.21.') && cover.includes('한중과학기술협력센터'));
  assert.ok(!cover.includes('CONTENTS'), 'the cover is a page of its own');
});
