import { test, expect, createIssue, screenshot } from './fixtures.ts';

test('issues: create, list, reorder articles with buttons and Alt+arrows, delete, edit the rate', async ({ app: page }) => {
  await expect(page.getByTestId('no-issues')).toBeVisible();
  await createIssue(page, '2024-22', '188');
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('add-article-brief').click();
  const policyRows = page.getByTestId('section-policy').getByTestId('article-row');
  await expect(policyRows).toHaveCount(2);
  const ids = await policyRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-article-id')));

  await policyRows.first().getByTestId('move-down').click();
  await expect(policyRows.first()).toHaveAttribute('data-article-id', ids[1]!);
  // The moved row keeps focus: Alt+↑ moves it back.
  await expect(policyRows.nth(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(policyRows.first()).toHaveAttribute('data-article-id', ids[0]!);
  // Past the end of the section it goes to the next one.
  await policyRows.nth(1).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('section-technology').getByTestId('article-row')).toHaveCount(1);

  await page.getByTestId('section-brief').getByTestId('delete-article').click();
  await page.getByTestId('section-brief').getByTestId('confirm-delete').click();
  await expect(page.getByTestId('section-brief').getByTestId('article-row')).toHaveCount(0);

  await page.getByTestId('issue-rate-edit').fill('190.25');
  await page.getByTestId('issue-rate-edit').press('Enter');
  await screenshot(page, 'issue');
  await page.reload();
  await expect(page.getByTestId('issue-rate-edit')).toHaveValue('190.25');
  await expect(page.getByTestId('section-technology').getByTestId('article-row')).toHaveCount(1);

  await createIssue(page, '2024-23');
  await page.getByTestId('nav-issues').click();
  await expect(page.getByTestId('issue-row')).toHaveCount(2);
  await screenshot(page, 'issues');

  await page.keyboard.press('F1');
  await expect(page.getByTestId('help-overlay')).toContainText('F8');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toHaveCount(0);
});
