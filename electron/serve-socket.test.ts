// The web mode's WebSocket: refused like the HTTP API without the token or from another site, and
// the same contract once open. Real server, real service on a temp database, the `ws` client.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import type { WebServer } from './serve.ts';
import { startTestWebServer, type TestWebServer } from './test-web-server.ts';
import { SOCKET_PATH, TOKEN_PROTOCOL_PREFIX } from './serve-socket.ts';

let server: WebServer;
let running: TestWebServer;

before(async () => {
  running = await startTestWebServer('socket');
  ({ server } = running);
});

after(() => running.stop());

const url = (pathname = SOCKET_PATH) => `ws://127.0.0.1:${server.port}${pathname}`;

/** Opens a socket; resolves with it, or with the HTTP status of the refusal. */
function connect(options: { token?: string; origin?: string; pathname?: string } = {}): Promise<WebSocket | number> {
  const protocols = options.token === undefined ? [] : [TOKEN_PROTOCOL_PREFIX + options.token];
  const ws = new WebSocket(url(options.pathname), protocols, options.origin ? { origin: options.origin } : {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

function ask(ws: WebSocket, message: unknown): Promise<any> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))));
    ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  });
}

test('without the token, with a wrong one, from another site or at another path: refused', async () => {
  assert.equal(await connect(), 401);
  assert.equal(await connect({ token: '0'.repeat(64) }), 401);
  assert.equal(await connect({ token: server.token, origin: 'http://evil.example' }), 403);
  assert.equal(await connect({ token: server.token, pathname: '/api/other' }), 404);
});

test('with the token from our own origin: the contract answers, errors name the problem', async () => {
  const ws = await connect({ token: server.token, origin: `http://127.0.0.1:${server.port}` });
  assert.ok(ws instanceof WebSocket);
  try {
    assert.equal(ws.protocol, TOKEN_PROTOCOL_PREFIX + server.token);
    const issue = await ask(ws, { id: 1, method: 'createIssue', arg: { number: '7', date: '2024-06-21', rate: 190 } });
    assert.equal(issue.id, 1);
    assert.equal(issue.ok, true);
    assert.equal(issue.value.number, '7');
    const listed = await ask(ws, { id: 2, method: 'listIssues' });
    assert.deepEqual(listed.value.map((i: { number: string }) => i.number), ['7']);

    const unknown = await ask(ws, { id: 3, method: 'dropDatabase' });
    assert.deepEqual([unknown.id, unknown.ok, unknown.status], [3, false, 404]);
    assert.match(unknown.error.message, /unknown API method "dropDatabase"/);
    const invalid = await ask(ws, { id: 4, method: 'checkArticleLive', arg: { articleId: 'x' } });
    assert.deepEqual([invalid.id, invalid.status], [4, 400]);
    assert.match(invalid.error.message, /articleId/);
    const missing = await ask(ws, { id: 5, method: 'checkArticle', arg: { articleId: 999 } });
    assert.equal(missing.status, 404);
    assert.match(missing.error.message, /article 999 does not exist/);
    const garbled = await ask(ws, '{"id": 6, "method":');
    assert.deepEqual([garbled.id, garbled.status], [null, 400]);
    assert.match(garbled.error.message, /not valid JSON/);
  } finally {
    ws.close();
  }
});

test('answers are paired by id, whatever order they finish in', async () => {
  const ws = await connect({ token: server.token });
  assert.ok(ws instanceof WebSocket);
  try {
    const replies: any[] = [];
    const all = new Promise<void>((resolve) =>
      ws.on('message', (data) => {
        replies.push(JSON.parse(String(data)));
        if (replies.length === 3) resolve();
      }),
    );
    ws.send(JSON.stringify({ id: 10, method: 'glossaryStats' }));
    ws.send(JSON.stringify({ id: 11, method: 'suggest', arg: { zh: '戴琼海', category: 'person' } }));
    ws.send(JSON.stringify({ id: 12, method: 'searchGlossary', arg: { query: '专精特新' } }));
    await all;
    const byId = new Map(replies.map((r) => [r.id, r]));
    assert.ok(byId.get(10).value.concepts > 0);
    assert.equal(byId.get(11).value.recommended, '다이충하이');
    assert.ok(byId.get(12).value.hits.length > 0);
  } finally {
    ws.close();
  }
});
