// The cover at A4 with an issue number, title, subtitle and publisher edited to long values: every
// text stays inside its shape (the bands' text inside the blue bands, the rest on white within the
// page), and the cover stays one page, in the PDF Chromium prints and in the DOCX as LibreOffice
// renders it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseIssueText } from './parse-text.ts';
import { exportPdf, findEngine, type PdfEngine } from './export-pdf.ts';
import { closePrinter } from './chromium-printer.ts';
import { DEFAULT_ORGANIZATION } from './layout/house-layout.ts';
import { bandBoxes, inside, pageWords, sitsIn, wordsOf } from './cover-proof.ts';
import type { BulletinIssue } from './model.ts';
import { SIZE } from './layout/tokens.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const sample = parseIssueText('kostec-weekly-2024-06-21.txt', fs.readFileSync(SAMPLE, 'utf8'));

const LONG: BulletinIssue = {
  ...sample,
  title: '중국 과학기술 정책 주간동향 특별호 인공지능+ 행동과 새로운 질적 생산력',
  subtitle: '2024년 하반기 중국 과학기술부 · 국가발전개혁위원회 · 공업정보화부 주요 정책 종합 분석',
  number: '제2024-123호 (통권 제1,234호, 특별호 합본)',
  date: '2024-12-31',
  publisher: '한중과학기술협력센터 베이징 대표처, 중국과학기술정보연구소, 한국과학기술기획평가원 공동 발행',
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-cover-test-'));
after(() => {
  closePrinter();
  if (process.env.KEEP_COVER_PDF) fs.cpSync(dir, process.env.KEEP_COVER_PDF, { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

for (const engine of ['chromium', 'libreoffice'] as PdfEngine[]) {
  test(`${engine}: long cover texts stay inside their shapes on one A4 page`, { skip: findEngine(engine) === null && `${engine} is not installed` }, async () => {
    const file = path.join(dir, `${engine}.pdf`);
    fs.writeFileSync(file, await exportPdf(LONG, { engine }));
    const { width, height, words } = pageWords(file, 1);
    assert.ok(Math.abs(width - 595.3) < 1 && Math.abs(height - 841.9) < 1, `page 1 is A4 (${width}×${height})`);

    const bands = bandBoxes(file, 1);
    assert.equal(bands.length, 2, `two bands on the cover (top, foot): ${JSON.stringify(bands)}`);
    const [top, foot] = bands as [typeof bands[0], typeof bands[0]];
    for (const band of bands) assert.ok(band.x0 >= 0 && band.x1 <= width && band.y1 <= height, `band ${JSON.stringify(band)} lies on the page`);
    assert.ok(foot.y0 > height / 2, 'the foot band is in the lower half');

    const publisher = wordsOf(words, LONG.publisher);
    assert.equal(publisher.length, LONG.publisher.split(/\s+/).length, `every word of the publisher is on page 1: ${publisher.map((w) => w.text)}`);
    for (const w of publisher) assert.ok(sitsIn(w, foot), `publisher word "${w.text}" ${JSON.stringify(w)} is outside the foot band ${JSON.stringify(foot)}`);
    const organization = wordsOf(words, DEFAULT_ORGANIZATION);
    assert.ok(organization.length >= 2 * DEFAULT_ORGANIZATION.split(' ').length - 2, 'the organization line is printed in both bands');
    for (const w of organization) assert.ok(sitsIn(w, top) || sitsIn(w, foot), `organization word "${w.text}" is outside the bands`);

    // Title, subtitle, date and number: on white, within the page's margins, none under a band.
    const onWhite = wordsOf(words, [LONG.title, LONG.subtitle!, LONG.number!, '2024. 12. 31.'].join(' '));
    for (const part of ['특별호', '질적', '국가발전개혁위원회', '종합', '제2024-123호', '합본)', '31.']) {
      assert.ok(onWhite.some((w) => w.text === part), `"${part}" is on the cover`);
    }
    const text = { x0: 20 * 72 / 25.4 - 2, y0: 0, x1: width - 20 * 72 / 25.4 + 2, y1: height };
    for (const w of onWhite) {
      assert.ok(inside(w, text, 0), `"${w.text}" ${JSON.stringify(w)} is outside the text area`);
      const middle = (w.y0 + w.y1) / 2;
      assert.ok(!bands.some((b) => middle > b.y0 - 2 && middle < b.y1 + 2), `"${w.text}" runs into a band`);
    }

    // The long title wraps to lines a full type size apart (not laid over one another).
    const titleLines = [...new Set(wordsOf(words, LONG.title).map((w) => Math.round((w.y0 + w.y1) / 2)))].sort((a, b) => a - b);
    assert.ok(titleLines.length >= 2, 'the long title wraps');
    for (let i = 1; i < titleLines.length; i++) {
      assert.ok(titleLines[i]! - titleLines[i - 1]! >= SIZE.coverTitle, `title lines ${titleLines} are closer than ${SIZE.coverTitle} pt`);
    }

    // The cover is one page: page 2 is CONTENTS and carries nothing of the cover.
    const second = pageWords(file, 2).words.map((w) => w.text);
    assert.equal(second[0], 'CONTENTS');
    assert.ok(!second.includes('공동'), 'the publisher spilled onto page 2');
  });
}
