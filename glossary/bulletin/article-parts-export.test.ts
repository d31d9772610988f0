// Every part the article editor edits (rubric, 요약 sentence, lead date, notes, tables with their
// header choice, `* 출처`, 참고자료) saved the way the editor saves it, then exported: the HTML (which
// Chromium prints for the PDF) and the DOCX show each part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { tempStore } from '../store/test-helpers.ts';
import { appendTable, insertLine, replaceReferences } from './body-parts.ts';
import { exportDocx } from './export-docx.ts';
import { exportHtml } from './export-html.ts';
import { bulletinFromStore } from './from-store.ts';

function editedIssue() {
  const store = tempStore();
  const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  const article = store.addArticle({ issueId: issue.id, section: 'technology', category: '', title: '전자피부 개발' });
  let body = '- 칭화대가 전자피부를 개발했다\n - * 전자피부: 촉각 센서';
  body = insertLine(body, null, '- ▶ 시장 규모: 1,700억 위안');
  body = appendTable(body, { title: '성능 비교', rows: [['항목', '값'], ['감도', '0.1kPa']], header: true });
  body = insertLine(body, null, '- 후속 연구 계획');
  body = insertLine(body, null, '* 출처: https://news.example.cn/a');
  body = replaceReferences(body, [{ title: '清华大学研发电子皮肤', url: 'https://www.tsinghua.edu.cn/x', line: 0 }]);
  store.saveArticle({ id: article.id, category: '바이오', title: '전자피부 개발', lead: '촉각 감지를 실현 (6.6)', summary: '칭화대, 전자피부 개발 성공', body, sources: [] });
  const bulletin = bulletinFromStore(store, issue.id);
  store.close();
  return bulletin;
}

test('the HTML export shows each part the editor edits', () => {
  const html = exportHtml(editedIssue());
  for (const piece of [
    '<p class="h-rubric">바이오</p>',
    '칭화대, 전자피부 개발 성공',
    '촉각 감지를 실현',
    '(6.6)',
    '전자피부: 촉각 센서',
    '시장 규모: 1,700억 위안',
    '〈성능 비교〉',
    '<th',
    '0.1kPa',
    '후속 연구 계획',
    'https://news.example.cn/a',
    '清华大学研发电子皮肤',
    'https://www.tsinghua.edu.cn/x',
  ]) assert.ok(html.includes(piece), `the HTML lacks ${piece}`);
  assert.ok(!html.includes('[머리행]'), 'the header marker is not printed');
  // The 요약 bullet comes before the article.
  assert.ok(html.indexOf('칭화대, 전자피부 개발 성공') < html.indexOf('<p class="h-rubric">'));
});

test('the DOCX export shows each part the editor edits, the chosen header row repeating', async () => {
  const zip = await JSZip.loadAsync(await exportDocx(editedIssue()));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  for (const piece of ['바이오', '칭화대, 전자피부 개발 성공', '촉각 감지를 실현', '6.6', '시장 규모:', '1,700', '성능 비교', '0.1kPa', 'https://news.example.cn/a', '清华大学研发电子皮肤', 'https://www.tsinghua.edu.cn/x']) {
    assert.ok(text.includes(piece), `the DOCX lacks ${piece}`);
  }
  assert.match(xml, /<w:tblHeader\/>/);
  assert.ok(!text.includes('[머리행]'));
});
