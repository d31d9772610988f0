// The "add to glossary" dialog: a place gets the suffix rule, a name of the past its Sino-Korean
// reading when "historical" is ticked, and a polyphonic character lists its other readings.
import { test, expect, createIssue, screenshot } from './fixtures.ts';

test('add a term: suffix rule, historical reading, other readings', async ({ app: page }) => {
  await createIssue(page, '2024-30');
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('open-article').first().click();
  await page.getByTestId('source-text').fill('会稽山下的浦东新区与快乐教育。');
  await page.getByTestId('source-text').evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(0, 2);
  });
  await page.getByTestId('add-to-glossary').click();
  const dialog = page.getByTestId('add-term-dialog');
  await expect(dialog.getByTestId('term-zh')).toHaveValue('会稽');
  await expect(dialog.getByTestId('term-ko')).toHaveValue('콰이지');
  await dialog.getByTestId('term-historical').check();
  await expect(dialog.getByTestId('term-ko')).toHaveValue('회계');
  await expect(dialog.getByTestId('suggestions')).toContainText('1911');
  await screenshot(page, 'add-term-historical');

  await dialog.getByTestId('term-historical').uncheck();
  await dialog.getByTestId('term-zh').fill('浦东新区');
  await expect(dialog.getByTestId('term-ko')).toHaveValue('푸둥신구');
  await dialog.getByTestId('term-zh').fill('快乐');
  await expect(dialog.getByTestId('other-readings')).toContainText('악 (음악)');
  await screenshot(page, 'add-term-other-readings');
});
