// Every part of an article the house layout prints is edited in the article editor: rubric, 요약
// sentence, ■ lead date, ▶ note and `* 출처` lines, a table (rows, columns, header row, cells pasted
// from a spreadsheet) and 참고자료 from the sources. Each edit is autosaved and undoable, and the
// print view, the HTML, the DOCX and the PDF show it.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import type { Locator, Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures.ts';
import { openStore } from '../glossary/store/index.ts';

function seed(dbPath: string): void {
  const store = openStore(dbPath);
  try {
    const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: 189.5 });
    const article = store.addArticle({ issueId: issue.id, section: 'policy', title: '청두시 인공지능 계획' });
    store.saveArticle({
      id: article.id,
      title: '청두시 인공지능 계획',
      lead: '핵심 산업 규모 1,700억 위안 목표 (6.4)',
      body: '- 청두시가 인공지능 산업 3개년 계획을 발표했다',
      sources: [{ title: '成都市人工智能产业高质量发展三年行动计划', url: 'https://www.chengdu.gov.cn/ai', text: '成都市发布人工智能产业三年行动计划。' }],
    });
  } finally {
    store.close();
  }
}

/** A paste as Excel or LibreOffice Calc puts it on the clipboard: tab-separated text. */
async function pasteSpreadsheet(target: Locator, text: string): Promise<void> {
  await target.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

async function download(page: Page, testId: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  return (await waiting).path();
}

test('each article part is edited, undone and redone, autosaved, and printed in every export', async ({ app: page, dbPath }) => {
  test.setTimeout(180_000);
  seed(dbPath);
  await page.reload();
  await page.getByTestId('nav-issues').click();
  await page.getByTestId('issue-row').getByRole('link', { name: '2024-23' }).click();
  await page.getByTestId('open-article').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();

  // Rubric and 요약 sentence.
  await page.getByTestId('rubric-select').selectOption('지역');
  await page.getByTestId('summary-input').fill('청두시, 인공지능 산업 1,700억 위안 육성 계획 발표');

  // The lead's date: shown from the stored (6.4) as a Korean window writes dates, changed by typing
  // it the Korean way, printed as (6.5). A text that is no date is marked and never saved.
  const leadDate = page.getByTestId('lead-date');
  await expect(leadDate).toHaveValue('2024. 6. 4.');
  await expect(page.getByTestId('lead-date-label')).toContainText('6월 4일');
  await leadDate.fill('6월 초');
  await expect(leadDate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('lead-date-label')).toContainText('(6.4)');
  await leadDate.fill('2024. 6. 5.');
  await expect(leadDate).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('lead-date-label')).toContainText('(6.5)');
  // The calendar beside it is in Korean too.
  await page.getByTestId('lead-date-picker').click();
  await expect(page.getByTestId('lead-date-picker-calendar').getByTestId('date-month')).toHaveText('2024년 6월');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('draft-lead')).toHaveValue('핵심 산업 규모 1,700억 위안 목표');

  // A ▶ note and a `* 출처` line, started by their buttons below the caret's line.
  const body = page.getByTestId('draft-body');
  await body.click();
  await body.press('End');
  await page.getByTestId('insert-note').click();
  await page.keyboard.type('연산력 지원 강화 등 19개 과제');
  await page.getByTestId('insert-source').click();
  await page.keyboard.type('https://www.chengdu.gov.cn/news');
  await expect(body).toHaveValue('- 청두시가 인공지능 산업 3개년 계획을 발표했다\n- ▶ 연산력 지원 강화 등 19개 과제\n* 출처: https://www.chengdu.gov.cn/news');

  // A table: cells pasted from a spreadsheet, a column added and typed in, a row removed, header on.
  const tables = page.getByTestId('parts-tables');
  await tables.locator('summary').click();
  await expect(tables.getByTestId('table-paste')).toBeVisible();
  await pasteSpreadsheet(tables.getByTestId('table-paste'), '구분\t2023년\t목표\r\n산업 규모\t600억 위안\t1,700억 위안\r\n기업 수\t300\t500\r\n삭제할 행\tx\ty\r\n');
  const table = tables.getByTestId('table-editor');
  await expect(table.getByTestId('table-row')).toHaveCount(4);
  await table.getByTestId('table-title').fill('청두시 인공지능 산업 목표');
  await table.getByTestId('row-remove').nth(3).click();
  await expect(table.getByTestId('table-row')).toHaveCount(3);
  await table.getByTestId('column-add').click();
  // A cell typed in and cleared again: its (now empty) column stays on screen.
  await table.getByTestId('cell-1-3').fill('임시');
  await table.getByTestId('cell-1-3').fill('');
  await expect(table.getByTestId('cell-1-3')).toBeVisible();
  await table.getByTestId('cell-0-3').fill('비고');
  await table.getByTestId('cell-1-3').fill('26년');
  // A paste into a cell fills the cells from there on.
  await pasteSpreadsheet(table.getByTestId('cell-2-1'), '320\t520');
  await expect(table.getByTestId('cell-2-2')).toHaveValue('520');
  // The header row: detected (a first row of short labels), turned off, then chosen again.
  await expect(table.getByTestId('table-header')).toBeChecked();
  await table.getByTestId('table-header').uncheck();
  await expect(body).toHaveValue(/〈청두시 인공지능 산업 목표〉 \[머리행 없음\]\n/);
  await table.getByTestId('table-header').check();
  await expect(body).toHaveValue(/〈청두시 인공지능 산업 목표〉 \[머리행\]\n구분\t2023년\t목표\t비고\n산업 규모\t600억 위안\t1,700억 위안\t26년\n기업 수\t320\t520/);

  // 참고자료: taken from the article's source, one typed, then moved to the top.
  const references = page.getByTestId('parts-references');
  await references.locator('summary').click();
  await references.getByTestId('references-from-sources').click();
  await references.getByTestId('reference-add').click();
  await references.getByTestId('reference-title').nth(1).fill('四川省人工智能规划');
  await references.getByTestId('reference-url').nth(1).fill('https://www.sc.gov.cn/ai');
  await references.getByTestId('reference-up').nth(1).click();
  await expect(references.getByTestId('reference-title').first()).toHaveValue('四川省人工智能规划');
  await expect(references.getByTestId('reference-title').nth(1)).toHaveValue('成都市人工智能产业高质量发展三年行动计划');

  // Undo takes back the move; redo makes it again.
  await page.getByTestId('undo').click();
  await expect(references.getByTestId('reference-title').first()).toHaveValue('成都市人工智能产业高质量发展三年行动计划');
  await page.getByTestId('redo').click();
  await expect(references.getByTestId('reference-title').first()).toHaveValue('四川省人工智能规划');
  await saved(page);
  await page.locator('.draft-pane').evaluate((pane) => pane.scrollTo(0, 0));
  await screenshot(page, 'article-parts-editor');
  await references.scrollIntoViewIfNeeded();
  await screenshot(page, 'article-parts-table');

  // Reopened, the editor shows what was saved.
  await page.reload();
  await expect(page.getByTestId('rubric-select')).toHaveValue('지역');
  await expect(page.getByTestId('summary-input')).toHaveValue('청두시, 인공지능 산업 1,700억 위안 육성 계획 발표');
  await expect(page.getByTestId('lead-date')).toHaveAttribute('data-value', '2024-06-05');
  await expect(page.getByTestId('parts-tables').getByTestId('table-header')).toBeChecked();

  // The print view (the HTML export's layout).
  await page.getByTestId('back-to-issue').click();
  await page.getByTestId('open-print').click();
  const view = page.getByTestId('print-view');
  await expect(view.locator('.h-rubric')).toHaveText('지역');
  await expect(view.locator('.h-summary')).toContainText('청두시, 인공지능 산업 1,700억 위안 육성 계획 발표');
  await expect(view.locator('.h-lead')).toContainText('(6.5)');
  await expect(view.locator('.h-note')).toContainText('연산력 지원 강화 등 19개 과제');
  await expect(view.locator('.h-source')).toContainText('https://www.chengdu.gov.cn/news');
  await expect(view.locator('.h-table-title')).toHaveText('〈청두시 인공지능 산업 목표〉');
  await expect(view.getByTestId('print-table').locator('th')).toHaveText(['구분', '2023년', '목표', '비고']);
  await expect(view.getByTestId('print-table').locator('tbody tr')).toHaveCount(2);
  const refs = await view.locator('.h-reference').allTextContents();
  expect(refs.join('\n')).toMatch(/四川省人工智能规划[\s\S]*成都市人工智能产业高质量发展三年行动计划/);
  await view.locator('.h-table-title').scrollIntoViewIfNeeded();
  await screenshot(page, 'article-parts-print');

  // The HTML, DOCX and PDF exports.
  await page.getByTestId('back-to-issue').click();
  const html = fs.readFileSync(await download(page, 'export-html'), 'utf8');
  for (const piece of ['<p class="h-rubric">지역</p>', '청두시, 인공지능 산업 1,700억 위안 육성 계획 발표', '(6.5)', '연산력 지원 강화 등 19개 과제', '〈청두시 인공지능 산업 목표〉', '<th>비고</th>', '四川省人工智能规划']) {
    expect(html).toContain(piece);
  }
  const docx = await JSZip.loadAsync(fs.readFileSync(await download(page, 'export-docx')));
  const docText = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '').replace(/\u2060/g, ''); // word joiners keep a number with its unit
  for (const piece of ['지역', '육성 계획 발표', '6.5', '19개 과제', '청두시 인공지능 산업 목표', '비고', '四川省人工智能规划', 'https://www.chengdu.gov.cn/news']) {
    expect(docText).toContain(piece);
  }
  const pdf = await download(page, 'export-pdf');
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u2060/g, '');
  for (const piece of ['지역', '육성 계획 발표', '(6.5)', '19개 과제', '청두시 인공지능 산업 목표', '비고', '四川省人工智能规划']) {
    expect(pdfText).toContain(piece);
  }
});
