// The reviewer's work end to end (web mode): versions saved with Ctrl+S and compared side by side,
// comments on a selection (resolve, show resolved), review states, and the reviewer report
// (groups by rule, accepted findings apart, HTML download).
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, createIssue, screenshot } from './fixtures.ts';

async function openNewArticle(page: Page): Promise<void> {
  await page.getByTestId('add-article-policy').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await page.getByTestId('open-article').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

async function selectInDraft(page: Page, field: 'title' | 'lead' | 'body', text: string): Promise<void> {
  await page.getByTestId(`draft-${field}`).evaluate((element, wanted) => {
    const area = element as HTMLTextAreaElement;
    const start = area.value.indexOf(wanted);
    area.focus();
    area.setSelectionRange(start, start + wanted.length);
  }, text);
}

async function selectedText(page: Page, field: 'title' | 'lead' | 'body'): Promise<string> {
  return page.getByTestId(`draft-${field}`).evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
}

const FIRST = '- 청두시는 인공지능 산업 규모 1,700억 위안 달성을 목표로 계획을 발표했다.\n- 19개 중점 과제를 제시했다.';
const SECOND = '- 청두시는 인공지능 핵심 산업 규모 1,700억 위안 달성을 목표로 발표했다.\n- 19개 중점 과제를 제시했다.';

test('versions: Ctrl+S saves two versions; comparing them marks the insertion and the deletion', async ({ app: page }) => {
  await createIssue(page, '2024-23');
  await openNewArticle(page);
  await page.getByTestId('draft-title').fill('청두시, 인공지능 산업 3개년 계획 마련');
  const body = page.getByTestId('draft-body');
  await body.fill(FIRST);
  await body.press('Control+s');
  await expect(page.getByTestId('toast')).toHaveText('버전 저장됨');
  await body.fill(SECOND);
  await body.press('Control+s');

  await page.getByTestId('tab-versions').click();
  const versions = page.getByTestId('version-item');
  await expect(versions).toHaveCount(2);
  await versions.nth(0).getByTestId('version-pick').check();
  await versions.nth(1).getByTestId('version-pick').check();
  await page.getByTestId('compare-versions').click();
  const dialog = page.getByTestId('comparison-dialog');
  await expect(dialog.getByTestId('diff-insert')).toHaveText(['핵심 ']);
  await expect(dialog.getByTestId('diff-delete')).toHaveText(['계획을 ']);
  // Only the body changed: one field compared, the title named as unchanged.
  await expect(dialog.getByTestId('diff-field')).toHaveCount(1);
  await screenshot(page, 'version-comparison');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // One version against the current text: the edit typed since is the difference.
  await body.fill(`${SECOND}\n- 데이터 공급 품질 향상`);
  await page.getByTestId('tab-versions').click();
  await versions.nth(1).getByTestId('version-pick').uncheck();
  await expect(versions.nth(0).getByTestId('version-pick')).toBeChecked();
  await page.getByTestId('compare-versions').click();
  await expect(dialog.getByTestId('diff-insert')).toHaveText(['- 데이터 공급 품질 향상']);
  await expect(dialog.getByTestId('diff-delete')).toHaveCount(0);
  await dialog.getByTestId('comparison-close').click();

  // The issue view saves a whole-issue version too.
  await page.getByTestId('back-to-issue').click();
  await page.getByTestId('save-issue-version').click();
  await expect(page.getByTestId('toast')).toHaveText('버전 저장됨');
  await page.getByTestId('issue-versions').click();
  await expect(page.getByTestId('issue-versions-dialog').getByTestId('version-item')).toHaveCount(1);
});

test('comments: on a selection (button and Ctrl+Alt+M), marked in the draft, resolved, shown under "show resolved"', async ({ app: page }) => {
  await createIssue(page, '2024-24');
  await openNewArticle(page);
  await page.getByTestId('draft-title').fill('청두시, 인공지능 산업 3개년 계획 마련');
  await page.getByTestId('draft-body').fill(FIRST);

  const button = page.getByTestId('comment-button');
  await expect(button).toBeDisabled();
  await selectInDraft(page, 'body', '1,700억 위안');
  await button.click();
  const dialog = page.getByTestId('comment-dialog');
  await expect(dialog.locator('.quote')).toHaveText('1,700억 위안');
  await dialog.getByTestId('comment-body').fill('원화 환산(약 32조 원)을 덧붙일 것');
  await dialog.getByTestId('comment-save').click();
  await expect(dialog).toHaveCount(0);

  await selectInDraft(page, 'title', '3개년 계획');
  await page.keyboard.press('Control+Alt+m');
  await dialog.getByTestId('comment-body').fill('원문 제목대로 "고품질 발전" 넣기');
  await dialog.getByTestId('comment-body').press('Control+Enter');
  await expect(dialog).toHaveCount(0);

  const comments = page.getByTestId('comment');
  await expect(comments).toHaveCount(2);
  await expect(comments.locator('.quote')).toHaveText(['3개년 계획', '1,700억 위안']);
  await expect(page.locator('[data-testid="draft-body"] ~ .comment-layer .comment-mark, .variant-body .comment-mark')).toHaveText('1,700억 위안');
  await expect(page.locator('.variant-title .comment-mark')).toHaveText('3개년 계획');
  await screenshot(page, 'comments');

  // A click on a comment selects its text in the draft, even after the text before it moved.
  await page.getByTestId('draft-body').press('Control+Home');
  await page.keyboard.type('(보완) ');
  await comments.nth(1).locator('.comment-main').click();
  expect(await selectedText(page, 'body')).toBe('1,700억 위안');

  await comments.nth(1).getByTestId('comment-resolve').click();
  await expect(comments).toHaveCount(1);
  await expect(page.locator('.variant-body .comment-mark')).toHaveCount(0);
  await page.getByTestId('show-resolved').check();
  await expect(comments).toHaveCount(2);
  const resolved = comments.filter({ hasText: '1,700억 위안' });
  await expect(resolved).toHaveAttribute('data-resolved', 'true');
  await resolved.getByTestId('comment-reopen').click();
  await expect(page.locator('.variant-body .comment-mark')).toHaveText('1,700억 위안');

  // Replacing the commented text detaches the comment; the list says so.
  await page.getByTestId('draft-body').fill('- 청두시는 인공지능 산업 육성 계획을 발표했다.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(page.getByTestId('comment-detached')).toHaveCount(1);
});

test('review states and the reviewer report: groups by rule, accepted apart, HTML download', async ({ app: page }) => {
  await createIssue(page, '2024-25');
  await openNewArticle(page);
  await page.getByTestId('draft-title').fill('이화퉁, 수소연료 배터리 투자');
  // 이화퉁 (亿华通 in the seed glossary) ends in a consonant: 을, not 를.
  await page.getByTestId('draft-body').fill('- 이화퉁를 포함한 기업에 3억원 배정');
  await expect(page.getByTestId('finding').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  // draft → approved skips the review: the store refuses and the editor says why.
  const state = page.getByTestId('article-state');
  await page.getByTestId('state-approved').click();
  await expect(page.getByTestId('error-banner')).toContainText('reviewed before it is approved');
  await expect(state).toHaveAttribute('data-state', 'draft');
  await page.getByTestId('state-review').click();
  await expect(state).toHaveAttribute('data-state', 'review');
  await page.getByTestId('back-to-issue').click();
  await expect(page.getByTestId('approved-count')).toHaveText('승인 0/1');
  await expect(page.getByTestId('article-row').locator('.state')).toHaveText('검토 중');

  await page.getByTestId('open-review-report').click();
  const report = page.getByTestId('review-report');
  const josa = report.getByTestId('report-open-findings').locator('[data-testid="rule-group"][data-rule="josa"]');
  await expect(josa.getByTestId('report-finding')).toContainText(['이화퉁를']);
  await expect(report.getByTestId('report-accepted').getByTestId('rule-group')).toHaveCount(0);

  // Open the article at the josa finding and accept it there.
  await josa.getByTestId('report-open').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
  const active = page.locator('.finding-item.active');
  await expect(active).toHaveAttribute('data-rule', 'josa');
  expect(await selectedText(page, 'body')).toContain('이화퉁');
  await active.getByTestId('finding-accept').click();
  await expect(page.locator('[data-testid="finding"][data-rule="josa"]')).toHaveCount(0);

  await page.getByTestId('back-to-issue').click();
  await page.getByTestId('open-review-report').click();
  await expect(report.getByTestId('report-accepted').locator('[data-testid="rule-group"][data-rule="josa"]')).toContainText('이화퉁를');
  await expect(report.getByTestId('report-open-findings').locator('[data-rule="josa"]')).toHaveCount(0);
  await screenshot(page, 'review-report');

  const downloading = page.waitForEvent('download');
  await report.getByTestId('report-export-html').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('donghyang-review-2024-06-21.html');
  const html = fs.readFileSync(await download.path(), 'utf8');
  expect(html).toContain('검토 보고서');
  expect(html).toContain('이화퉁를');

  // review → approved is allowed; with an error still open it asks first (team review rules).
  await page.getByTestId('back-to-issue').click();
  await page.getByTestId('open-article').click();
  await page.getByTestId('state-approved').click();
  await expect(page.getByTestId('approve-confirm')).toContainText('1');
  await expect(state).toHaveAttribute('data-state', 'review');
  await page.getByTestId('approve-anyway').click();
  await expect(state).toHaveAttribute('data-state', 'approved');
  await page.getByTestId('back-to-issue').click();
  await expect(page.getByTestId('approved-count')).toHaveText('승인 1/1');
});
