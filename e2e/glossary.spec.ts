import { test, expect, screenshot } from './fixtures.ts';
import fs from 'node:fs';
import { openStore } from '../glossary/store/index.ts';
import { syntheticConcepts } from '../glossary/bench/synthetic.ts';

const CSV = ['zh,ko,category', '深圳,선전,place', '成都,성도,place', '新质生产力,신품질 생산력,policy'].join('\n') + '\n';

test('glossary: search in either script, edit and approve, import with preview, export', async ({ app: page }) => {
  await page.getByTestId('nav-glossary').click();
  await expect(page.getByTestId('glossary-row').first()).toBeVisible();

  // Traditional query, the entry is stored as 專精特新; simplified finds it too.
  await page.getByTestId('glossary-search').fill('专精特新');
  await expect(page.getByTestId('glossary-row').first()).toContainText('전정특신');
  await page.getByTestId('glossary-search').fill('專精特新');
  await expect(page.getByTestId('glossary-row')).toHaveCount(1);
  await expect(page.getByTestId('glossary-row').first()).toContainText('전정특신');
  await page.getByTestId('glossary-search').fill('청두');
  await expect(page.getByTestId('glossary-row').first()).toContainText('成都');

  // Open the entry: approve it, its history shows the change.
  await page.getByTestId('glossary-row').first().click();
  const panel = page.getByTestId('concept-panel');
  await panel.getByTestId('approve-concept').click();
  await expect(panel.getByTestId('approve-concept')).toHaveCount(0);
  await expect(panel.getByTestId('concept-history').locator('li')).toHaveCount(2);
  await page.getByTestId('glossary-search').fill('');
  await screenshot(page, 'glossary');

  // Import: the dry run shows 2 additions and 1 conflict (成都 is 청두 here), then applies.
  await page.getByTestId('import-file').setInputFiles({ name: 'new-terms.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-adds')).toContainText('2');
  await expect(dialog.getByTestId('import-conflicts')).toContainText('1');
  await expect(dialog).toContainText('청두 ≠ 성도');
  await screenshot(page, 'import-preview');
  await dialog.getByTestId('import-apply').click();
  await expect(dialog.getByTestId('import-result')).toBeVisible();
  await expect(dialog.getByTestId('import-progress')).toBeVisible();
  await dialog.getByTestId('import-close').click();
  await page.getByTestId('glossary-search').fill('深圳');
  await expect(page.getByTestId('glossary-row').first()).toContainText('선전');

  // Export: a CSV download holding the glossary.
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('전정특신');
  expect(text).toContain('선전');
});

test('glossary: add a concept by hand and deprecate one of its terms', async ({ app: page }) => {
  await page.getByTestId('nav-glossary').click();
  await page.getByTestId('new-concept').click();
  const panel = page.getByTestId('concept-panel');
  const texts = panel.getByTestId('term-text');
  await texts.nth(0).fill('北斗');
  await texts.nth(1).fill('베이더우');
  await panel.getByTestId('add-term-row').click();
  await texts.nth(2).fill('북두');
  await panel.getByTestId('concept-category').selectOption('technology');
  await panel.getByTestId('concept-save').click();
  await expect(panel.getByTestId('deprecate-term')).toHaveCount(3);
  await panel.getByTestId('term-row').nth(2).getByTestId('deprecate-term').click();
  await expect(panel.getByTestId('term-row').nth(2)).toHaveClass(/term-deprecated/);
  await page.getByTestId('glossary-search').fill('北斗');
  await expect(page.getByTestId('glossary-row').first()).toContainText('베이더우');
  await expect(page.getByTestId('glossary-row').first()).not.toContainText('북두');
});

test('a large glossary: the export shows its progress, the buttons wait, the file arrives', async ({ app: page, dbPath }) => {
  // 30,000 more concepts, written by another connection while the app runs (as the CLI would).
  const store = openStore(dbPath, { who: 'test' });
  store.applyImport(store.planImport('big.csv', syntheticConcepts(30_000)));
  store.close();
  await page.getByTestId('nav-glossary').click();
  await expect(page.getByTestId('glossary-row').first()).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-tbx').click();
  const progress = page.getByTestId('glossary-progress');
  await expect(progress).toHaveAttribute('data-phase', 'export');
  await expect(page.getByTestId('export-csv')).toBeDisabled();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.tbx$/);
  expect(fs.readFileSync((await download.path())!, 'utf8').split('<conceptEntry').length - 1).toBeGreaterThan(30_000);
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId('export-csv')).toBeEnabled();
});
