// Each test gets its own data folder and database, its own web-mode server on a random port, and a
// page opened at the tokenized URL. CSP violations and page errors fail the test.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWebServer, repoRoot, type RunningServer } from './web-server.ts';

export { repoRoot };
// The README's screenshots (e2e/screenshots) are refreshed only by `npm run screenshots`; an ordinary
// test run writes its screenshots under test-results/ (ignored by git), so tests leave the tree clean.
export const screenshotDir = process.env.DONGHYANG_SCREENSHOTS === '1'
  ? path.join(repoRoot, 'e2e', 'screenshots')
  : path.join(repoRoot, 'test-results', 'screenshots');
const rendererDir = path.join(repoRoot, 'renderer', 'dist');

interface Fixtures {
  dataDir: string;
  dbPath: string;
  server: RunningServer;
  app: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  dbPath: async ({ dataDir }, use) => {
    await use(path.join(dataDir, 'donghyang.db'));
  },
  server: async ({ dbPath }, use) => {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('renderer/dist is missing: run `npx vite build` first');
    const server = await launchWebServer(dbPath);
    await use(server);
    await server.stop();
  },
  app: async ({ page, server }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
    });
    await page.goto(server.url);
    await expect(page.getByTestId('app-name')).toBeVisible();
    await use(page);
    expect(problems, 'no page errors or CSP violations').toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** Creates an issue through the UI and opens it. */
export async function createIssue(page: Page, number: string, rate = '189.5'): Promise<void> {
  await page.getByTestId('nav-issues').click();
  await page.getByTestId('issue-number').fill(number);
  await page.getByTestId('issue-date').fill('2024-06-21');
  await page.getByTestId('issue-rate').fill(rate);
  await page.getByTestId('create-issue').click();
  await expect(page.getByTestId('issue-title')).toContainText(number);
}
