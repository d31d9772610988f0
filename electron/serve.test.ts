// The web mode's gatekeeping, against the real service on a temp database.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { WebServer } from './serve.ts';
import { startTestWebServer, type TestWebServer } from './test-web-server.ts';
import { CONTENT_SECURITY_POLICY } from './serve-headers.ts';

let server: WebServer;
let dir: string;
let running: TestWebServer;

before(async () => {
  running = await startTestWebServer('serve');
  ({ server, dir } = running);
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
});

after(() => running.stop());

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiHeaders = (extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  'X-Donghyang-Token': server.token,
  ...extra,
});

test('the printed URL carries the token and points at 127.0.0.1', () => {
  assert.match(server.token, /^[0-9a-f]{64}$/);
  assert.equal(server.url, `http://127.0.0.1:${server.port}/#token=${server.token}`);
});

test('an API call with the token is answered', async () => {
  const reply = await request({ path: '/api/glossaryStats', headers: apiHeaders(), body: '{}' });
  assert.equal(reply.status, 200);
  const json = JSON.parse(reply.body);
  assert.equal(json.ok, true);
  assert.equal(typeof json.value.concepts, 'number');
});

test('an API call without the token or with a wrong one is refused with 401', async () => {
  const none = await request({ path: '/api/listIssues', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  assert.equal(none.status, 401);
  const wrong = await request({ path: '/api/listIssues', headers: apiHeaders({ 'X-Donghyang-Token': 'a'.repeat(64) }), body: '{}' });
  assert.equal(wrong.status, 401);
  assert.equal(JSON.parse(wrong.body).ok, false);
});

test('a foreign Host header is refused (DNS rebinding), localhost is accepted', async () => {
  const evil = await request({ path: '/api/listIssues', headers: apiHeaders({ Host: `evil.example:${server.port}` }), body: '{}' });
  assert.equal(evil.status, 421);
  const page = await request({ method: 'GET', path: '/', headers: { Host: `attacker.test:${server.port}` } });
  assert.equal(page.status, 421);
  const local = await request({ path: '/api/listIssues', headers: apiHeaders({ Host: `localhost:${server.port}` }), body: '{}' });
  assert.equal(local.status, 200);
});

test('a foreign Origin is refused with 403, our own origin is accepted', async () => {
  const evil = await request({ path: '/api/listIssues', headers: apiHeaders({ Origin: 'http://evil.example' }), body: '{}' });
  assert.equal(evil.status, 403);
  const own = await request({ path: '/api/listIssues', headers: apiHeaders({ Origin: `http://127.0.0.1:${server.port}` }), body: '{}' });
  assert.equal(own.status, 200);
});

test('an unknown method is 404, GET on the API is 405, a form post is 415', async () => {
  const unknown = await request({ path: '/api/dropDatabase', headers: apiHeaders(), body: '{}' });
  assert.equal(unknown.status, 404);
  assert.match(JSON.parse(unknown.body).error.message, /unknown API method "dropDatabase"/);
  const proto = await request({ path: '/api/constructor', headers: apiHeaders(), body: '{}' });
  assert.equal(proto.status, 404);
  const get = await request({ method: 'GET', path: '/api/listIssues', headers: apiHeaders() });
  assert.equal(get.status, 405);
  const form = await request({ path: '/api/listIssues', headers: apiHeaders({ 'Content-Type': 'application/x-www-form-urlencoded' }), body: 'a=1' });
  assert.equal(form.status, 415);
});

test('a bad argument is 400 with a message naming the field', async () => {
  const reply = await request({
    path: '/api/createIssue',
    headers: apiHeaders(),
    body: JSON.stringify({ arg: { number: '2024-23', date: 'yesterday', rate: null } }),
  });
  assert.equal(reply.status, 400);
  const json = JSON.parse(reply.body);
  assert.equal(json.error.name, 'InputError');
  assert.match(json.error.message, /createIssue: date must be a date like 2024-06-21/);
  const notJson = await request({ path: '/api/listIssues', headers: apiHeaders(), body: '{oops' });
  assert.equal(notJson.status, 400);
});

test('an id of nothing is 404 with a message; an impossible date and an absurd limit are 400', async () => {
  const call = async (method: string, arg: unknown) => {
    const reply = await request({ path: `/api/${method}`, headers: apiHeaders(), body: JSON.stringify({ arg }) });
    return { status: reply.status, message: JSON.parse(reply.body).error?.message as string };
  };
  assert.deepEqual(await call('getConcept', { id: 987654 }), { status: 404, message: 'concept 987654 does not exist' });
  assert.deepEqual(await call('deleteConcept', { id: 987654 }), { status: 404, message: 'concept 987654 does not exist' });
  assert.equal((await call('applyImport', { planId: 'no-such-plan' })).status, 404);
  assert.match((await call('applyImport', { planId: 'no-such-plan' })).message, /preview has expired.*preview the file again/);
  assert.equal((await call('getArticle', { id: 987654 })).status, 404);
  const date = await call('createIssue', { number: '1', date: '2024-02-31', rate: null });
  assert.equal(date.status, 400);
  assert.match(date.message, /"2024-02-31" is not a date of the calendar/);
  const limit = await call('searchGlossary', { query: '专精', limit: 1e9 });
  assert.equal(limit.status, 400);
  assert.match(limit.message, /limit must be at most 1000/);
});

test('a body declared over 80 MB is refused with 413', async () => {
  const reply = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/previewImport', headers: apiHeaders({ 'Content-Length': String(81 * 1024 * 1024) }) },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.write('{');
  });
  assert.equal(reply, 413);
});

test('a 61 MB file sent for import is refused with a 413 naming it, and the server goes on', async () => {
  // What the page sends for a 61 MB file: its base64 (~81 MB), after the file name.
  const content = Buffer.alloc(61 * 1024 * 1024, 0x41).toString('base64');
  for (const chunked of [false, true]) {
    const body = JSON.stringify({ arg: { fileName: '용어집 전체.tbx', contentBase64: content } });
    const reply = await new Promise<Reply>((resolve, reject) => {
      const headers: Record<string, string> = apiHeaders(chunked ? { 'Transfer-Encoding': 'chunked' } : {});
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/previewImport', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
    assert.equal(reply.status, 413, chunked ? 'chunked' : 'with Content-Length');
    assert.match(JSON.parse(reply.body).error.message, /"용어집 전체\.tbx" is too large to send.*files up to about 60\.0 MB/);
  }
  const after = await request({ path: '/api/glossaryStats', headers: apiHeaders(), body: '{}' });
  assert.equal(after.status, 200);
});

test('index.html is served without a token and with the strict CSP and headers', async () => {
  const reply = await request({ method: 'GET', path: '/' });
  assert.equal(reply.status, 200);
  assert.match(reply.body, /Donghyang/);
  assert.equal(reply.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'; style-src 'self';/);
  assert.equal(reply.headers['x-content-type-options'], 'nosniff');
  assert.equal(reply.headers['referrer-policy'], 'no-referrer');
  assert.equal(reply.headers['cross-origin-opener-policy'], 'same-origin');
});

test('static paths cannot escape the renderer folder', async () => {
  const reply = await request({ method: 'GET', path: '/..%2fsecret.txt' });
  assert.equal(reply.status, 404);
  assert.doesNotMatch(reply.body, /outside the renderer/);
});

test('the server listens on 127.0.0.1 only', async () => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal);
  const targets = ['::1', ...(external ? [external.address] : [])];
  for (const host of targets) {
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    assert.equal(connected, false, `reachable on ${host}`);
  }
});
