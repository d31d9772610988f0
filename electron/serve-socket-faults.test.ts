// A malformed WebSocket frame from an authorised page closes that socket only: the server goes on
// answering (other sockets and HTTP). Raw frames over a TCP socket, since a WebSocket client library
// will not send them; an uncaught 'error' event would end this test process.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import WebSocket from 'ws';
import type { WebServer } from './serve.ts';
import { startTestWebServer, type TestWebServer } from './test-web-server.ts';
import { SOCKET_PATH, TOKEN_PROTOCOL_PREFIX } from './serve-socket.ts';
import { MAX_BODY_BYTES } from './serve-api.ts';

let server: WebServer;
let running: TestWebServer;

before(async () => {
  running = await startTestWebServer('socket-faults');
  ({ server } = running);
});

after(() => running.stop());

/** A TCP socket upgraded to a WebSocket by hand (the 101 answer read and dropped). */
async function rawSocket(): Promise<net.Socket> {
  const socket = net.connect(server.port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(
    [
      `GET ${SOCKET_PATH} HTTP/1.1`,
      `Host: 127.0.0.1:${server.port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      `Sec-WebSocket-Protocol: ${TOKEN_PROTOCOL_PREFIX}${server.token}`,
      '',
      '',
    ].join('\r\n'),
  );
  const head = await new Promise<string>((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n\r\n')) {
        socket.off('data', onData);
        resolve(text);
      }
    };
    socket.on('data', onData);
  });
  assert.match(head, /^HTTP\/1\.1 101 /);
  return socket;
}

/** A client frame: masked unless told otherwise; `length` may claim more than the payload. */
function frame(options: { first: number; payload: Buffer; masked?: boolean; length?: number }): Buffer {
  const masked = options.masked ?? true;
  const length = options.length ?? options.payload.length;
  const header: number[] = [options.first];
  const maskBit = masked ? 0x80 : 0;
  if (length < 126) header.push(maskBit | length);
  else if (length < 65536) header.push(maskBit | 126, length >> 8, length & 0xff);
  else {
    header.push(maskBit | 127);
    const big = Buffer.alloc(8);
    big.writeBigUInt64BE(BigInt(length));
    header.push(...big);
  }
  if (!masked) return Buffer.concat([Buffer.from(header), options.payload]);
  const mask = randomBytes(4);
  const payload = Buffer.from(options.payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from(header), mask, payload]);
}

/** Sends bytes and resolves with the close code the server sent back before ending the socket. */
function closeCodeAfter(socket: net.Socket, bytes: Buffer): Promise<number | null> {
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      // The server's close frame: 0x88, a length, then the code (big-endian).
      const at = received.indexOf(0x88);
      resolve(at >= 0 && received.length >= at + 4 ? received.readUInt16BE(at + 2) : null);
    });
    socket.write(bytes);
  });
}

async function stillAnswers(): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/glossaryStats`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': server.token },
    body: '{}',
  });
  assert.equal(response.status, 200);
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}${SOCKET_PATH}`, [TOKEN_PROTOCOL_PREFIX + server.token]);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = await new Promise<any>((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))));
    ws.send(JSON.stringify({ id: 1, method: 'glossaryStats' }));
  });
  ws.close();
  assert.equal(reply.ok, true);
}

const TEXT = 0x81; // FIN + text
const cases: { name: string; bytes: () => Buffer; code: number }[] = [
  { name: 'invalid UTF-8 in a text message', bytes: () => frame({ first: TEXT, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }), code: 1007 },
  { name: 'an unmasked client frame', bytes: () => frame({ first: TEXT, payload: Buffer.from('{}'), masked: false }), code: 1002 },
  { name: 'a reserved bit set', bytes: () => frame({ first: TEXT | 0x40, payload: Buffer.from('{}') }), code: 1002 },
  { name: 'an unknown opcode', bytes: () => frame({ first: 0x83, payload: Buffer.from('{}') }), code: 1002 },
  { name: 'a message over the size limit', bytes: () => frame({ first: TEXT, payload: Buffer.from('{'), length: MAX_BODY_BYTES + 1 }), code: 1009 },
];

for (const { name, bytes, code } of cases) {
  test(`${name}: that socket is closed (${code}), the server keeps answering`, async () => {
    const bystander = new WebSocket(`ws://127.0.0.1:${server.port}${SOCKET_PATH}`, [TOKEN_PROTOCOL_PREFIX + server.token]);
    await new Promise((resolve, reject) => bystander.once('open', resolve).once('error', reject));
    const socket = await rawSocket();
    assert.equal(await closeCodeAfter(socket, bytes()), code);
    await stillAnswers();
    assert.equal(bystander.readyState, WebSocket.OPEN, 'another page keeps its socket');
    bystander.close();
  });
}
