// Team server under load: N simulated editors on one `donghyang serve --team` process (spawned as
// an admin would run it), each typing in their own article (a keystroke every 150 ms, checked live
// over their WebSocket, one check in flight as in the page; an autosave over HTTP every second), while an admin imports 20,000 concepts. Prints per
// run: keystroke answer p50/p95/p99, saves made and lost, and how many answers mentioned "database is
// locked". Target (issue 14): p95 ≤ 50 ms, no lost save, no "locked" reaching a user.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { exportCsv } from '../formats/csv-write.ts';
import { repoRoot } from '../paths.ts';
import { openStore, seedIfNew } from '../store/index.ts';
import { Accounts } from '../team/accounts.ts';
import { syntheticConcepts } from './synthetic.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');
const PASSWORD = 'bench-password-1';
const KEYSTROKE_MS = 150;
const AUTOSAVE_MS = 1000;
const IMPORT_CONCEPTS = 20_000;
const TYPED = '\n- 선전시는 로봇 산업 발전을 위해 10억 위안(약 1,900억 원)을 지원한다고 밝혔다.';

interface Figures {
  keystrokes: number[];
  saves: number;
  failedSaves: number;
  locked: number;
  errors: string[];
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * CPU seconds the server process has used (user + system, all its threads), from /proc on Linux;
 * NaN elsewhere. With the wall time it says whether answers waited on the server or on the machine.
 */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

async function startServer(dbPath: string): Promise<{ url: string; pid: number | undefined; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, '--db', dbPath, 'serve', '--team', '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /Donghyang team server: (\S+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, pid: child.pid, stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
}

async function post(url: string, method: string, cookie: string, arg: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(`api/${method}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ arg }),
  });
  return { status: response.status, body: await response.json() };
}

async function login(url: string, user: string): Promise<string> {
  const response = await fetch(new URL('api/login', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`login ${user}: HTTP ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

function noteError(figures: Figures, text: string): void {
  if (/database is locked|SQLITE_BUSY/i.test(text)) figures.locked++;
  if (figures.errors.length < 5) figures.errors.push(text.slice(0, 200));
}

/** One editor: typing and autosaving in their own article until `until()` says stop. */
async function editor(url: string, user: string, issueId: number, until: () => boolean, figures: Figures, ready: () => void): Promise<boolean> {
  const cookie = await login(url, user);
  const created = await post(url, 'addArticle', cookie, { issueId, section: 'policy', title: `${user}의 기사` });
  const article = created.body.value;
  const source = '深圳市发布支持机器人产业发展的若干措施，安排资金10亿元。'.repeat(20);
  let body = Array.from({ length: 12 }, (_, i) => `- 선전시는 로봇 산업에 ${i + 1}억 위안을 지원`).join('\n');
  let base = article.updatedAt as string;
  let typed = 0;
  let saved = '';
  const ws = new WebSocket(url.replace(/^http/, 'ws') + 'api/socket', { headers: { Cookie: cookie } });
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  // As the editor page does: one check in flight; keystrokes made meanwhile go into the next one.
  // A keystroke's answer time runs from the keystroke to the answer of the check that covers it.
  const pending = new Map<number, number>();
  let nextId = 1;
  let liveBase: string | undefined;
  let unchecked: number | null = null;
  const check = () => {
    const id = nextId++;
    pending.set(id, unchecked!);
    unchecked = null;
    ws.send(JSON.stringify({ id, method: 'checkArticleLive', arg: { articleId: article.id, draft: body, sources: [source], ...(liveBase ? { base: liveBase } : {}) } }));
  };
  ws.on('message', (data) => {
    const reply = JSON.parse(data.toString());
    if (reply.id === undefined) return; // a live update about someone else's change
    const typedAt = pending.get(reply.id);
    pending.delete(reply.id);
    if (typedAt !== undefined) figures.keystrokes.push(performance.now() - typedAt);
    if (reply.ok) liveBase = reply.value.token;
    else noteError(figures, JSON.stringify(reply.error));
    if (unchecked !== null) check();
  });
  let lastSave = 0;
  let saving: Promise<void> | null = null;
  ready();
  while (!until()) {
    // Typed as an editor types: words, spaces, line breaks (one 300-letter "word" is no article).
    body += TYPED[typed++ % TYPED.length];
    unchecked ??= performance.now();
    if (pending.size === 0) check();
    // Autosave as the editor does it: in the background, one at a time, never holding up typing.
    if (!saving && performance.now() - lastSave >= AUTOSAVE_MS) {
      lastSave = performance.now();
      const text = body;
      saving = post(url, 'saveArticle', cookie, { id: article.id, title: `${user}의 기사`, lead: '', body: text, sources: [{ title: 'src', url: '', text: source }], baseUpdatedAt: base }).then(
        (result) => {
          figures.saves++;
          if (result.status === 200) {
            base = result.body.value.updatedAt;
            saved = text;
          } else {
            figures.failedSaves++;
            noteError(figures, JSON.stringify(result.body.error));
          }
        },
        (error: unknown) => {
          figures.saves++;
          figures.failedSaves++;
          noteError(figures, `${String(error)} ${String((error as Error).cause ?? '')}`);
        },
      ).finally(() => (saving = null));
    }
    await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS));
  }
  await saving;
  while (pending.size > 0 || unchecked !== null) await new Promise((resolve) => setTimeout(resolve, 20));
  ws.close();
  const stored = await post(url, 'getArticle', cookie, { id: article.id });
  return stored.body.value.body === saved; // false: a save that was answered OK did not stick
}

export async function runOnce(users: number, withImport: boolean, seconds: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-team-'));
  const dbPath = path.join(dir, 'team.db');
  // Made before the clock starts: building it blocks this process for seconds.
  const csv = withImport ? exportCsv(syntheticConcepts(IMPORT_CONCEPTS, 7)) : '';
  const store = openStore(dbPath, { who: 'bench' });
  await seedIfNew(store);
  const accounts = new Accounts(store.connection);
  await accounts.add('admin', 'admin', PASSWORD);
  for (let i = 0; i < users; i++) await accounts.add(`editor${i}`, 'editor', PASSWORD);
  store.close();
  const server = await startServer(dbPath);
  const figures: Figures = { keystrokes: [], saves: 0, failedSaves: 0, locked: 0, errors: [] };
  try {
    const admin = await login(server.url, 'admin');
    const issue = (await post(server.url, 'createIssue', admin, { number: 'bench', date: '2024-06-21', rate: 189.5 })).body.value;
    let started = performance.now();
    let importMs = NaN;
    let importDone = !withImport;
    let typing = 0;
    let allTyping: () => void = () => undefined;
    const everyoneTyping = new Promise<void>((resolve) => (allTyping = resolve));
    const ready = () => ++typing === users && allTyping();
    let clock = false;
    const until = () => clock && importDone && performance.now() - started > seconds * 1000;
    const editors = Array.from({ length: users }, (_, i) => editor(server.url, `editor${i}`, issue.id, until, figures, ready));
    await everyoneTyping; // the import starts once every editor is typing
    started = performance.now();
    const cpuAtStart = cpuSeconds(server.pid);
    clock = true;
    const importing = withImport
      ? (async () => {
          const t0 = performance.now();
          const plan = await post(server.url, 'previewImport', admin, { fileName: 'bench.csv', contentBase64: Buffer.from(csv).toString('base64') });
          if (plan.status !== 200) noteError(figures, JSON.stringify(plan.body.error));
          const applied = await post(server.url, 'applyImport', admin, { planId: plan.body.value.planId });
          if (applied.status !== 200) noteError(figures, JSON.stringify(applied.body.error));
          importMs = performance.now() - t0;
        })()
          .catch((error: unknown) => noteError(figures, `import: ${(error as Error).message} ${String((error as Error).cause ?? '')}`))
          .finally(() => (importDone = true))
      : Promise.resolve();
    const kept = await Promise.all(editors);
    await importing;
    const wallSeconds = (performance.now() - started) / 1000;
    const serverCpu = cpuSeconds(server.pid) - cpuAtStart;
    const sorted = [...figures.keystrokes].sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: 'team-load',
        users,
        importConcepts: withImport ? IMPORT_CONCEPTS : 0,
        importMs: Math.round(importMs),
        seconds: round(wallSeconds),
        // Server CPU over the run, in cores (1 = one core busy throughout), and the machine's load.
        serverCores: round(serverCpu / wallSeconds),
        loadAverage: round(os.loadavg()[0]!),
        keystrokes: sorted.length,
        keystrokeP50Ms: round(percentile(sorted, 50)),
        keystrokeP95Ms: round(percentile(sorted, 95)),
        keystrokeP99Ms: round(percentile(sorted, 99)),
        saves: figures.saves,
        lostSaves: figures.failedSaves + kept.filter((ok) => !ok).length,
        databaseLocked: figures.locked,
        errors: figures.errors,
      }),
    );
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const sizes = (process.env.DONGHYANG_TEAM_BENCH_USERS ?? '10,20,30').split(',').map(Number);
  for (const users of sizes) await runOnce(users, users === 30, 10);
}
