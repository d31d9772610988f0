// The issue itself, as an editor manages it (web mode): rename, title page and colophon, the style
// switch seen in the print view and the HTML export, and delete → trash → restore.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, repoRoot, screenshot } from './fixtures.ts';

const SAMPLE = path.resolve(repoRoot, '../shared/samples/kostec-weekly-2024-06-21.txt');

test('rename, edit the title page, switch the style: the print view and the HTML export follow', async ({ app: page }) => {
  await page.getByTestId('issue-import-file').setInputFiles({ name: 'kostec.txt', mimeType: 'text/plain', buffer: fs.readFileSync(SAMPLE) });
  await page.getByTestId('issue-import-apply').click();
  await expect(page.getByTestId('issue-title')).toContainText('2024-06-21');

  // Rename: the header and the list show the new name.
  await page.getByTestId('issue-name-edit').fill('수소 특집');
  await page.getByTestId('issue-name-edit').press('Enter');
  await expect(page.getByTestId('issue-name-shown')).toHaveText('수소 특집');

  // Title page, colophon and style, saved as one.
  await page.getByTestId('issue-settings').locator('summary').click();
  const form = page.getByTestId('title-page-form');
  await expect(form.getByTestId('save-title-page')).toBeDisabled();
  await form.getByTestId('cover-subtitle').fill('서부지역 수소에너지 장려 산업');
  await form.getByTestId('cover-publisher').fill('한중과학기술협력센터 베이징사무소');
  await form.getByTestId('issue-style').selectOption('kostec-2025');
  // The form starts from the colophon the imported issue prints.
  await expect(form.getByTestId('colophon-field').nth(1).getByRole('textbox').last()).toHaveValue('서행아');
  await form.getByTestId('add-colophon-field').click();
  const added = form.getByTestId('colophon-field').last();
  await added.getByRole('textbox').first().fill('편집인');
  await added.getByRole('textbox').last().fill('홍길동');
  await screenshot(page, 'issue-title-page');
  await form.getByTestId('save-title-page').click();
  await expect(form.getByTestId('save-title-page')).toBeDisabled();

  // An empty title is refused with the field named, and nothing of that patch is written.
  await form.getByTestId('cover-title').fill(' ');
  await form.getByTestId('save-title-page').click();
  await expect(page.getByTestId('error-banner')).toContainText(/title must not be empty|title cannot be empty/);
  await form.getByRole('button', { name: '취소' }).click();

  const html = async () => {
    const waiting = page.waitForEvent('download');
    await page.getByTestId('export-html').click();
    return fs.readFileSync(await (await waiting).path(), 'utf8');
  };
  const exported = await html();
  expect(exported).toContain('<p class="h-cover-subtitle">서부지역 수소에너지 장려 산업</p>');
  expect(exported).toContain('<p class="h-cover-publisher">한중과학기술협력센터 베이징사무소</p>');
  expect(exported).toContain('<b>발행인</b> 서행아');
  expect(exported).toContain('<b>편집인</b> 홍길동');
  expect(exported).toMatch(/<p class="h-bullet h-d0">□ /);
  expect(exported).not.toContain('☑');

  await page.getByTestId('open-print').click();
  const view = page.getByTestId('print-view');
  await expect(view.getByTestId('print-cover-subtitle')).toHaveText('서부지역 수소에너지 장려 산업');
  await expect(view.getByTestId('print-cover')).toContainText('한중과학기술협력센터 베이징사무소');
  await expect(view.locator('.h-bullet.h-d0', { hasText: /^□ / }).first()).toBeVisible();
  await expect(view.locator('.h-bullet.h-d1', { hasText: /^○ / }).first()).toBeVisible();
  await expect(view.locator('.h-references-title').first()).toHaveText('<참고자료>');
  await screenshot(page, 'issue-print-kostec-2025');

  // Back to the 2024 style.
  await page.goBack();
  await page.getByTestId('issue-settings').locator('summary').click();
  await page.getByTestId('issue-style').selectOption('house-2024');
  await page.getByTestId('save-title-page').click();
  await expect(page.getByTestId('save-title-page')).toBeDisabled();
  const again = await html();
  expect(again).toMatch(/<p class="h-bullet h-d0">- /);
  expect(again).toContain('☑');

  await page.getByTestId('nav-issues').click();
  await expect(page.getByTestId('issue-row-name')).toHaveText('수소 특집');
});

test('delete asks first, moves the issue to the trash, and restore brings it back', async ({ app: page }) => {
  for (const number of ['2024-22', '2024-23']) {
    await page.getByTestId('nav-issues').click();
    await page.getByTestId('issue-number').fill(number);
    await page.getByTestId('issue-date').fill(number === '2024-22' ? '2024-06-14' : '2024-06-21');
    await page.getByTestId('create-issue').click();
    await expect(page.getByTestId('issue-title')).toContainText(number);
  }
  await page.getByTestId('add-article-policy').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);

  // Asking first: cancel leaves everything as it was.
  await page.getByTestId('delete-issue').click();
  await expect(page.getByTestId('delete-issue-confirm')).toContainText('30');
  await page.getByTestId('delete-issue-confirm').getByRole('button', { name: '취소' }).click();
  await expect(page.getByTestId('delete-issue-confirm')).toBeHidden();
  await page.getByTestId('delete-issue').click();
  await screenshot(page, 'issue-delete-confirm');
  await page.getByTestId('confirm-delete-issue').click();

  // Back on the list: only 2024-22 is left, 2024-23 waits in the trash.
  await expect(page.getByTestId('issue-row')).toHaveCount(1);
  await expect(page.getByTestId('issue-row')).toContainText('2024-22');
  const trash = page.getByTestId('issue-trash');
  await expect(trash.getByTestId('trash-row')).toHaveCount(1);
  await expect(trash.getByTestId('trash-row')).toContainText('2024-23');
  await screenshot(page, 'issue-trash');

  await trash.getByTestId('restore-issue').click();
  await expect(page.getByTestId('issue-row')).toHaveCount(2);
  await expect(page.getByTestId('issue-trash')).toBeHidden();
  await page.getByTestId('issue-row').filter({ hasText: '2024-23' }).getByRole('link').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
});
