// Team mode in the browser: `donghyang serve --team` with two accounts; an editor and a reviewer in
// two browser contexts. Login page, who is editing, a change made elsewhere, the confirmation
// before approving past an unresolved comment, and an edit sending the approved article back.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, screenshot } from './fixtures.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');
const PASSWORD = 'team-e2e-password';
let dir: string;
let child: ChildProcess;
let url: string;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-team-e2e-'));
  const db = path.join(dir, 'team.db');
  for (const [name, role] of [['kim', 'editor'], ['lee', 'reviewer'], ['han', 'editor'], ['park', 'admin']]) {
    const added = spawnSync(process.execPath, [BIN, '--db', db, 'user', 'add', name!, '--role', role!, '--password-stdin'], { input: `${PASSWORD}\n`, encoding: 'utf8' });
    expect(added.status, added.stderr).toBe(0);
  }
  child = spawn(process.execPath, [BIN, '--db', db, 'serve', '--team', '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk) => {
      text += chunk;
      const match = /Donghyang team server: (\S+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

test.afterAll(async () => {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function loggedIn(browser: Browser, user: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.getByTestId('login-user').fill(user);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('team-user')).toHaveText(user);
  return page;
}

test('login page: a wrong password is refused, the right one opens the app', async ({ page }) => {
  await page.goto(url);
  await expect(page.getByTestId('login-form')).toBeVisible();
  await page.getByTestId('login-user').fill('kim');
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText('사용자 이름 또는 비밀번호가 틀렸습니다.');
  await screenshot(page, 'team-login');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('team-user')).toHaveText('kim');
  await expect(page.getByTestId('app-name')).toBeVisible();
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
});

test('editor and reviewer on one article: editing shown, approval confirmed, an edit sends it back to review', async ({ browser }) => {
  const kim = await loggedIn(browser, 'kim');
  await kim.getByTestId('issue-number').fill('2024-40');
  await kim.getByTestId('issue-date').fill('2024-10-04');
  await kim.getByTestId('create-issue').click();
  await kim.getByTestId('add-article-policy').click();
  await kim.getByTestId('open-article').first().click();
  await kim.getByTestId('draft-title').fill('선전시, 로봇 산업 지원');
  await kim.getByTestId('draft-body').fill('- 선전시는 로봇 산업을 지원한다.');
  await expect(kim.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const articleUrl = kim.url();

  const lee = await loggedIn(browser, 'lee');
  await lee.goto(articleUrl);
  await expect(lee.getByTestId('draft-title')).toHaveValue('선전시, 로봇 산업 지원');
  // kim keeps typing: lee sees who is editing, and that the article changed under them.
  await kim.getByTestId('draft-body').fill('- 선전시는 로봇 산업을 지원한다.\n- 예산은 10억 위안이다.');
  await expect(lee.getByTestId('editing-others')).toContainText('kim');
  await expect(lee.getByTestId('changed-elsewhere')).toContainText('kim');
  await screenshot(lee, 'team-editing-others');
  await lee.reload();
  await expect(lee.getByTestId('draft-body')).toHaveValue(/예산은 10억 위안/);

  // An unresolved comment: approving asks for confirmation.
  const articleId = Number(/article\/(\d+)/.exec(articleUrl)![1]);
  const added = await lee.evaluate(async (id) => {
    const response = await fetch('api/addComment', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ arg: { articleId: id, field: 'body', start: 2, end: 5, body: '출처 확인' } }) });
    return response.status;
  }, articleId);
  expect(added).toBe(200);
  await lee.getByTestId('state-review').click();
  await expect(lee.getByTestId('article-state')).toHaveAttribute('data-state', 'review');
  await lee.getByTestId('state-approved').click();
  await expect(lee.getByTestId('approve-confirm')).toContainText('1 unresolved comment');
  await screenshot(lee, 'team-approve-confirm');
  await lee.getByTestId('approve-anyway').click();
  await expect(lee.getByTestId('article-state')).toHaveAttribute('data-state', 'approved');

  // kim's page was based on the old revision: its next save is refused, not merged silently.
  await kim.getByTestId('draft-body').fill('- 선전시는 로봇 산업을 지원한다.\n- 예산은 20억 위안이다.');
  await expect(kim.getByTestId('error-banner').first()).toContainText('changed elsewhere');
  await kim.reload();
  await expect(kim.getByTestId('article-state')).toHaveAttribute('data-state', 'approved');
  await kim.getByTestId('draft-body').fill('- 선전시는 로봇 산업을 지원한다.\n- 예산은 30억 위안이다.');
  await expect(kim.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(kim.getByTestId('article-state')).toHaveAttribute('data-state', 'review');
});

test('two editors on one article: the second reads it, takes over, and the first turns read-only', async ({ browser }) => {
  const kim = await loggedIn(browser, 'kim');
  await kim.getByTestId('issue-number').fill('2024-41');
  await kim.getByTestId('issue-date').fill('2024-10-11');
  await kim.getByTestId('create-issue').click();
  await kim.getByTestId('add-article-policy').click();
  await kim.getByTestId('open-article').first().click();
  await kim.getByTestId('draft-body').fill('- 김 기자의 초고.');
  await expect(kim.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(kim.getByTestId('edit-locked')).toHaveCount(0);

  const han = await loggedIn(browser, 'han');
  await han.goto(kim.url());
  await expect(han.getByTestId('edit-locked')).toContainText('kim');
  await expect(han.getByTestId('draft-body')).toBeDisabled();
  await expect(han.getByTestId('draft-body')).toHaveValue('- 김 기자의 초고.');
  await screenshot(han, 'team-read-only');

  await han.getByTestId('take-over').click();
  await expect(han.getByTestId('draft-body')).toBeEnabled();
  await expect(han.getByTestId('edit-locked')).toHaveCount(0);
  await expect(kim.getByTestId('edit-locked')).toContainText('han');
  await expect(kim.getByTestId('draft-body')).toBeDisabled();
  await han.getByTestId('draft-body').fill('- 김 기자의 초고.\n- 한 기자가 보탠 줄.');
  await expect(han.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await screenshot(kim, 'team-taken-over');

  // kim takes it back: the page starts from han's saved text, nothing of it lost.
  await kim.getByTestId('take-over').click();
  await expect(kim.getByTestId('draft-body')).toHaveValue('- 김 기자의 초고.\n- 한 기자가 보탠 줄.');
  await expect(kim.getByTestId('draft-body')).toBeEnabled();
  await expect(han.getByTestId('draft-body')).toBeDisabled();
});

test('the admin manages users on the Users screen; others have no such screen', async ({ browser }) => {
  const kim = await loggedIn(browser, 'kim');
  await expect(kim.getByTestId('open-users')).toHaveCount(0);
  const park = await loggedIn(browser, 'park');
  await park.getByTestId('open-users').click();
  await expect(park.getByTestId('user-row-kim')).toBeVisible();
  await park.getByTestId('add-name').fill('choi');
  await park.getByTestId('add-role').selectOption('editor');
  await park.getByTestId('add-password').fill('short');
  await park.getByTestId('add-submit').click();
  await expect(park.getByTestId('error-banner')).toContainText('at least 8 characters');
  await park.getByTestId('add-password').fill('choi-password-1');
  await park.getByTestId('add-submit').click();
  await expect(park.getByTestId('user-row-choi')).toBeVisible();
  await park.getByTestId('role-choi').selectOption('reviewer');
  await expect(park.getByTestId('role-choi')).toHaveValue('reviewer');
  await park.getByTestId('reset-choi').click();
  await park.getByTestId('reset-password-choi').fill('choi-password-2');
  await park.getByTestId('reset-submit-choi').click();
  await expect(park.getByTestId('users-notice')).toBeVisible();
  await park.getByTestId('toggle-choi').click();
  await expect(park.getByTestId('state-choi')).toHaveText('사용 중지');
  await screenshot(park, 'team-users');

  const choi = await (await browser.newContext()).newPage();
  await choi.goto(url);
  await choi.getByTestId('login-user').fill('choi');
  await choi.getByTestId('login-password').fill('choi-password-2');
  await choi.getByTestId('login-submit').click();
  await expect(choi.getByTestId('login-error')).toBeVisible();
  await park.getByTestId('toggle-choi').click();
  await expect(park.getByTestId('state-choi')).toHaveText('사용 중');
  await choi.getByTestId('login-password').fill('choi-password-2'); // the form empties it after a refusal
  await choi.getByTestId('login-submit').click();
  await expect(choi.getByTestId('team-user')).toHaveText('choi');

  // The signed-in user sits in the app's header, and user management is a dialog Escape closes.
  await expect(park.locator('.app-header').getByTestId('team-user')).toHaveText('park');
  await park.keyboard.press('Escape');
  await expect(park.getByTestId('users-panel')).toHaveCount(0);
  await expect(park.getByTestId('nav-issues')).toBeVisible();
});

test("a concept another user adds reaches an open editor: its source highlights the term", async ({ browser }) => {
  const kim = await loggedIn(browser, 'kim');
  await kim.getByTestId('issue-number').fill('2024-42');
  await kim.getByTestId('issue-date').fill('2024-10-18');
  await kim.getByTestId('create-issue').click();
  await kim.getByTestId('add-article-policy').click();
  await kim.getByTestId('open-article').first().click();
  await kim.getByTestId('source-text').fill('示例星河公司发布新一代机器人。');
  await expect(kim.getByTestId('source-hit').filter({ hasText: '示例星河公司' })).toHaveCount(0);

  const lee = await loggedIn(browser, 'lee');
  const status = await lee.evaluate(async () => {
    const input = { category: 'company', terms: [{ lang: 'zh', text: '示例星河公司' }, { lang: 'ko', text: '시례싱허공사' }] };
    const response = await fetch('api/saveConcept', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ arg: { input } }) });
    return response.status;
  });
  expect(status).toBe(200);
  await expect(kim.getByTestId('source-hit').filter({ hasText: '示例星河公司' })).toHaveCount(1);
});
