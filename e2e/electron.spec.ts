// The desktop app itself (Playwright's _electron): the core flow of the web-mode tests, plus the
// hardening seen from inside a real window. Skipped where Electron's binary is not installed
// (it cannot be downloaded on machines without GitHub access).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { API_METHODS } from '../glossary/api.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronInstalled = fs.existsSync(path.join(repoRoot, 'node_modules', 'electron', 'dist'));

// The one skip `npm test` allows: its summary reports these as "not run: no Electron binary".
test.skip(!electronInstalled, 'no Electron binary: node_modules/electron/dist missing');

let sqliteBinding = '';

test.beforeAll(() => {
  // Same preparation as `npm start`: better-sqlite3 for Electron's ABI (built once) and the bundles.
  // The renderer is built by `npm run test:e2e` (vite build) before Playwright runs.
  sqliteBinding = execFileSync(process.execPath, ['electron/electron-sqlite.mjs'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  execFileSync(process.execPath, ['electron/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  expect(fs.existsSync(path.join(repoRoot, 'renderer', 'dist', 'index.html')), 'renderer/dist missing: run `npx vite build`').toBe(true);
});

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-electron-e2e-'));
  app = await electron.launch({
    args: [path.join(repoRoot, 'electron', 'dist', 'main.cjs')],
    cwd: repoRoot,
    env: { ...process.env, DONGHYANG_DB: path.join(dataDir, 'donghyang.db'), DONGHYANG_SQLITE_BINDING: sqliteBinding },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('core flow: create an issue, paste a Chinese source, type a draft, see a finding', async () => {
  // The same steps as the web-mode editor test (e2e/editor.spec.ts), through IPC instead of HTTP.
  await expect(page).toHaveURL(/^app:\/\/donghyang\//);
  await page.getByTestId('nav-issues').click();
  await page.getByTestId('issue-number').fill('2024-23');
  await page.getByTestId('issue-date').fill('2024-06-21');
  await page.getByTestId('issue-rate').fill('189.5');
  await page.getByTestId('create-issue').click();
  await expect(page.getByTestId('issue-title')).toContainText('2024-23');

  await page.getByTestId('add-article-policy').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await page.getByTestId('open-article').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();

  await page.getByTestId('source-text').fill('成都市支持专精特新企业发展。亿华通公司获得1.5万亿元投资。');
  await expect(page.getByTestId('source-hit').filter({ hasText: '专精特新' })).toHaveAttribute('title', /전정특신/);

  const body = page.getByTestId('draft-body');
  await body.click();
  await page.keyboard.type('- 위화퉁를 포함한 기업에 1.5억 위안 투자, 3억원 배정');
  await expect(page.getByTestId('finding').first()).toBeVisible();
  await expect(page.getByTestId('draft-body-mirror').locator('mark.finding').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  // The check worker runs from app:// and the page takes its index over: keystrokes are checked in the page.
  await expect(page.getByTestId('findings-panel')).toHaveAttribute('data-checked-in', 'page', { timeout: 30_000 });

  // The data went through IPC into the database named by DONGHYANG_DB.
  const issues = await page.evaluate(() => window.donghyang?.listIssues());
  expect(issues?.map((issue) => issue.number)).toEqual(['2024-23']);
  expect(fs.existsSync(path.join(dataDir, 'donghyang.db'))).toBe(true);
});

test('hardening: no Node in the page, a narrow bridge, no new windows, no navigation away', async () => {
  expect(await page.evaluate(() => [typeof (window as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process]))
    .toEqual(['undefined', 'undefined']);
  const bridgeKeys = await page.evaluate(() => Object.keys(window.donghyang ?? {}).sort());
  expect(bridgeKeys).toEqual([...API_METHODS, 'onMenu', 'printToPdf'].sort());

  // Links to the web go to the system browser (recorded here instead), never into the app window.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedExternally?: string[] }).openedExternally = opened;
    shell.openExternal = async (url: string) => { opened.push(url); };
  });
  expect(await page.evaluate(() => window.open('https://www.most.gov.cn/') === null)).toBe(true);
  await page.evaluate(() => { window.location.href = 'file:///etc/passwd'; });
  await page.evaluate(() => { window.location.href = 'https://www.gov.cn/'; });
  await expect(page).toHaveURL(/^app:\/\/donghyang\//);
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally))
    .toEqual(['https://www.most.gov.cn/', 'https://www.gov.cn/']);

  // Bad input through the bridge is refused with a message naming the field.
  const error = await page.evaluate(() => window.donghyang?.createIssue({ number: 5 as unknown as string, date: 'x', rate: null }).then(() => '', (e: Error) => e.message));
  expect(error).toMatch(/number/);
});

test('native menu: items carry shortcuts and reach the renderer through onMenu', async () => {
  const accelerators = await app.evaluate(({ Menu }) => {
    const menu = Menu.getApplicationMenu();
    return ['new-issue', 'show-glossary', 'next-finding', 'show-shortcuts'].map((id) => menu?.getMenuItemById(id)?.accelerator);
  });
  expect(accelerators).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+2', 'F8', 'F1']);

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as { menuSeen?: string[] }).menuSeen = seen;
    (window as unknown as { donghyang: { onMenu(cb: (a: string) => void): () => void } }).donghyang.onMenu((action) => seen.push(action));
  });
  await app.evaluate(({ Menu, BrowserWindow }) => {
    Menu.getApplicationMenu()?.getMenuItemById('show-glossary')?.click(undefined, BrowserWindow.getAllWindows()[0]);
  });
  await expect.poll(() => page.evaluate(() => (window as { menuSeen?: string[] }).menuSeen)).toEqual(['show-glossary']);
});
