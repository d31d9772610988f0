// The 2025 KOSTEC form: □ headline bullets, ○ (발표 배경) sub-bullets, a <참고자료> block of
// `(25.12.19, 科技部) 标题 URL` lines. Import reads it, the store keeps it, the layout renders it
// in its own style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseIssueText } from './parse-text.ts';
import { exportHtml } from './export-html.ts';
import { exportMarkdown } from './export-markdown.ts';
import { importIssueIntoStore } from './to-store.ts';
import { bulletinFromStore } from './from-store.ts';
import { withoutPositions } from './model.ts';
import { openStore } from '../store/index.ts';

export const KOSTEC_2025 = `CONTENTS

1. 정책동향

기술전략 • 과기부, '인공지능+과학기술' 행동 방안 발표

- 과기부는 '인공지능+과학기술' 행동 방안을 발표하고 2027년까지 연구 플랫폼 20개를 구축할 계획이다.

정책동향

기술전략

과기부, '인공지능+과학기술' 행동 방안 발표

□ 과기부는 '인공지능+과학기술' 행동 방안을 발표하고 2027년까지 과학연구용 대규모 모델과 연구 플랫폼 20개를 구축할 계획
 ○ (발표 배경) 인공지능이 과학연구의 패러다임을 바꾸고 있어 기초연구 전반에 인공지능 활용을 확대할 필요
  - 과학기술부(科技部)와 국가자연과학기금위원회가 공동으로 추진
 ○ (주요 목표) 연간 60억 위안(약 1조 2,000억 원)을 투입해 분야별 데이터셋 100개 구축
□ 지방정부는 실정에 맞는 세부 시행 방안을 내년 상반기까지 마련

<참고자료>
(25.12.19, 科技部) 科技部关于印发《"人工智能+科技"行动方案》的通知 https://www.most.gov.cn/xxgk/2025/1219.html
(25.12.18, 新华社) 人工智能赋能科研范式变革 https://www.news.cn/2025-12/18/c_1131.htm

KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER

중국 과학기술 정책 주/간/동/향

| 발 행 일 | 2025. 12. 26.

| 발행기관 | 한중과학기술협력센터
`;

const issue = parseIssueText('kostec-2025.txt', KOSTEC_2025);
const article = issue.sections[0]!.articles[0]!;

test('□ lines are headline bullets, ○ lines their sub-bullets, - lines under those', () => {
  assert.equal(issue.style, 'kostec-2025');
  assert.equal(article.lead, null, '□ opens a bullet in this form, not the lead');
  assert.deepEqual(article.blocks.map((b) => [b.kind, 'depth' in b ? b.depth : -1, 'text' in b ? b.text.slice(0, 8) : '']), [
    ['bullet', 0, '과기부는 \'인공'],
    ['bullet', 1, '(발표 배경) '],
    ['bullet', 2, '과학기술부(科技'],
    ['bullet', 1, '(주요 목표) '],
    ['bullet', 0, '지방정부는 실정'],
  ]);
});

test('<참고자료> lines give the source\'s date, publisher, title and URL', () => {
  assert.deepEqual(article.references.map(({ line: _line, ...r }) => r), [
    { title: '科技部关于印发《"人工智能+科技"行动方案》的通知', url: 'https://www.most.gov.cn/xxgk/2025/1219.html', date: '2025-12-19', publisher: '科技部' },
    { title: '人工智能赋能科研范式变革', url: 'https://www.news.cn/2025-12/18/c_1131.htm', date: '2025-12-18', publisher: '新华社' },
  ]);
});

test('the issue renders in its style: □ / ○ / - bullets and the <참고자료> block with dated lines', () => {
  const html = exportHtml(issue);
  assert.match(html, /<p class="h-bullet h-d0">□ 과기부는/);
  assert.match(html, /<p class="h-bullet h-d1">○ \(발표 배경\)/);
  assert.match(html, /<p class="h-bullet h-d2">- 과학기술부/);
  assert.match(html, /<p class="h-references-title">&#60;참고자료&#62;<\/p><p class="h-reference">\(25\.12\.19, <span lang="zh-Hans">科技部<\/span>\) /);
  assert.doesNotMatch(html, /☑/);
});

test('stored and read back, the issue keeps its bullets, dated references and style', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-2025-'));
  const store = openStore(path.join(dir, 'g.db'));
  try {
    const { issue: stored } = importIssueIntoStore(store, issue);
    const back = bulletinFromStore(store, stored!.id);
    assert.equal(back.style, 'kostec-2025');
    const again = back.sections[0]!.articles[0]!;
    assert.deepEqual(withoutPositions(again.blocks), withoutPositions(article.blocks));
    assert.deepEqual(withoutPositions(again.references), withoutPositions(article.references));
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Markdown in the 2025 style: □ / ○ bullets, the <참고자료> block of dated lines, read back the same', () => {
  const markdown = exportMarkdown(issue);
  const lines = markdown.split('\n');
  for (const line of [
    'style: "kostec-2025"',
    "- □ 과기부는 '인공지능+과학기술' 행동 방안을 발표하고 2027년까지 과학연구용 대규모 모델과 연구 플랫폼 20개를 구축할 계획",
    '  - ○ (발표 배경) 인공지능이 과학연구의 패러다임을 바꾸고 있어 기초연구 전반에 인공지능 활용을 확대할 필요',
    '    - 과학기술부(科技部)와 국가자연과학기금위원회가 공동으로 추진',
    '\\<참고자료\\>',
    '- (25.12.19, 科技部) 科技部关于印发《"人工智能+科技"行动方案》的通知 <https://www.most.gov.cn/xxgk/2025/1219.html>',
  ]) {
    assert.ok(lines.includes(line), `missing line: ${line}\n${markdown}`);
  }
  assert.doesNotMatch(markdown, /☑/);
  const again = parseIssueText('kostec-2025.md', markdown);
  assert.equal(again.style, 'kostec-2025');
  const { unplaced: _a, ...back } = withoutPositions(again);
  const { unplaced: _b, ...original } = withoutPositions(issue);
  assert.deepEqual(back, original);
  assert.equal(exportMarkdown(again), markdown, 'stable on a second export');
});

test('the same issue switched to the 2024 style writes - bullets and ☑ references, and no style line', () => {
  const markdown = exportMarkdown({ ...issue, style: 'house-2024' });
  assert.ok(markdown.includes("\n- 과기부는 '인공지능+과학기술'"), markdown);
  assert.ok(markdown.includes('\n  - (발표 배경) '));
  assert.ok(markdown.includes('\n- ☑ 人工智能赋能科研范式变革 <https://www.news.cn/2025-12/18/c_1131.htm>'));
  assert.doesNotMatch(markdown, /^style:|□|○/m);
});

test('a Markdown file naming an unknown style is refused with its line', () => {
  const markdown = exportMarkdown(issue).replace('style: "kostec-2025"', 'style: "kostec-2030"');
  assert.throws(() => parseIssueText('bad.md', markdown), /bad\.md:5: front matter style "kostec-2030" is not one of house-2024, kostec-2025/s);
});
