// Desktop app → team server: the address typed is checked (https, or http on this machine only),
// remembered in the user-data folder and forgotten again; the IPC handler takes it only from the app page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { TEAM_SERVER_CHANNEL } from '../bridge.ts';
import { TEAM_SERVER_FILE, isOnTeamServer, registerTeamServerIpc, rememberTeamServer, rememberedTeamServer, teamServerUrl } from './connection.ts';

test('an address becomes the server page; clear-text HTTP only to this machine', () => {
  assert.equal(teamServerUrl(' https://donghyang.example.org:8270/login?x=1 '), 'https://donghyang.example.org:8270/');
  assert.equal(teamServerUrl('donghyang.example.org'), 'https://donghyang.example.org/');
  assert.equal(teamServerUrl('http://127.0.0.1:8270'), 'http://127.0.0.1:8270/');
  assert.equal(teamServerUrl('http://localhost:8270'), 'http://localhost:8270/');
  assert.throws(() => teamServerUrl('http://donghyang.example.org:8270'), /clear text: use https/);
  assert.throws(() => teamServerUrl('file:///etc/passwd'), /not a web address/);
  assert.throws(() => teamServerUrl('https://kim:secret@donghyang.example.org'), /leave the user name and password out/);
  assert.throws(() => teamServerUrl('https://'), /is not a server address/);
});

test('the window may navigate on the server origin only', () => {
  assert.equal(isOnTeamServer('https://donghyang.example.org:8270/#/article/3', 'https://donghyang.example.org:8270/'), true);
  assert.equal(isOnTeamServer('https://donghyang.example.org/', 'https://donghyang.example.org:8270/'), false);
  assert.equal(isOnTeamServer('https://evil.example/', null), false);
});

test('remembered in the user-data folder, forgotten on "use local"; a damaged file means local', () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-connect-'));
  try {
    assert.equal(rememberedTeamServer(userData), null, 'local by default');
    rememberTeamServer(userData, 'https://donghyang.example.org:8270');
    assert.equal(rememberedTeamServer(userData), 'https://donghyang.example.org:8270/');
    rememberTeamServer(userData, null);
    assert.equal(rememberedTeamServer(userData), null);
    assert.equal(fs.existsSync(path.join(userData, TEAM_SERVER_FILE)), false);
    fs.writeFileSync(path.join(userData, TEAM_SERVER_FILE), '{"url": "http://evil.example"}');
    assert.equal(rememberedTeamServer(userData), null, 'a clear-text remote address is not honoured even from the file');
    fs.writeFileSync(path.join(userData, TEAM_SERVER_FILE), '{not json');
    assert.equal(rememberedTeamServer(userData), null);
  } finally {
    fs.rmSync(userData, { recursive: true, force: true });
  }
});

test('the IPC handler: the app page connects (remembered, then opened); another origin or a bad address is refused', () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-connect-ipc-'));
  const handlers = new Map<string, (...args: any[]) => any>();
  const opened: string[] = [];
  registerTeamServerIpc({ handle: (channel: string, handler: any) => void handlers.set(channel, handler) }, { userData: () => userData, open: (url) => opened.push(url) });
  const handler = handlers.get(TEAM_SERVER_CHANNEL)!;
  const frame = (url: string) => {
    const senderFrame = { url, parent: null };
    return { senderFrame, sender: { mainFrame: senderFrame } };
  };
  try {
    const refused = handler(frame('https://evil.example/'), 'https://donghyang.example.org');
    assert.equal(refused.ok, false);
    assert.equal(refused.error.name, 'Refused');
    assert.equal(opened.length, 0);
    const bad = handler(frame('app://donghyang/index.html'), 'http://donghyang.example.org');
    assert.equal(bad.ok, false);
    assert.match(bad.error.message, /clear text/);
    assert.equal(rememberedTeamServer(userData), null);
    const good = handler(frame('app://donghyang/index.html'), 'donghyang.example.org:8270');
    assert.deepEqual(good, { ok: true, value: 'https://donghyang.example.org:8270/' });
    assert.deepEqual(opened, ['https://donghyang.example.org:8270/']);
    assert.equal(rememberedTeamServer(userData), 'https://donghyang.example.org:8270/');
  } finally {
    fs.rmSync(userData, { recursive: true, force: true });
  }
});
