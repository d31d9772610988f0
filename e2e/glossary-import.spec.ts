import fs from 'node:fs';
import path from 'node:path';
import { test, expect, screenshot } from './fixtures.ts';

const INTEROP = path.resolve(import.meta.dirname, '../../shared/fixtures/interop');
const file = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(path.join(INTEROP, name)) });

test('import preview: the detected column mapping is preselected and can be changed; duplicates get a choice', async ({ app: page }) => {
  await page.getByTestId('nav-glossary').click();
  await expect(page.getByTestId('glossary-row').first()).toBeVisible();

  // A headerless spreadsheet (Korean National Assembly glossary): columns found by script.
  await page.getByTestId('import-file').setInputFiles(file('popong-glossary.csv'));
  const dialog = page.getByTestId('import-dialog');
  const choices = dialog.getByTestId('import-column-choice');
  await expect(choices.nth(0)).toHaveValue('ko');
  await expect(choices.nth(1)).toHaveValue('zh');
  await expect(choices.nth(2)).toHaveValue('en');
  await expect(dialog.getByTestId('import-adds')).toContainText('1240');
  await screenshot(page, 'import-mapping');
  // The user says the English column is to be ignored: the file is read again.
  await expect(dialog.getByTestId('import-mapping')).toContainText('en (1213)');
  await choices.nth(2).selectOption('ignore');
  await expect(dialog.getByTestId('import-mapping')).toContainText('ko (1240)');
  await expect(dialog.getByTestId('import-mapping')).not.toContainText('en (1213)');
  await expect(choices.nth(2)).toHaveValue('ignore');
  await dialog.getByRole('button', { name: /cancel|취소|取消/i }).click();

  // No Chinese, no Korean: said so, and the languages can be mapped.
  await page.getByTestId('import-file').setInputFiles(file('monal-ko.tbx'));
  await expect(dialog.getByTestId('import-no-zh-ko')).toHaveCount(0);
  await dialog.getByRole('button', { name: /cancel|취소|取消/i }).click();
  await page.getByTestId('import-file').setInputFiles(file('Terms-ug.csv'));
  await expect(dialog.getByTestId('import-no-zh-ko')).toBeVisible();
  await screenshot(page, 'import-no-zh-ko');
  await dialog.getByTestId('import-column-choice').nth(0).selectOption('zh');
  await expect(dialog.getByTestId('import-no-zh-ko')).toHaveCount(0);
  await dialog.getByRole('button', { name: /cancel|취소|取消/i }).click();

  // Duplicates: the same Chinese twice in the file, kept both by default; merged on request.
  await page.getByTestId('import-file').setInputFiles({ name: 'dupes.csv', mimeType: 'text/csv', buffer: Buffer.from('zh,ko\n漠河,모허\n乌镇,우전\n漠河,막하\n') });
  const duplicate = dialog.getByTestId('import-duplicate');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate).toContainText('漠河');
  await expect(dialog.getByTestId('import-duplicate-choice')).toHaveValue('keep');
  await dialog.getByTestId('import-duplicate-choice').selectOption('merge');
  await screenshot(page, 'import-duplicates');
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-result')).toBeVisible();
  await dialog.getByTestId('import-close').click();
  await page.getByTestId('glossary-search').fill('漠河');
  await expect(page.getByTestId('glossary-row')).toHaveCount(1);
  await expect(page.getByTestId('glossary-row').first()).toContainText('막하');
});

test('import warnings read in the window language: a real TBX with empty terms, a CSV cut short', async ({ app: page }) => {
  await page.getByTestId('nav-glossary').click();
  await page.getByTestId('import-file').setInputFiles(file('weblate-glossary-zh_Hant.tbx'));
  const dialog = page.getByTestId('import-dialog');
  const warnings = dialog.getByTestId('import-warnings');
  await expect(warnings.locator('li').first()).toHaveText(/^\d+행: 비어 있는 <term> \(zh-Hant\)을 건너뛰었습니다$/);
  await expect(warnings).not.toContainText('skipped');
  await dialog.getByRole('button', { name: /cancel|취소|取消/i }).click();

  await page.getByTestId('import-file').setInputFiles({ name: 'cut.csv', mimeType: 'text/csv', buffer: Buffer.from('zh,ko,definition\r\n专精特新,전정특신,중소기업\r\n揭榜制,경쟁') });
  await expect(warnings).toHaveText('3행: 마지막 행의 셀이 3개 중 2개뿐이고 파일이 줄바꿈 없이 끝납니다. 파일이 잘리지 않았는지 확인하세요.');
  await screenshot(page, 'import-warnings');
});
