// `npm start` for real: the launcher falls back to the web mode when Electron's binary is absent,
// says why, serves the app on DONGHYANG_DB, answers the API with the printed token, and stops on SIGTERM.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const launcher = path.join(repoRoot, 'electron', 'start.mjs');
const URL_LINE = /Donghyang web mode: (http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]+))/;

const children: ChildProcess[] = [];
const tempDirs: string[] = [];
after(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

interface Launched {
  child: ChildProcess;
  output: () => string;
  origin: string;
  token: string;
  exited: Promise<number | null>;
}

/** Starts the launcher and resolves once it prints the web mode's URL (or rejects with its output). */
async function launch(env: Record<string, string>, timeoutMs: number): Promise<Launched> {
  const child = spawn(process.execPath, [launcher], {
    cwd: repoRoot,
    env: { ...process.env, DONGHYANG_NO_BROWSER: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within ${timeoutMs} ms; output:\n${output}`)), timeoutMs);
    const poll = setInterval(() => {
      const found = URL_LINE.exec(output);
      if (found) { clearInterval(poll); clearTimeout(timer); resolve(found); }
    }, 100);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const found = URL_LINE.exec(output);
      if (found) resolve(found);
      else reject(new Error(`launcher exited (${code}) before printing a URL; output:\n${output}`));
    });
  });
  return { child, output: () => output, origin: `http://127.0.0.1:${match[2]}`, token: match[3] ?? '', exited };
}

async function callApi(launched: Launched, method: string, arg?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${launched.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': launched.token },
    body: JSON.stringify(arg === undefined ? {} : { arg }),
  });
  return { status: response.status, body: await response.json() };
}

async function stop(launched: Launched): Promise<void> {
  launched.child.kill('SIGTERM');
  const code = await Promise.race([launched.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 15_000))]);
  assert.notEqual(code, 'hung', 'the launcher did not stop within 15 s of SIGTERM');
  await assert.rejects(fetch(`${launched.origin}/index.html`), 'the server still answers after SIGTERM');
}

function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-start-'));
  tempDirs.push(dir);
  return path.join(dir, 'nested', 'donghyang.db');
}

test('without Electron, npm start says why and serves the app on DONGHYANG_DB', { timeout: 300_000 }, async () => {
  const dbPath = tempDb();
  // Electron's own ELECTRON_OVERRIDE_DIST_PATH points at an empty folder, so the binary is missing
  // here even where it is installed; ELECTRON_SKIP_BINARY_DOWNLOAD keeps the test off the network.
  const noElectron = path.join(path.dirname(dbPath), 'no-electron');
  const launched = await launch({ DONGHYANG_DB: dbPath, ELECTRON_OVERRIDE_DIST_PATH: noElectron, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, 240_000);
  assert.match(launched.output(), /Electron's binary is not installed \(.*no-electron\/electron missing\) and could not be downloaded \(ELECTRON_SKIP_BINARY_DOWNLOAD is set\); starting the web mode instead\./);
  assert.match(launched.output(), /Donghyang web mode: http/);

  const index = await fetch(`${launched.origin}/index.html`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type') ?? '', /text\/html/);
  assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.match(await index.text(), /<div id="root"|<script type="module"/);

  const stats = await callApi(launched, 'glossaryStats');
  assert.equal(stats.status, 200);
  assert.equal(stats.body.ok, true);
  assert.ok(stats.body.value.concepts > 0, 'a new database gets the seed glossary');
  assert.ok(fs.existsSync(dbPath), 'the database was created at DONGHYANG_DB');

  const refused = await fetch(`${launched.origin}/api/glossaryStats`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  assert.equal(refused.status, 401, 'the API needs the printed token');

  await stop(launched);
});

test('DONGHYANG_WEB=1 starts the web mode directly, and data persists across launches', { timeout: 300_000 }, async () => {
  const dbPath = tempDb();
  const first = await launch({ DONGHYANG_DB: dbPath, DONGHYANG_WEB: '1' }, 240_000);
  assert.match(first.output(), /DONGHYANG_WEB is set; starting the web mode instead\./);
  assert.doesNotMatch(first.output(), /trying to download/);
  const created = await callApi(first, 'createIssue', { number: '제24-22호', date: '2024-06-21', rate: 190 });
  assert.equal(created.body.ok, true, JSON.stringify(created.body));
  await stop(first);

  const second = await launch({ DONGHYANG_DB: dbPath, DONGHYANG_WEB: '1' }, 120_000);
  assert.doesNotMatch(second.output(), /vite build|rebuilding|building/, 'nothing changed, so nothing is rebuilt');
  assert.equal(second.token, first.token, 'the same user-data folder keeps its token: an open page reconnects');
  const issues = await callApi(second, 'listIssues');
  assert.deepEqual(issues.body.value.map((issue: { number: string }) => issue.number), ['제24-22호']);
  await stop(second);
});
