// What an editor sets on an issue in the app (title page, colophon, style) reaches every export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import JSZip from 'jszip';
import { tempStore } from '../store/test-helpers.ts';
import { bulletinFromStore } from './from-store.ts';
import { exportHtml } from './export-html.ts';
import { exportMarkdown } from './export-markdown.ts';
import { exportDocx } from './export-docx.ts';
import { parseIssueText } from './parse-text.ts';
import { importIssueIntoStore } from './to-store.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);

function draft() {
  const store = tempStore();
  const issue = store.createIssue({ number: '2024-24', date: '2024-06-28', rate: 190 });
  const row = store.addArticle({ issueId: issue.id, section: 'policy', category: '기술전략', title: '과기부, 행동 방안 발표' });
  store.saveArticle({
    id: row.id,
    title: '과기부, 행동 방안 발표',
    lead: '',
    body: ['- 과기부는 행동 방안을 발표', ' - (발표 배경) 인공지능 활용을 확대할 필요', '참고자료', '☑ 科技部关于印发行动方案的通知 https://www.most.gov.cn/a.html'].join('\n'),
    sources: [],
  });
  return { store, id: issue.id };
}

test('the style chosen for an issue is the style of its HTML, Markdown and DOCX', async () => {
  const { store, id } = draft();
  assert.equal(bulletinFromStore(store, id).style, undefined, 'a new issue is in the 2024 house style');
  assert.match(exportHtml(bulletinFromStore(store, id)), /<p class="h-bullet h-d0">- 과기부는/);

  store.updateIssue(id, { style: 'kostec-2025' });
  const issue = bulletinFromStore(store, id);
  assert.equal(issue.style, 'kostec-2025');
  const html = exportHtml(issue);
  assert.match(html, /<p class="h-bullet h-d0">□ 과기부는/);
  assert.match(html, /<p class="h-bullet h-d1">○ \(발표 배경\)/);
  assert.match(html, /<p class="h-references-title">&#60;참고자료&#62;<\/p>/);
  const markdown = exportMarkdown(issue);
  assert.ok(markdown.includes('\n- □ 과기부는 행동 방안을 발표\n  - ○ (발표 배경) 인공지능 활용을 확대할 필요\n'), markdown);
  const docx = await (await JSZip.loadAsync(await exportDocx(issue))).file('word/document.xml')!.async('string');
  assert.ok(docx.includes('□ 과기부는'), 'the DOCX bullet is □');
  assert.ok(docx.includes('○ (발표 배경)'), 'the DOCX sub-bullet is ○');

  store.updateIssue(id, { style: 'house-2024' });
  assert.match(exportHtml(bulletinFromStore(store, id)), /<p class="h-bullet h-d0">- 과기부는/);
  store.close();
});

test('title page texts and the colophon edited in the app print on the cover and the last page', () => {
  const { store, id } = draft();
  store.updateIssue(id, {
    number: '2024-25',
    title: '중국 과학기술 정책 특집',
    subtitle: '인공지능+ 행동 방안',
    publisher: '한중과학기술협력센터 베이징사무소',
    colophon: { organization: 'KOSTEC BEIJING', fields: [{ label: '발행일', value: '(자동)' }, { label: '발행인', value: '홍길동' }], url: 'https://www.kostec.re.kr' },
  });
  store.updateIssue(id, { date: '2024-07-05' });
  const issue = bulletinFromStore(store, id);
  const html = exportHtml(issue);
  assert.match(html, /<p class="h-cover-title">중국 과학기술 정책 특집<\/p><p class="h-cover-subtitle">인공지능\+ 행동 방안<\/p><p class="h-cover-date">2024\. 7\. 5\.<\/p><p class="h-cover-number">제2024-25호<\/p>/);
  assert.match(html, /<p class="h-cover-publisher">한중과학기술협력센터 베이징사무소<\/p>/);
  assert.match(html, /<p class="h-colophon-org">KOSTEC BEIJING<\/p>/);
  assert.match(html, /<b>발행일<\/b> 2024\. 7\. 5\./, '발행일 follows the issue date');
  assert.match(html, /<b>발행인<\/b> 홍길동/);
  const markdown = exportMarkdown(issue);
  assert.ok(markdown.startsWith('---\ntitle: "중국 과학기술 정책 특집"\nsubtitle: "인공지능+ 행동 방안"\n'), markdown.slice(0, 200));
  assert.equal(parseIssueText('again.md', markdown).subtitle, '인공지능+ 행동 방안');
  store.close();
});

test('an imported issue: its printed title page is editable, and its style stays until changed', () => {
  const store = tempStore();
  const sample = parseIssueText('kostec-weekly-2024-06-21.txt', fs.readFileSync(SAMPLE, 'utf8'));
  const { issue } = importIssueIntoStore(store, { ...sample, style: 'kostec-2025' });
  assert.equal(issue!.style, 'kostec-2025');
  assert.equal(issue!.title, sample.title);
  store.updateIssue(issue!.id, { title: '새 제목', publisher: '새 발행처' });
  const back = bulletinFromStore(store, issue!.id);
  assert.equal(back.title, '새 제목');
  assert.equal(back.publisher, '새 발행처');
  assert.equal(back.style, 'kostec-2025');
  store.close();
});
