// The editor end to end: issue → article → Chinese source → highlights → draft with slips →
// findings → quick fix, undo/redo, accept → add a term from a selection → UI language → reload.
import { test, expect, createIssue, screenshot } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { openStore } from '../glossary/store/index.ts';

const SOURCE = '成都市支持专精特新企业发展。亿华通公司获得1.5万亿元投资，戴琼海院士出席。';

async function openNewArticle(page: Page): Promise<void> {
  await page.getByTestId('add-article-policy').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await page.getByTestId('open-article').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

async function selectInTextarea(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).evaluate((element, wanted) => {
    const area = element as HTMLTextAreaElement;
    const start = area.value.indexOf(wanted);
    area.focus();
    area.setSelectionRange(start, start + wanted.length);
  }, text);
}

test('write an article: highlights, findings, quick fix, undo, accept, add a term, language, reload', async ({ app: page }) => {
  await createIssue(page, '2024-23');
  await openNewArticle(page);

  // Paste the source: both glossary terms are highlighted, with the Korean rendering on hover.
  await page.getByTestId('source-title').fill('成都市 专精特新 지원');
  await page.getByTestId('source-text').fill(SOURCE);
  const hit = (zh: string) => page.getByTestId('source-hit').filter({ hasText: zh });
  await expect(hit('专精特新')).toHaveAttribute('title', /전정특신/);
  await expect(hit('成都')).toHaveAttribute('data-ko', '청두');
  await expect(hit('专精特新')).toHaveClass(/cat-policy/);

  // Title, then a click on a hit inserts it at the caret: with the Chinese at first mention only.
  await page.getByTestId('draft-title').fill('청두, 전정특신 기업 지원');
  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- ');
  await hit('专精特新').click();
  await expect(body).toHaveValue('- 전정특신(专精特新)');
  await body.press('End');
  await page.keyboard.type(' 기업과 ');
  await hit('专精特新').click();
  await expect(body).toHaveValue('- 전정특신(专精特新) 기업과 전정특신');

  // Slips: a wrong particle and company name, a yuan amount that does not match 1.5万亿元, 3억원.
  await body.press('End');
  await page.keyboard.type('\n- 위화퉁를 포함한 기업에 1.5억 위안 투자, 3억원 배정');
  const findings = page.getByTestId('finding');
  await expect(findings.first()).toBeVisible();
  await expect(page.getByTestId('draft-body-mirror').locator('mark.finding').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await screenshot(page, 'editor-findings');

  // F8 selects the first finding in the draft.
  await page.keyboard.press('F8');
  await expect(page.locator('.finding-item.active')).toHaveCount(1);

  // Quick fix: the suggestion replaces the flagged text; undo and redo cover it.
  const fixable = findings.filter({ has: page.getByTestId('finding-fix') }).first();
  const flagged = (await fixable.locator('.suggestion').innerText()).match(/«(.+)» → «(.+)»/)!;
  const before = await body.inputValue();
  const countBefore = await findings.count();
  await fixable.getByTestId('finding-fix').click();
  await expect(body).not.toHaveValue(before);
  const fixed = await body.inputValue();
  expect(fixed).toContain(flagged[2]!);
  await body.press('Control+z');
  await expect(body).toHaveValue(before);
  await body.press('Control+Shift+z');
  await expect(body).toHaveValue(fixed);
  // The fixed finding is gone (and with 이화퉁 written, so is the note that 亿华通 was missing).
  await expect(findings.filter({ hasText: `«${flagged[1]}» → «${flagged[2]}»` })).toHaveCount(0);
  await expect.poll(() => findings.count()).toBeLessThan(countBefore);

  // Accept one finding: it leaves the list (and stays accepted after a recheck).
  const accepted = page.locator('[data-testid="finding"]:is([data-rule="spacing"], [data-rule="number-mismatch"], [data-rule="currency-unit"])').first();
  const acceptedMessage = await accepted.getByTestId('finding-message').innerText();
  const remaining = await findings.count();
  await accepted.getByTestId('finding-accept').click();
  await expect(findings).toHaveCount(remaining - 1);
  await expect(page.getByTestId('finding-message').filter({ hasText: acceptedMessage })).toHaveCount(0);

  // Add a name from a selection in the source: prefilled with the suggested reading.
  await selectInTextarea(page, 'source-text', '戴琼海');
  await page.getByTestId('add-to-glossary').click();
  const dialog = page.getByTestId('add-term-dialog');
  await expect(dialog.getByTestId('term-zh')).toHaveValue('戴琼海');
  await expect(dialog.getByTestId('term-ko')).not.toHaveValue('');
  await expect(dialog.getByTestId('suggestions')).toBeVisible();
  await dialog.getByTestId('term-category').selectOption('person');
  await screenshot(page, 'add-term-dialog');
  const korean = await dialog.getByTestId('term-ko').inputValue();
  await dialog.getByTestId('term-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(hit('戴琼海')).toHaveAttribute('data-ko', korean);
  await expect(hit('戴琼海')).toHaveClass(/cat-person/);

  // UI language: ko → en → zh, labels change at once.
  await expect(page.getByTestId('nav-glossary')).toHaveText('용어집');
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('nav-glossary')).toHaveText('Glossary');
  await expect(page.getByTestId('scope-article')).toContainText('This article');
  await page.getByTestId('language-select').selectOption('zh');
  await expect(page.getByTestId('nav-glossary')).toHaveText('术语库');
  await expect(page.getByTestId('scope-article')).toContainText('本文');
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  // Reload: the same screen, the same text, the same language.
  await page.reload();
  await expect(page.getByTestId('nav-glossary')).toHaveText('Glossary');
  await expect(page.getByTestId('draft-body')).toHaveValue(fixed);
  await expect(page.getByTestId('draft-title')).toHaveValue('청두, 전정특신 기업 지원');
  await expect(page.getByTestId('source-text')).toHaveValue(SOURCE);
  await expect(page.getByTestId('source-tab')).toHaveText(['成都市 专精特新 지원']);
  await expect(hit('戴琼海')).toHaveAttribute('data-ko', korean);
  await page.getByTestId('back-to-issue').click();
  await expect(page.getByTestId('open-article')).toHaveText('청두, 전정특신 기업 지원');
  await page.getByTestId('nav-issues').click();
  await expect(page.getByTestId('issue-row')).toContainText(['2024-23']);
});

test('the whole-issue findings list opens the article and selects the finding', async ({ app: page }) => {
  await createIssue(page, '2024-24');
  await openNewArticle(page);
  await page.getByTestId('source-text').fill(SOURCE);
  await page.getByTestId('draft-body').fill('- 위화퉁를 포함한 기업에 3억원 배정');
  await expect(page.getByTestId('finding').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.getByTestId('scope-issue').click();
  const issueFindings = page.getByTestId('issue-findings').getByTestId('finding');
  // A finding with text to select (term-missing items are about the article as a whole).
  const spacing = issueFindings.filter({ hasText: '3억원' }).first();
  await expect(spacing).toBeVisible();
  await spacing.locator('.finding-main').click();
  await expect(page.getByTestId('scope-article')).toHaveClass(/active/);
  await expect(page.locator('.finding-item.active')).toHaveCount(1);
  const selected = await page.getByTestId('draft-body').evaluate((el) => {
    const area = el as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
  expect(selected).toBe('3억원');
});

test('Ctrl+Enter in the source inserts the glossary term under the caret at the draft caret', async ({ app: page }) => {
  await createIssue(page, '2024-26');
  await openNewArticle(page);
  await page.getByTestId('source-text').fill(SOURCE);
  await expect(page.getByTestId('source-hit').filter({ hasText: '成都' })).toBeVisible();
  await page.getByTestId('draft-body').fill('- ');
  await page.getByTestId('draft-body').press('End');
  await page.getByTestId('source-text').evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(1, 1); // inside 成都
  });
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('draft-body')).toHaveValue('- 청두(成都)');
  await expect(page.getByTestId('draft-body')).toBeFocused();
});

test('after kill -9 of the server, what was saved one second after typing is there', async ({ app: page, dbPath, server }) => {
  const { launchWebServer } = await import('./web-server.ts');
  await createIssue(page, '2024-25');
  await openNewArticle(page);
  await page.getByTestId('draft-body').fill('- 전정특신 기업 100곳 선정');
  await page.getByTestId('source-text').fill('专精特新企业100家');
  // Autosave within a second of the last edit; then the process dies without any shutdown.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 1_500 });
  const articleHash = new URL(page.url()).hash;
  await server.crash();
  const restarted = await launchWebServer(dbPath);
  try {
    await page.goto(restarted.url);
    await page.evaluate((hash) => (window.location.hash = hash), articleHash);
    await expect(page.getByTestId('draft-body')).toHaveValue('- 전정특신 기업 100곳 선정');
    await expect(page.getByTestId('source-text')).toHaveValue('专精特新企业100家');
  } finally {
    await restarted.stop();
  }
});

test('live checks move into the page: the findings shown while typing there are the service\'s', async ({ app: page, server }) => {
  await createIssue(page, '2024-24');
  await openNewArticle(page);
  await page.getByTestId('source-text').fill(SOURCE);
  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- 전정특신');
  const panel = page.getByTestId('findings-panel');
  // The glossary index is built in the worker and taken over by the page; then keystrokes are
  // checked in the page itself.
  await expect(panel).toHaveAttribute('data-checked-in', 'page', { timeout: 30_000 });
  await page.keyboard.type(' 기업과 위화퉁를 포함한 기업에 1.5억 위안 투자, 3억원 배정');
  await expect(panel).toHaveAttribute('data-checked-in', 'page');
  await expect(page.getByTestId('finding').filter({ hasText: '이화퉁' }).first()).toBeVisible();
  const shown = await page.getByTestId('finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')).sort());
  const articleId = Number(new URL(page.url()).hash.match(/article\/(\d+)/)![1]);
  const text = await body.inputValue();
  const response = await page.request.post(`${server.origin}/api/checkArticle`, {
    headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': server.token },
    data: { arg: { articleId, draft: text, title: '', lead: '', sources: [SOURCE] } },
  });
  const service = (await response.json()).value.findings.filter((f: { accepted: boolean }) => !f.accepted).map((f: { rule: string }) => f.rule).sort();
  expect(shown).toEqual(service);
});

test('a term added by another process (the CLI) while checks run in the page shows once typing pauses', async ({ app: page, dbPath }) => {
  await createIssue(page, '2024-25');
  await openNewArticle(page);
  await page.getByTestId('source-text').fill('雄安新区建设加快推进。');
  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- 웅안신구 건설');
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-checked-in', 'page', { timeout: 30_000 });
  const forbidden = page.locator('[data-testid="finding"][data-rule="term-forbidden"]');
  await expect(forbidden).toHaveCount(0);

  // As `donghyang glossary add` would, on the same database, while the editor is open.
  const cli = openStore(dbPath, { who: 'cli' });
  cli.createConcept({ category: 'place', terms: [
    { lang: 'zh', text: '雄安新区' }, { lang: 'ko', text: '슝안신구' }, { lang: 'ko', text: '웅안신구', status: 'forbidden' },
  ] });
  cli.close();

  // The page's index does not know it yet; the service's check after the pause does, and wins.
  await page.keyboard.type('이 빨라진다');
  await expect(forbidden).toHaveCount(1, { timeout: 10_000 });
  await expect(forbidden.getByTestId('finding-message')).toContainText('슝안신구');
  // The kit is reloaded with the new glossary state: checks return to the page, still finding it.
  await expect(panel).toHaveAttribute('data-checked-in', 'page', { timeout: 30_000 });
  await page.keyboard.type('.');
  await expect(panel).toHaveAttribute('data-checked-in', 'page');
  await expect(forbidden).toHaveCount(1);
});
