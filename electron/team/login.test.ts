// Login security: cookie attributes, a new session id at every login (no fixation), throttling,
// logout, sessions surviving a restart, foreign pages refused (CSRF), TLS, loopback-only HTTP,
// and passwords never in a response or a log line.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { startTeamServer } from './server.ts';
import { PASSWORD, cookieOf, startTestTeam } from './test-team-server.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function postLogin(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(new URL('api/login', url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

test('login sets an HttpOnly, SameSite=Strict session cookie; the password is in no answer and no log line', async () => {
  const logged: string[] = [];
  const original = { log: console.log, error: console.error, warn: console.warn };
  for (const key of ['log', 'error', 'warn'] as const) console[key] = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  const team = await startTestTeam('cookie', { log: (line) => logged.push(line) });
  try {
    const wrong = await postLogin(team.server.url, { user: 'editor', password: 'wrong-password-123' });
    assert.equal(wrong.status, 401);
    const wrongText = await wrong.text();
    const response = await postLogin(team.server.url, { user: 'editor', password: PASSWORD });
    assert.equal(response.status, 200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^donghyang-session=[A-Za-z0-9_-]{43};/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Strict/i);
    assert.doesNotMatch(setCookie, /Secure/i); // plain HTTP on loopback: a Secure cookie would never come back
    const body = await response.text();
    assert.deepEqual(JSON.parse(body), { ok: true, value: { name: 'editor', role: 'editor' } });
    const users = JSON.stringify(team.server.service.team.accounts.list());
    for (const text of [body, wrongText, users, ...logged]) {
      assert.ok(!text.includes(PASSWORD) && !text.includes('wrong-password-123'), `password leaked in: ${text}`);
      assert.doesNotMatch(text, /scrypt\$/);
    }
    const session = await fetch(new URL('api/session', team.server.url), { method: 'POST', headers: { Cookie: cookieOf(response) } });
    assert.deepEqual(await session.json(), { ok: true, value: { name: 'editor', role: 'editor' } });
  } finally {
    Object.assign(console, original);
    await team.stop();
  }
});

test('session fixation: a login always gets a new id and ends the one it came with', async () => {
  const team = await startTestTeam('fixation');
  try {
    const first = await team.login('editor');
    const response = await postLogin(team.server.url, { user: 'editor', password: PASSWORD }, { Cookie: first });
    const second = cookieOf(response);
    assert.notEqual(second, first);
    assert.equal((await team.call(first, 'glossaryStats')).status, 401, 'the old id no longer works');
    assert.equal((await team.call(second, 'glossaryStats')).status, 200);
    // An id an attacker planted is never adopted: it is not a session, and login replaces it.
    const planted = 'donghyang-session=planted-by-attacker-000000000000000000000';
    const afterPlant = cookieOf(await postLogin(team.server.url, { user: 'editor', password: PASSWORD }, { Cookie: planted }));
    assert.notEqual(afterPlant, planted);
  } finally {
    await team.stop();
  }
});

test('wrong passwords are throttled per user and address: 429 after 10 in a minute, even for the right password', async () => {
  const team = await startTestTeam('throttle');
  try {
    for (let i = 0; i < 10; i++) assert.equal((await postLogin(team.server.url, { user: 'reviewer', password: `guess-${i}-xxxx` })).status, 401);
    const limited = await postLogin(team.server.url, { user: 'reviewer', password: PASSWORD });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // Another user from the same address is not locked out by someone guessing at this one.
    assert.equal((await postLogin(team.server.url, { user: 'editor', password: PASSWORD })).status, 200);
  } finally {
    await team.stop();
  }
});

test('logout ends the session; sessions survive a server restart', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-team-restart-'));
  dirs.push(dir);
  let team = await startTestTeam('restart', {}, dir);
  const kept = await team.login('editor');
  const ended = await team.login('reviewer');
  const out = await fetch(new URL('api/logout', team.server.url), { method: 'POST', headers: { Cookie: ended } });
  assert.match(out.headers.get('set-cookie') ?? '', /Max-Age=0/);
  assert.equal((await team.call(ended, 'glossaryStats')).status, 401);
  await team.stop();
  team = await startTestTeam('restart', {}, dir);
  try {
    assert.equal((await team.call(kept, 'glossaryStats')).status, 200, 'the session from before the restart still works');
    assert.equal((await team.call(ended, 'glossaryStats')).status, 401);
  } finally {
    await team.stop();
  }
});

test('CSRF: a foreign Origin is refused on login, on the API and on the WebSocket', async () => {
  const team = await startTestTeam('csrf');
  try {
    const cookie = await team.login('admin');
    const evil = { Origin: 'http://evil.example' };
    assert.equal((await postLogin(team.server.url, { user: 'admin', password: PASSWORD }, evil)).status, 403);
    assert.equal((await team.call(cookie, 'deleteConcept', { id: 1 }, evil)).status, 403);
    assert.equal((await team.call(cookie, 'glossaryStats', undefined, { Origin: team.server.url.replace(/\/$/, '') })).status, 200);
    await assert.rejects(team.socket(cookie, evil), /HTTP 403/);
    const concept = await team.call(cookie, 'getConcept', { id: 1 });
    assert.equal(concept.status, 200, 'the refused delete did not run');
  } finally {
    await team.stop();
  }
});

test('without TLS only loopback is served, unless --insecure-http (with a warning)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-team-host-'));
  dirs.push(dir);
  await assert.rejects(startTeamServer({ dbPath: path.join(dir, 'a.db'), host: '0.0.0.0', port: 0, log: () => undefined }), /--tls-cert and --tls-key, or --insecure-http/);
  const lines: string[] = [];
  const server = await startTeamServer({ dbPath: path.join(dir, 'b.db'), host: '0.0.0.0', port: 0, insecureHttp: true, log: (l) => lines.push(l), glossaryWorker: false });
  await server.close();
  assert.match(lines.join('\n'), /WARNING: serving 0\.0\.0\.0 over plain HTTP/);
});

test('TLS: serves https with a Secure cookie and wss', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-team-tls-'));
  dirs.push(dir);
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  const team = await startTestTeam('tls', { tls: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } }, dir);
  const ca = fs.readFileSync(cert);
  const post = (pathname: string, body: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = https.request(new URL(pathname, team.server.url), { method: 'POST', ca, headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  try {
    assert.match(team.server.url, /^https:\/\/127\.0\.0\.1:\d+\/$/);
    const login = await post('api/login', JSON.stringify({ user: 'editor', password: PASSWORD }), {});
    assert.equal(login.status, 200);
    const setCookie = String((login.headers['set-cookie'] as string[])[0]);
    assert.match(setCookie, /^__Host-donghyang-session=.*; Secure/i);
    const cookie = setCookie.split(';')[0]!;
    const stats = await post('api/glossaryStats', '{}', { Cookie: cookie });
    assert.equal(stats.status, 200, stats.body);
    const ws = new WebSocket(team.server.url.replace('https', 'wss') + 'api/socket', { ca, headers: { Cookie: cookie } });
    await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
    ws.close();
  } finally {
    await team.stop();
  }
});
