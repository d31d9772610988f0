// The built main bundle (electron/dist/main.cjs) wired up for real, with only the 'electron' module
// stood in for by plain objects (its binary cannot run here): the real service on a temp database,
// the real IPC gate, protocol handler, menu and hardening. Proves main.ts connects them as intended.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { Module, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CALL_CHANNEL, MENU_CHANNEL, PRINT_PDF_CHANNEL, TEAM_SERVER_CHANNEL, type CallReply } from './bridge.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

type Fn = (...args: any[]) => any;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Records what main.ts asks of Electron, in order. */
function fakeElectron(userData: string) {
  const calls: string[] = [];
  const appListeners = new Map<string, Fn>();
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, Fn>();
  const protocolHandlers = new Map<string, Fn>();
  const privilegedSchemes: unknown[] = [];
  const sessionHandlers: Record<string, Fn> = {};
  let menu: any[] | undefined;
  const errors: string[] = [];
  const saveDialogs: { owner: unknown; options: any }[] = [];
  let saveAnswer: { canceled: boolean; filePath?: string } = { canceled: true };

  class FakeWindow {
    readonly options: any;
    loadedUrl = '';
    focused = 0;
    readonly sent: unknown[][] = [];
    readonly webContents = { send: (...args: unknown[]) => { this.sent.push(args); } };
    constructor(options: any) {
      this.options = options;
      windows.push(this);
      calls.push('new BrowserWindow');
    }
    once(): void {}
    on(): void {}
    closed = false;
    loadURL(url: string): Promise<void> { this.loadedUrl = url; return Promise.resolve(); }
    close(): void { this.closed = true; }
    isMinimized(): boolean { return false; }
    restore(): void {}
    focus(): void { this.focused += 1; }
    static fromWebContents(contents: unknown): FakeWindow | null {
      return windows.find((w) => (w.webContents as unknown) === contents) ?? null;
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      setName: (name: string) => calls.push(`setName ${name}`),
      getPath: () => userData,
      setPath: (name: string) => calls.push(`setPath ${name}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => { calls.push('requestSingleInstanceLock'); return true; },
      on: (event: string, listener: Fn) => { appListeners.set(event, listener); },
      whenReady: () => { calls.push('whenReady'); return Promise.resolve(); },
      setAboutPanelOptions: () => undefined,
      getLocale: () => 'ko-KR',
      getVersion: () => '0.1.0',
      showAboutPanel: () => undefined,
      quit: () => calls.push('quit'),
      exit: (code: number) => calls.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => { calls.push('registerSchemesAsPrivileged'); privilegedSchemes.push(...schemes); },
      handle: (scheme: string, handler: Fn) => { protocolHandlers.set(scheme, handler); },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Fn) => { sessionHandlers.request = h; },
        setPermissionCheckHandler: (h: Fn) => { sessionHandlers.check = h; },
        webRequest: { onHeadersReceived: (h: Fn) => { sessionHandlers.headers = h; } },
      },
    },
    ipcMain: { handle: (channel: string, handler: Fn) => { ipcHandlers.set(channel, handler); } },
    Menu: { buildFromTemplate: (template: any[]) => template, setApplicationMenu: (m: any[]) => { menu = m; } },
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: (title: string, detail: string) => errors.push(`${title}: ${detail}`),
      showSaveDialog: async (...args: any[]) => {
        saveDialogs.push(args.length > 1 ? { owner: args[0], options: args[1] } : { owner: null, options: args[0] });
        return saveAnswer;
      },
    },
    shell: { openExternal: async () => undefined },
  };
  return {
    electron, calls, appListeners, windows, ipcHandlers, protocolHandlers, privilegedSchemes, sessionHandlers, errors, saveDialogs,
    menu: () => menu,
    answerSaveDialog: (answer: typeof saveAnswer) => { saveAnswer = answer; },
  };
}

let work: string;
let outDir: string;
let fake: ReturnType<typeof fakeElectron>;
/** What main printed (console.log). */
const logged: string[] = [];
const savedEnv = { ...process.env };

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-main-'));
  // Inside the checkout (electron/dist is git-ignored) so the bundle resolves better-sqlite3 and electron.
  outDir = path.join(repoRoot, 'electron', 'dist', `test-${process.pid}`);
  execFileSync(process.execPath, [path.join(repoRoot, 'electron', 'build.mjs'), '--out-dir', outDir], { cwd: repoRoot });
  const rendererDir = path.join(work, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>');
  process.env.DONGHYANG_DB = path.join(work, 'data', 'donghyang.db');
  process.env.DONGHYANG_RENDERER_DIR = rendererDir;

  fake = fakeElectron(path.join(work, 'userData'));
  // Put the stand-in where the bundle's require('electron') will find it.
  const requireFromBundle = createRequire(path.join(outDir, 'main.cjs'));
  const electronPath = requireFromBundle.resolve('electron');
  const cached = new Module(electronPath);
  cached.exports = fake.electron;
  cached.loaded = true;
  requireFromBundle.cache[electronPath] = cached;
  const log = console.log;
  console.log = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
    log(...args);
  };
  requireFromBundle(path.join(outDir, 'main.cjs'));

  const deadline = Date.now() + 30_000;
  while (fake.windows.length === 0 && fake.errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(fake.errors, [], 'main reported a startup error');
  assert.equal(fake.windows.length, 1, 'no window within 30 s');
});

after(() => {
  fake?.appListeners.get('will-quit')?.();
  process.env = savedEnv;
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

const appEvent = { senderFrame: { url: 'app://donghyang/index.html', parent: null }, sender: { mainFrame: null as unknown } };
appEvent.sender.mainFrame = appEvent.senderFrame;

describe('startup order', () => {
  test('scheme, sandbox and lock come before ready; a separate profile for a non-default database', () => {
    const order = (name: string) => fake.calls.indexOf(name);
    assert.ok(order('registerSchemesAsPrivileged') >= 0 && order('registerSchemesAsPrivileged') < order('whenReady'));
    assert.ok(order('enableSandbox') >= 0 && order('enableSandbox') < order('whenReady'));
    assert.ok(order('requestSingleInstanceLock') >= 0 && order('requestSingleInstanceLock') < order('whenReady'));
    assert.ok(fake.calls.includes('setName Donghyang'));
    assert.ok(fake.calls.includes('setPath userData'), 'DONGHYANG_DB elsewhere gets its own profile (and lock)');
    assert.deepEqual(fake.privilegedSchemes, [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });
});

describe('the window', () => {
  test('is hardened and loads the app origin with the sandboxed preload', () => {
    const window = fake.windows[0];
    const prefs = window?.options.webPreferences;
    assert.equal(window?.loadedUrl, 'app://donghyang/index.html');
    assert.equal(prefs.preload, path.join(repoRoot, 'electron', 'dist', 'preload.cjs'));
    assert.deepEqual([prefs.contextIsolation, prefs.sandbox, prefs.nodeIntegration, prefs.webviewTag], [true, true, false, false]);
  });

  test('a second launch focuses the existing window', () => {
    const window = fake.windows[0];
    const before = window?.focused ?? 0;
    fake.appListeners.get('second-instance')?.();
    assert.equal(window?.focused, before + 1);
  });

  test('every web contents and the session are hardened', () => {
    assert.ok(fake.appListeners.has('web-contents-created'));
    let granted: boolean | undefined;
    fake.sessionHandlers.request?.({}, 'media', (answer: boolean) => { granted = answer; });
    assert.equal(granted, false);
  });
});

describe('app:// protocol', () => {
  test('serves the renderer with the CSP', async () => {
    const response: Response = await fake.protocolHandlers.get('app')?.({ url: 'app://donghyang/index.html', method: 'GET' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.match(await response.text(), /id="root"/);
  });
});

describe('IPC', () => {
  test('the app page reaches the real service on DONGHYANG_DB; another origin is refused', async () => {
    const handler = fake.ipcHandlers.get(CALL_CHANNEL);
    assert.ok(handler, `no handler on ${CALL_CHANNEL}`);
    const created: CallReply = await handler(appEvent, 'createIssue', { number: '제24-22호', date: '2024-06-21', rate: 190 });
    assert.ok(created.ok, JSON.stringify(created));
    const listed: CallReply = await handler(appEvent, 'listIssues', undefined);
    assert.ok(listed.ok);
    assert.deepEqual((listed.value as { number: string }[]).map((issue) => issue.number), ['제24-22호']);
    assert.ok(fs.existsSync(process.env.DONGHYANG_DB ?? ''), 'the database is at DONGHYANG_DB');

    const evil = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { mainFrame: null as unknown } };
    evil.sender.mainFrame = evil.senderFrame;
    const refused: CallReply = await handler(evil, 'listIssues', undefined);
    assert.equal(refused.ok, false);
  });
});

describe('glossary import', () => {
  test('is applied by the bundled worker thread, with the result on the app\'s own database', async () => {
    const handler = fake.ipcHandlers.get(CALL_CHANNEL)!;
    const csv = 'zh,ko,category\n横琴粤澳深度合作区,헝친광둥마카오심층협력구,place\n前海深港现代服务业合作区,첸하이선전홍콩현대서비스업협력구,place\n';
    const preview: CallReply = await handler(appEvent, 'previewImport', { fileName: 'places.csv', contentBase64: Buffer.from(csv).toString('base64') });
    assert.ok(preview.ok, JSON.stringify(preview));
    const { planId } = preview.value as { planId: string };
    const applied: CallReply = await handler(appEvent, 'applyImport', { planId });
    assert.ok(applied.ok, JSON.stringify(applied));
    assert.deepEqual(applied.value, { file: 'places.csv', added: 2, updated: 0, conflicts: 0 });
    const found: CallReply = await handler(appEvent, 'searchGlossary', { query: '横琴粤澳' });
    assert.ok(found.ok && (found.value as { total: number }).total === 1, JSON.stringify(found));
  });
});

describe('menu', () => {
  test('is installed in Korean and its items reach the window', () => {
    const menu = fake.menu();
    assert.deepEqual(menu?.map((m) => m.label), ['파일', '편집', '보기', '도움말']);
    const view = menu?.find((m) => m.label === '보기');
    view?.submenu.find((item: { id?: string }) => item.id === 'next-finding')?.click();
    assert.deepEqual(fake.windows[0]?.sent, [[MENU_CHANNEL, 'next-finding']]);
    assert.ok(view?.submenu.some((item: { id?: string }) => item.id === 'dev-tools'), 'DevTools while not packaged');
  });
});

describe('print to PDF', () => {
  test('the app page is printed to A4 and saved where the save dialog says; another origin is refused', async () => {
    const handler = fake.ipcHandlers.get(PRINT_PDF_CHANNEL);
    assert.ok(handler, `no handler on ${PRINT_PDF_CHANNEL}`);
    const printed: unknown[] = [];
    const sender = { ...appEvent.sender, getTitle: () => '중국 과학기술 정책 주간동향 2024-06-21', printToPDF: async (options: unknown) => { printed.push(options); return Buffer.from('%PDF-1.7'); } };
    const target = path.join(work, 'issue.pdf');
    fake.answerSaveDialog({ canceled: false, filePath: target });
    const reply = await handler({ ...appEvent, sender });
    assert.deepEqual(reply, { ok: true, value: { saved: true, path: target } });
    assert.deepEqual(printed, [{ pageSize: 'A4', printBackground: true }]);
    assert.equal(fs.readFileSync(target, 'utf8'), '%PDF-1.7');
    const asked = fake.saveDialogs.at(-1);
    assert.match(asked?.options.defaultPath ?? '', /중국 과학기술 정책 주간동향 2024-06-21\.pdf$/);
    assert.deepEqual(asked?.options.filters, [{ name: 'PDF', extensions: ['pdf'] }]);

    const evilFrame = { url: 'https://evil.example/', parent: null };
    const refused = await handler({ senderFrame: evilFrame, sender: { ...sender, mainFrame: evilFrame } });
    assert.equal(refused.ok, false);
    assert.equal(printed.length, 1, 'a refused page is not printed');
  });
});

describe('warm-up', () => {
  test('the window opens first; then the glossary warms, and its packed index crosses IPC as bytes', async () => {
    const deadline = Date.now() + 60_000;
    while (!logged.some((line) => /glossary ready/.test(line)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const line = logged.find((l) => /glossary ready/.test(l));
    assert.match(line ?? '', /^Donghyang: window opened \d+ ms after start; glossary ready \d+ ms later$/);
    const handler = fake.ipcHandlers.get(CALL_CHANNEL)!;
    const issue: CallReply = await handler(appEvent, 'createIssue', { number: 'warm', date: '2024-06-28', rate: null });
    assert.ok(issue.ok);
    const article: CallReply = await handler(appEvent, 'addArticle', { issueId: (issue.value as { id: number }).id, section: 'policy' });
    assert.ok(article.ok);
    const kit: CallReply = await handler(appEvent, 'checkKit', { articleId: (article.value as { id: number }).id, packed: true });
    assert.ok(kit.ok, JSON.stringify(kit));
    const { indexPacked, glossaryRevision } = kit.value as { indexPacked?: boolean; glossaryRevision: string };
    assert.equal(indexPacked, true);
    const index: CallReply = await handler(appEvent, 'checkIndex', { glossaryRevision });
    assert.ok(index.ok && index.value instanceof Uint8Array && index.value.byteLength > 1000, 'the packed index, as bytes');
  });
});

describe('team server (File → Connect to team server…)', () => {
  test('the menu asks the page for the address; connecting opens the server page without the bridge, remembered; Use Local Glossary goes back', async () => {
    const file = () => fake.menu()?.find((m) => m.label === '파일');
    const local = fake.windows.at(-1)!;
    local.sent.length = 0;
    file()?.submenu.find((item: { id?: string }) => item.id === 'connect-team-server')?.click();
    assert.deepEqual(local.sent, [[MENU_CHANNEL, 'connect-team-server']]);

    const handler = fake.ipcHandlers.get(TEAM_SERVER_CHANNEL);
    assert.ok(handler, `no handler on ${TEAM_SERVER_CHANNEL}`);
    const refused = await handler(appEvent, 'http://team.example.org:8270');
    assert.equal(refused.ok, false);
    assert.equal(fake.windows.at(-1), local, 'a refused address changes nothing');

    const reply = await handler(appEvent, 'https://team.example.org:8270');
    assert.deepEqual(reply, { ok: true, value: 'https://team.example.org:8270/' });
    const remote = fake.windows.at(-1)!;
    assert.notEqual(remote, local);
    assert.equal(local.closed, true);
    assert.equal(remote.loadedUrl, 'https://team.example.org:8270/');
    const prefs = remote.options.webPreferences;
    assert.equal(prefs.preload, undefined, 'the server page gets no bridge to the local service');
    assert.deepEqual([prefs.contextIsolation, prefs.sandbox, prefs.nodeIntegration], [true, true, false]);
    const saved = JSON.parse(fs.readFileSync(path.join(work, 'userData', 'team-server.json'), 'utf8'));
    assert.equal(saved.url, 'https://team.example.org:8270/');
    assert.equal(file()?.submenu.some((item: { id?: string }) => item.id === 'new-issue'), false, 'the local items are gone');

    file()?.submenu.find((item: { id?: string }) => item.id === 'use-local')?.click();
    const back = fake.windows.at(-1)!;
    assert.equal(back.loadedUrl, 'app://donghyang/index.html');
    assert.equal(back.options.webPreferences.preload, path.join(repoRoot, 'electron', 'dist', 'preload.cjs'));
    assert.equal(remote.closed, true);
    assert.equal(fs.existsSync(path.join(work, 'userData', 'team-server.json')), false);
    assert.ok(file()?.submenu.some((item: { id?: string }) => item.id === 'connect-team-server'));
  });
});
