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

test('add a term: a title around the selection in the source makes it a person (解 Xiè, 单 Shàn)', async ({ app: page }) => {
  await createIssue(page, '2024-33');
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('open-article').first().click();
  const source = '气候变化事务特使解振华表示，单霁翔院长出席。';
  await page.getByTestId('source-text').fill(source);
  const select = (name: string) =>
    page.getByTestId('source-text').evaluate((element, wanted) => {
      const area = element as HTMLTextAreaElement;
      const start = area.value.indexOf(wanted);
      area.focus();
      area.setSelectionRange(start, start + wanted.length);
    }, name);
  const dialog = page.getByTestId('add-term-dialog');

  // 特使 before 解振华: the surname 解 is Xiè, 셰 (without it, the common reading jiě gives 제).
  await select('解振华');
  await page.getByTestId('add-to-glossary').click();
  await expect(dialog.getByTestId('term-ko')).toHaveValue('셰전화');
  await expect(dialog.getByTestId('suggestions')).toContainText("앞에 오는 '特使'(특사)로 보아 인명입니다");
  // Other text typed in the dialog has no context: the common reading of 解 (jiě, 제).
  await dialog.getByTestId('term-zh').fill('解振');
  await expect(dialog.getByTestId('term-ko')).toHaveValue('제전');
  await dialog.getByRole('button', { name: '취소' }).click();

  // 院长 after 单霁翔: 单 is Shàn, 산.
  await select('单霁翔');
  await page.getByTestId('add-to-glossary').click();
  await expect(dialog.getByTestId('term-ko')).toHaveValue('산지샹');
  await screenshot(page, 'add-term-person-context');
});
