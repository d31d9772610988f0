// The publisher's work end to end (web mode): import the sample past issue (preview, apply), export
// DOCX and Markdown, and the print view in the house layout.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect, repoRoot, screenshot, screenshotDir } from './fixtures.ts';

const SAMPLE = path.resolve(repoRoot, '../shared/samples/kostec-weekly-2024-06-21.txt');

test('import a past issue: an unreadable file is reported, the preview counts, apply opens the issue', async ({ app: page }) => {
  const bytes = fs.readFileSync(SAMPLE);
  const input = page.getByTestId('issue-import-file');

  // A truncated file: the message names the file and the line.
  await input.setInputFiles({ name: 'truncated.txt', mimeType: 'text/plain', buffer: bytes.subarray(0, 3000) });
  await expect(page.getByTestId('error-banner')).toContainText(/truncated\.txt:\d+: the file ends at line \d+/);

  await input.setInputFiles({ name: 'kostec-weekly-2024-06-21.txt', mimeType: 'text/plain', buffer: bytes });
  const dialog = page.getByTestId('issue-import-dialog');
  await expect(dialog.getByTestId('import-count-articles')).toHaveAttribute('data-count', '7');
  await expect(dialog.getByTestId('import-count-shortItems')).toHaveAttribute('data-count', '7');
  await expect(dialog.getByTestId('import-count-tables')).not.toHaveAttribute('data-count', '0');
  await expect(dialog.getByTestId('import-count-references')).not.toHaveAttribute('data-count', '0');
  // The pair the glossary renders otherwise is a conflict, with where it was found.
  await expect(dialog.getByTestId('pairs-conflict').getByTestId('pair').filter({ hasText: '위화퉁' })).toContainText('이화퉁');
  await expect(dialog.getByTestId('pairs-confirmed').getByTestId('pair').first()).toBeVisible();
  await expect(dialog.getByTestId('import-unplaced')).toContainText('기술전리');
  await screenshot(page, 'issue-import-preview');

  await dialog.getByTestId('import-add-proposed').check();
  await dialog.getByTestId('issue-import-apply').click();
  await expect(page.getByTestId('issue-title')).toContainText('2024-06-21');
  await expect(page.getByTestId('section-policy').getByTestId('article-row')).toHaveCount(5);
  await expect(page.getByTestId('section-technology').getByTestId('article-row')).toHaveCount(2);
  await expect(page.getByTestId('section-brief').getByTestId('article-row')).toHaveCount(7);
  // A published issue comes in approved.
  await expect(page.getByTestId('approved-count')).toHaveText('승인 14/14');
});

test('export DOCX and Markdown; the print view shows the cover and the tables', async ({ app: page }) => {
  // Four exports, the PDF's with a browser start on the host: more than one minute on a busy machine.
  test.setTimeout(180_000);
  await page.getByTestId('issue-import-file').setInputFiles({ name: 'kostec.txt', mimeType: 'text/plain', buffer: fs.readFileSync(SAMPLE) });
  await page.getByTestId('issue-import-apply').click();
  await expect(page.getByTestId('issue-title')).toContainText('2024-06-21');

  const download = async (testId: string) => {
    const waiting = page.waitForEvent('download');
    await page.getByTestId(testId).click();
    const file = await waiting;
    return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
  };
  const docx = await download('export-docx');
  expect(docx.name).toBe('donghyang-2024-06-21.docx');
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const markdown = await download('export-md');
  expect(markdown.name).toBe('donghyang-2024-06-21.md');
  expect(markdown.bytes.toString('utf8')).toContain('국가발전개혁위, 서부지역 수소에너지 장려 산업 목록 신규 공개');

  // The PDF is made on the host; while it runs the toolbar says which step it is at.
  const waitingPdf = page.waitForEvent('download');
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('pdf-progress')).toBeVisible();
  await expect(page.getByTestId('pdf-progress')).toHaveAttribute('data-phase', /^(layout|start|load|print)$/);
  await screenshot(page, 'pdf-export-progress');
  const pdf = await waitingPdf;
  expect(pdf.suggestedFilename()).toBe('donghyang-2024-06-21.pdf');
  const pdfFile = await pdf.path();
  expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Its cover and first article page, as pictures for the README.
  for (const [pageNo, name] of [[1, 'pdf-cover'], [4, 'pdf-article']] as const) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(pageNo), '-l', String(pageNo), pdfFile, path.join(screenshotDir, name)]);
  }
  await expect(page.getByTestId('pdf-progress')).toBeHidden();

  const html = await download('export-html');
  expect(html.name).toBe('donghyang-2024-06-21.html');

  await page.getByTestId('open-print').click();
  const view = page.getByTestId('print-view');
  await expect(view.getByTestId('print-cover')).toContainText('중국 과학기술 정책 주간동향');
  await expect(view.getByTestId('print-cover')).toContainText('한중과학기술협력센터');
  await expect(view.locator('.h-table-title').first()).toContainText('중국 내 수소에너지 산업 선도기업 목록');
  await expect(view.getByTestId('print-table').first().locator('td').filter({ hasText: '위화퉁(亿華通)' })).toHaveCount(1);
  await expect(view.getByTestId('print-table').first().locator('span[lang="zh-Hant"]').filter({ hasText: '亿華通' })).toHaveCount(1);
  await expect(view.getByTestId('print-section')).toHaveCount(3);
  // The house stylesheet is in force (adopted by the page: the CSP allows no inline style): the
  // section bar is white on the house blue, table columns are sized from their content.
  const bar = view.getByTestId('print-section').first();
  expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 78, 121)');
  const widths = await view.getByTestId('print-table').nth(1).locator('col').evaluateAll((cols) => cols.map((c) => (c as HTMLElement).getBoundingClientRect().width));
  expect(widths[2]!).toBeGreaterThan(widths[0]! * 5);
  // The print view is the exported HTML: the same elements in the same order.
  const exported = await page.evaluate((text) => {
    // Without its stylesheet and style attributes: parsed here they would count as inline styles.
    const doc = new DOMParser().parseFromString(text.replace(/<style>[^<]*<\/style>/, '').replace(/ style="[^"]*"/g, ''), 'text/html');
    return [...doc.querySelectorAll('.h-doc *')].map((el) => `${el.tagName}.${el.className}`).join(' ');
  }, html.bytes.toString('utf8'));
  const shown = await view.locator('.h-doc').evaluate((root) => [...root.querySelectorAll('*')].map((el) => `${el.tagName}.${el.className}`).join(' '));
  expect(shown).toBe(exported);
  await expect(view.getByTestId('print-colophon')).toContainText('발행인');
  await screenshot(page, 'print-view');
  await view.getByTestId('print-table').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'print-view-table');

  // Web mode: the button opens the browser's print dialog.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await view.getByTestId('print-button').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // Printed, the page has no app header and starts each section on a new page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  expect(await view.getByTestId('print-section').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
});

test('the issue number and date edited in the header are what the cover prints', async ({ app: page }) => {
  await page.getByTestId('issue-import-file').setInputFiles({ name: 'kostec.txt', mimeType: 'text/plain', buffer: fs.readFileSync(SAMPLE) });
  await page.getByTestId('issue-import-apply').click();
  await expect(page.getByTestId('issue-title')).toContainText('2024-06-21');

  await page.getByTestId('issue-number-edit').fill('제2024-23호');
  await page.getByTestId('issue-number-edit').press('Enter');
  await expect(page.getByTestId('issue-title')).toContainText('제2024-23호');
  // The date field speaks the window's language, and takes the date typed in another common form.
  const date = page.getByTestId('issue-date-edit');
  await expect(date).toHaveValue('2024. 6. 21.');
  await date.fill('2024-06-28');
  await expect(page.getByTestId('issue-title')).toContainText('2024. 6. 28.');
  await date.blur();
  await expect(date).toHaveValue('2024. 6. 28.');
  // Not a date: marked and explained, and never saved.
  await date.fill('next friday');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAttribute('data-value', '2024-06-28');
  await expect(page.getByTestId('issue-title')).toContainText('2024. 6. 28.');
  await date.fill('2024. 6. 28.');
  await screenshot(page, 'issue-settings');

  await page.getByTestId('open-print').click();
  const cover = page.getByTestId('print-cover');
  await expect(cover).toContainText('2024. 6. 28.');
  await expect(cover).toContainText('제2024-23호');
  await expect(page.getByTestId('print-colophon')).toContainText('2024. 6. 28.');
});
