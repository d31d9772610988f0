// How the web mode writes API responses, against the real service on a temp database: one JSON
// envelope with its exact byte length (Korean messages are multi-byte), for answers and errors alike.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { WebServer } from './serve.ts';
import { startTestWebServer, type TestWebServer } from './test-web-server.ts';

let server: WebServer;
let running: TestWebServer;

before(async () => {
  running = await startTestWebServer('serve-api');
  ({ server } = running);
});

after(() => running.stop());

interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

function post(method: string, arg: unknown): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': server.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ arg }));
  });
}

function assertSized(reply: RawReply): void {
  assert.equal(reply.headers['content-length'], String(reply.bytes.length), 'Content-Length is the byte length, not the character count');
  assert.equal(reply.headers['transfer-encoding'], undefined);
  assert.equal(reply.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(reply.headers['cache-control'], 'no-store');
}

test('a check with Korean findings is sent whole: exact byte length, one valid JSON envelope', async () => {
  const reply = await post('checkText', { draft: '- 3억원을 배정하고 1.5억 위안(약 100억 원)을 지원', sources: ['投资1.5亿元'], rate: 189.5 });
  assert.equal(reply.status, 200);
  assertSized(reply);
  const json = JSON.parse(reply.bytes.toString('utf8')) as { ok: boolean; value: { findings: { message: { ko: string } }[] } };
  assert.equal(json.ok, true);
  assert.ok(json.value.findings.length > 0, 'the draft has slips to report');
  assert.ok(json.value.findings.some((f) => /[가-힣]/.test(f.message.ko)), 'Korean messages arrive intact');
});

test('a method without a result answers {"ok":true,"value":null}', async () => {
  const reply = await post('acceptFinding', { key: 'k', rule: 'spacing', text: '3억원' });
  assert.equal(reply.status, 200);
  assertSized(reply);
  assert.deepEqual(JSON.parse(reply.bytes.toString('utf8')), { ok: true, value: null });
});

test('an error answer is sized the same way and names the problem', async () => {
  const reply = await post('checkText', { draft: 42, sources: [] });
  assert.equal(reply.status, 400);
  assertSized(reply);
  const json = JSON.parse(reply.bytes.toString('utf8')) as { ok: boolean; error: { message: string } };
  assert.equal(json.ok, false);
  assert.match(json.error.message, /draft/);
});
