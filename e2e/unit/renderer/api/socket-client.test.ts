// The renderer's WebSocket transport against the real web mode (the `ws` package stands in for the
// browser's WebSocket, which Node 20 lacks): calls go over the socket, saves and every call after a
// refused socket go over HTTP, and a call whose socket dies fails with a clear error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { DonghyangApi } from '../../../../glossary/api.ts';
import { startWebServer, type WebServer } from '../../../../electron/serve.ts';
import { startTestWebServer, type TestWebServer } from '../../../../electron/test-web-server.ts';
import { ApiError } from '../../../../renderer/src/api/http-client.ts';
import { SOCKET_MESSAGE_LIMIT, createSocketClient, socketUrl, type SocketLike } from '../../../../renderer/src/api/socket-client.ts';

let server: WebServer;
let running: TestWebServer;

before(async () => {
  running = await startTestWebServer('socket-client');
  server = running.server;
});

after(() => running.stop());

/** The HTTP side: records which methods were sent over it and answers with a marker. */
function recordingHttp(): { api: DonghyangApi; calls: string[] } {
  const calls: string[] = [];
  const api = new Proxy({} as DonghyangApi, {
    get: (_t, name) => (name === 'then' ? undefined : async () => (calls.push(String(name)), 'via http')),
  });
  return { api, calls };
}

const opened: WebSocket[] = [];
const connect = (url: string, protocols: string[]) => {
  const ws = new WebSocket(url, protocols);
  opened.push(ws);
  return ws as unknown as SocketLike;
};

test('socketUrl follows the page: ws: for http, wss: for https', () => {
  assert.equal(socketUrl({ protocol: 'http:', host: '127.0.0.1:4000' }), 'ws://127.0.0.1:4000/api/socket');
  assert.equal(socketUrl({ protocol: 'https:', host: 'h' }), 'wss://h/api/socket');
});

test('with the token: calls go over the socket; saves go over HTTP', async () => {
  const http = recordingHttp();
  const api = createSocketClient({ url: socketUrl({ protocol: 'http:', host: `127.0.0.1:${server.port}` }), token: server.token, http: http.api, connect });
  const [issue, stats] = await Promise.all([api.createIssue({ number: '3', date: '2024-06-21', rate: 190 }), api.glossaryStats()]);
  assert.equal(issue.number, '3');
  assert.ok(stats.concepts > 0);
  await assert.rejects(api.getIssue({ id: 999 }), (error: unknown) => error instanceof ApiError && /999/.test(error.message));
  assert.equal(await api.saveArticle({ id: 1, title: '', lead: '', body: '', sources: [] }), 'via http');
  assert.deepEqual(http.calls, ['saveArticle']);
});

test('a refused socket (wrong token): every call goes over HTTP, without a new try per call', async () => {
  const http = recordingHttp();
  const before = opened.length;
  const api = createSocketClient({ url: socketUrl({ protocol: 'http:', host: `127.0.0.1:${server.port}` }), token: 'f'.repeat(64), http: http.api, connect });
  assert.equal(await api.glossaryStats(), 'via http');
  assert.equal(await api.listIssues(), 'via http');
  assert.deepEqual(http.calls, ['glossaryStats', 'listIssues']);
  assert.equal(opened.length - before, 1, 'one socket was tried');
});

test('a call whose socket closes before the answer fails and says so; the next call reconnects', async () => {
  const http = recordingHttp();
  const api = createSocketClient({ url: socketUrl({ protocol: 'http:', host: `127.0.0.1:${server.port}` }), token: server.token, http: http.api, connect });
  await api.glossaryStats();
  const socket = opened[opened.length - 1]!;
  // The connection dies right after the request left, before any answer can arrive.
  const send = socket.send.bind(socket);
  socket.send = ((data: string) => {
    send(data);
    socket.terminate();
  }) as typeof socket.send;
  const call = api.exportGlossary({ format: 'csv' });
  await assert.rejects(call, (error: unknown) => error instanceof ApiError && /exportGlossary: the connection to the service closed/.test(error.message));
  const stats = await api.glossaryStats();
  assert.ok(stats.concepts > 0);
  assert.equal(http.calls.length, 0);
});

test('a message too large for the socket (a file to import) goes over HTTP', async () => {
  const http = recordingHttp();
  const api = createSocketClient({ url: socketUrl({ protocol: 'http:', host: `127.0.0.1:${server.port}` }), token: server.token, http: http.api, connect });
  await api.glossaryStats();
  const contentBase64 = 'A'.repeat(SOCKET_MESSAGE_LIMIT);
  assert.equal(await api.previewImport({ fileName: 'big.tbx', contentBase64 }), 'via http');
  assert.deepEqual(http.calls, ['previewImport']);
});

test('after the server restarts, the page is back on its socket (same token and port)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-socket-restart-'));
  const options = { dbPath: path.join(dir, 'r.db'), port: 0, rendererDir: dir };
  let restartable = await startWebServer(options);
  try {
    const http = recordingHttp();
    const url = socketUrl({ protocol: 'http:', host: `127.0.0.1:${restartable.port}` });
    const api = createSocketClient({ url, token: restartable.token, http: http.api, connect, retryMs: 200 });
    await api.createIssue({ number: '1', date: '2024-06-21', rate: null });
    const socket = opened[opened.length - 1]!;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await restartable.close();
    await closed;
    // While it is down the socket cannot open: the call goes to HTTP (which would fail likewise).
    assert.equal(await api.listIssues(), 'via http');
    restartable = await startWebServer(options);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const issues = await api.listIssues();
    assert.deepEqual(issues.map((i) => i.number), ['1'], 'answered over a new socket');
    assert.deepEqual(http.calls, ['listIssues']);
  } finally {
    await restartable.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
