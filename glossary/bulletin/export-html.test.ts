import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseIssueText } from './parse-text.ts';
import { exportHtml } from './export-html.ts';
import type { BulletinIssue } from './model.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const issue = parseIssueText('kostec-weekly-2024-06-21.txt', readFileSync(SAMPLE, 'utf8'));
const html = exportHtml(issue);

test('one self-contained file: inline CSS with the CJK font, no scripts or external resources', () => {
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<style>[^<]*font-family: 'Noto Sans CJK KR'/);
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=/i);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
});

test('the issue in the house layout: cover, CONTENTS, 요약, sections, short items, colophon in order', () => {
  const order = ['class="h-cover"', '중국 과학기술 정책 주간동향', 'CONTENTS', '<h1>요약</h1>', '<h1 id="policy" class="h-section">1. 정책동향</h1>',
    '<p class="h-rubric">기술전략</p>', '국가발전개혁위, 서부지역 수소에너지 장려 산업 목록 신규 공개</h2>', '<p class="h-lead">■ ',
    '<h1 id="technology" class="h-section">2. 기술동향</h1>', '<h1 id="brief" class="h-section">3. 단신동향</h1>',
    '07 HSBC China, 기업용 디지털 위안화 서비스 출시', 'class="h-colophon"'];
  let at = -1;
  for (const piece of order) {
    const next = html.indexOf(piece, at + 1);
    assert.ok(next > at, `"${piece}" is missing or out of order`);
    at = next;
  }
  assert.equal((html.match(/<table class="h-table">/g) ?? []).length, 6);
  assert.equal((html.match(/<h2/g) ?? []).length, 7 + 7);
  assert.match(html, /<a href="https:\/\/36kr\.com\/p\/2825056176113921">/);
  assert.match(html, /<strong>수소연료 배터리 개발 분야에 집중하고,<\/strong>/);
});

test('print rules: headings keep with what follows, sections start a page, table headers repeat, A4 with page numbers', () => {
  assert.match(html, /h2 \{[^}]*break-after: avoid/);
  assert.match(html, /\.h-lead \{[^}]*break-after: avoid/);
  assert.match(html, /h1\.h-section \{[^}]*break-before: page/);
  assert.match(html, /\.h-table thead \{ display: table-header-group; \}/);
  assert.match(html, /@page \{ size: A4;[^@]*@bottom-center \{ content: counter\(page\)/);
  // The first table's first row is its header: short labels over longer text.
  assert.match(html, /<thead><tr><th>구분<\/th><th>기업명<\/th><th>분야<\/th>/);
});

test('Chinese is tagged as Chinese (simplified or traditional), Korean usage of a lone hanja is not', () => {
  assert.match(html, /위화퉁\(<span lang="zh-Hant">亿華通<\/span>\)/);
  assert.match(html, /<span lang="zh-Hans">国家发改委公示西部各省新增鼓励类氢能产业<\/span>/);
  assert.match(html, /:lang\(zh-Hans\) \{ font-family: 'Noto Sans CJK SC'/);
  assert.doesNotMatch(html, /<span lang="zh-Han[st]">省<\/span>/);
});

test('user text is escaped: a <script> title stays text; only http(s) URLs become links', () => {
  const article = issue.sections[0]!.articles[0]!;
  const hostile: BulletinIssue = {
    ...issue,
    title: '<script>alert("t")</script>',
    sections: [{ ...issue.sections[0]!, articles: [{
      ...article,
      title: '<script>alert(1)</script> & "quotes"',
      references: [{ title: '<img src=x onerror=alert(2)>', url: 'javascript:alert(3)', line: 0 }],
      blocks: [{ kind: 'source', text: 'javascript:alert(4)', line: 0 }, { kind: 'bullet', depth: 0, text: '**<b>x</b>**', line: 0 }],
    }] }],
  };
  const out = exportHtml(hostile);
  assert.doesNotMatch(out, /<script|<img|href="javascript/i);
  assert.match(out, /&#60;script&#62;alert\(1\)&#60;\/script&#62; &#38; &#34;quotes&#34;/);
  assert.match(out, /<strong>&#60;b&#62;x&#60;\/b&#62;<\/strong>/);
  assert.match(out, /javascript:alert\(3\)/); // shown as text, not linked
});
