// The IPC gate in front of the real service (a temp SQLite database): only the app's own main frame
// may call, only methods of the contract, only with valid arguments; errors come back as payloads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createService, type Service } from '../glossary/service.ts';
import { CALL_CHANNEL, type CallReply } from './bridge.ts';
import { createCallHandler, registerServiceIpc, type CallEvent, type CallerFrame, type CallHandler } from './ipc.ts';

let dir: string;
let service: Service;
let handle: CallHandler;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-ipc-'));
  service = await createService({ dbPath: path.join(dir, 'test.db'), who: 'tester', seed: false });
  handle = createCallHandler(service);
});

after(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An event as Electron would deliver it from a page at `url` (in a subframe when `subframe`). */
function eventFrom(url: string, options: { subframe?: boolean; frameGone?: boolean } = {}): CallEvent {
  const mainFrame: CallerFrame = { url: options.subframe ? 'app://donghyang/index.html' : url, parent: null };
  const senderFrame: CallerFrame = options.subframe ? { url, parent: mainFrame } : mainFrame;
  return { senderFrame: options.frameGone ? null : senderFrame, sender: { mainFrame } };
}

const appPage = eventFrom('app://donghyang/index.html');

function refusal(reply: CallReply): string {
  assert.equal(reply.ok, false, 'the call should have been refused');
  return reply.ok ? '' : reply.error.message;
}

async function issueCount(): Promise<number> {
  const reply = await handle(appPage, 'listIssues', undefined);
  assert.ok(reply.ok);
  return (reply.value as unknown[]).length;
}

const newIssue = { number: '제24-22호', date: '2024-06-21', rate: 190 };

describe('sender checks', () => {
  const refusedSenders: [string, CallEvent, RegExp][] = [
    ['a web page', eventFrom('https://evil.example/page'), /refused: calls from https:\/\/evil\.example/],
    ['a local file', eventFrom('file:///tmp/x.html'), /refused: calls from file:/],
    ['a look-alike host', eventFrom('app://donghyang.evil/index.html'), /refused: calls from app:\/\/donghyang\.evil/],
    ['a subframe of the app', eventFrom('app://donghyang/frame.html', { subframe: true }), /refused: calls from subframes/],
    ['a frame that is gone', eventFrom('app://donghyang/index.html', { frameGone: true }), /refused: the sending frame is gone/],
  ];
  for (const [who, event, message] of refusedSenders) {
    test(`${who} is refused and the service does nothing`, async () => {
      const before = await issueCount();
      assert.match(refusal(await handle(event, 'createIssue', newIssue)), message);
      assert.equal(await issueCount(), before);
    });
  }
});

describe('methods and arguments', () => {
  test('the app page calls the service and gets its value', async () => {
    const before = await issueCount();
    const reply = await handle(appPage, 'createIssue', newIssue);
    assert.ok(reply.ok, JSON.stringify(reply));
    assert.equal((reply.value as { number: string }).number, '제24-22호');
    assert.equal(await issueCount(), before + 1);
    const stats = await handle(appPage, 'glossaryStats', undefined);
    assert.deepEqual(stats, { ok: true, value: { concepts: 0, terms: 0 } });
  });

  const unknownMethods: unknown[] = ['close', 'constructor', '__proto__', 'toString', 'dropDatabase', 42, null];
  for (const method of unknownMethods) {
    test(`method ${JSON.stringify(method)} is refused`, async () => {
      assert.match(refusal(await handle(appPage, method, undefined)), /refused: unknown method/);
    });
  }

  test('a bad argument is refused with a message naming the field', async () => {
    const before = await issueCount();
    const reply = await handle(appPage, 'createIssue', { number: 22, date: '2024-06-21', rate: null });
    assert.equal(reply.ok, false);
    if (!reply.ok) {
      assert.equal(reply.error.name, 'InputError');
      assert.match(reply.error.message, /number/);
    }
    assert.equal(await issueCount(), before);
  });

  test('an error of the service comes back as a payload, not a crash', async () => {
    const reply = await handle(appPage, 'getIssue', { id: 987654 });
    assert.equal(reply.ok, false);
    if (!reply.ok) assert.ok(reply.error.message.length > 0);
  });
});

test('registerServiceIpc installs the gate on the one call channel', async () => {
  const channels = new Map<string, (event: CallEvent, ...args: unknown[]) => Promise<CallReply>>();
  const ipcMain = { handle: (channel: string, fn: (event: CallEvent, ...args: unknown[]) => Promise<CallReply>) => { channels.set(channel, fn); } };
  registerServiceIpc(ipcMain as unknown as Parameters<typeof registerServiceIpc>[0], service);
  assert.deepEqual([...channels.keys()], [CALL_CHANNEL]);
  const installed = channels.get(CALL_CHANNEL);
  assert.ok(installed);
  assert.match(refusal(await installed(eventFrom('https://evil.example/'), 'glossaryStats', undefined)), /refused/);
  assert.ok((await installed(appPage, 'glossaryStats', undefined)).ok);
});
