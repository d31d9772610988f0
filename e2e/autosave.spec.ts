// Autosave under faults, against the web mode as its own process: continuous typing (no pause for
// the debounce to see) loses at most one second on kill -9, and a page left open across a server
// restart saves what it holds without a reload.
import { test, expect, createIssue, screenshot } from './fixtures.ts';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { launchWebServer } from './web-server.ts';

async function openNewArticle(page: Page): Promise<void> {
  await page.getByTestId('add-article-policy').click();
  await page.getByTestId('open-article').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

/** The body on disk, read as a fresh process would after the crash. */
function bodyOnDisk(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT body FROM articles ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? '';
  } finally {
    db.close();
  }
}

const TYPED = '중국 과학기술부는 전정특신 기업 지원 정책을 발표했다. '.repeat(20);

for (const [rhythm, gapMs] of [['steady, 1 key per 60 ms', 60], ['fast, 1 key per 15 ms', 15]] as const) {
  test(`kill -9 while typing without a pause (${rhythm}): at most the last second is lost`, async ({ app: page, dbPath, server }) => {
    await createIssue(page, '2024-30');
    await openNewArticle(page);
    const body = page.getByTestId('draft-body');
    await body.click();
    // Type for ~4 s with no pause, noting when each key went in; then kill the server mid-stream.
    const typedAt: number[] = [];
    const until = Date.now() + 4_000;
    for (const char of TYPED) {
      await page.keyboard.type(char);
      typedAt.push(Date.now());
      if (Date.now() >= until) break;
      await page.waitForTimeout(gapMs);
    }
    const killedAt = Date.now();
    await server.crash();
    const saved = bodyOnDisk(dbPath);
    expect(TYPED.startsWith(saved), 'what is on disk is what was typed').toBe(true);
    const olderThanOneSecond = typedAt.filter((at) => at <= killedAt - 1_000).length;
    expect(saved.length, `typed ${typedAt.length}, saved ${saved.length}, ${olderThanOneSecond} typed over 1 s before the kill`).toBeGreaterThanOrEqual(olderThanOneSecond);
  });
}

test('a page left open across a server restart saves what it holds, with no reload', async ({ app: page, dbPath, server }) => {
  await createIssue(page, '2024-31');
  await openNewArticle(page);
  const body = page.getByTestId('draft-body');
  await body.fill('- 첫 문장');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await server.crash();
  // Typed while the service is gone: the page says it will save when the service is back.
  await body.press('End');
  await page.keyboard.type('\n- 서버가 없는 동안 쓴 문장');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'retrying');
  await screenshot(page, 'autosave-retrying');
  const restarted = await launchWebServer(dbPath);
  try {
    expect(restarted.origin, 'same address as before').toBe(server.origin);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
    expect(bodyOnDisk(dbPath)).toBe('- 첫 문장\n- 서버가 없는 동안 쓴 문장');
    // The page's live checks come back too (over a new socket): a finding on a new slip.
    await page.keyboard.type(' 3억원');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
    expect(bodyOnDisk(dbPath)).toBe('- 첫 문장\n- 서버가 없는 동안 쓴 문장 3억원');
  } finally {
    await restarted.stop();
  }
});

test('a 61 MB glossary file chosen in the page: a clear refusal naming it, and the server goes on', async ({ app: page, dataDir }) => {
  test.setTimeout(240_000); // the page reads and encodes 61 MB, then sends ~81 MB
  const fs = await import('node:fs');
  const path = await import('node:path');
  const file = path.join(dataDir, '거대한 용어집.csv');
  fs.writeFileSync(file, Buffer.alloc(61 * 1024 * 1024, 'a'));
  await page.getByTestId('nav-glossary').click();
  await page.getByTestId('import-file').setInputFiles(file);
  const banner = page.getByTestId('error-banner');
  await expect(banner).toContainText('거대한 용어집.csv', { timeout: 180_000 });
  await expect(banner).toContainText('too large');
  await screenshot(page, 'import-too-large');
  // Still answering: a search in the glossary works.
  await page.getByTestId('glossary-search').fill('专精特新');
  await expect(page.getByTestId('glossary-row').first()).toBeVisible();
});
