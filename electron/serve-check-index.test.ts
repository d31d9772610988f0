// checkIndex over the web mode: the packed glossary index goes as bytes over HTTP (no JSON around
// tens of megabytes), the renderer's HTTP client reads it back as bytes; over the WebSocket, whose
// messages are JSON, it is refused with the way to ask for it instead.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { unpackGlossary } from '../glossary/match/index.ts';
import { startTestWebServer, type TestWebServer } from './test-web-server.ts';
import { SOCKET_PATH, TOKEN_PROTOCOL_PREFIX } from './serve-socket.ts';
import { TOKEN_HEADER } from './serve-api.ts';

let running: TestWebServer;
let origin: string;

before(async () => {
  running = await startTestWebServer('check-index');
  origin = `http://127.0.0.1:${running.server.port}`;
});

after(() => running.stop());

async function call(method: string, arg: unknown): Promise<Response> {
  return fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: running.server.token },
    body: JSON.stringify({ arg }),
  });
}

test('a packed kit names its index; checkIndex answers it as bytes; a stale revision gets 409', async () => {
  const issue = await (await call('createIssue', { number: '1', date: '2024-06-21', rate: null })).json();
  const article = await (await call('addArticle', { issueId: issue.value.id, section: 'policy' })).json();
  const kit = (await (await call('checkKit', { articleId: article.value.id, packed: true })).json()).value;
  assert.equal(kit.indexPacked, true);
  assert.equal(kit.conceptsJson, null);
  const response = await call('checkIndex', { glossaryRevision: kit.glossaryRevision });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/octet-stream');
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.equal(Number(response.headers.get('content-length')), bytes.byteLength);
  const { conceptChunks } = unpackGlossary(bytes);
  assert.ok(conceptChunks.flatMap((c) => JSON.parse(c)).some((c: { zh: string[] }) => c.zh.includes('專精特新')), 'the seed glossary is in it');

  const stale = await call('checkIndex', { glossaryRevision: 'gone-1' });
  assert.equal(stale.status, 409);
  assert.match((await stale.json()).error.message, /the glossary changed/);
  assert.equal((await call('checkIndex', {})).status, 400);
});

test('over the WebSocket checkIndex is refused, naming the HTTP route', async () => {
  const ws = new WebSocket(`ws://127.0.0.1:${running.server.port}${SOCKET_PATH}`, [TOKEN_PROTOCOL_PREFIX + running.server.token], { origin });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  try {
    const answer = await new Promise<any>((resolve) => {
      ws.once('message', (data) => resolve(JSON.parse(String(data))));
      ws.send(JSON.stringify({ id: 1, method: 'checkIndex', arg: { glossaryRevision: 'x' } }));
    });
    assert.equal(answer.ok, false);
    assert.equal(answer.status, 400);
    assert.match(answer.error.message, /checkIndex answers bytes: call it over HTTP \(POST \/api\/checkIndex\)/);
  } finally {
    ws.close();
  }
});
