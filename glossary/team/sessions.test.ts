// Sessions: 12 hours idle and they end; a lookup never waits for another connection's write lock
// (an import applied in the glossary worker), and a login made meanwhile completes once it is free.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../store/index.ts';
import { Accounts } from './accounts.ts';
import { IDLE_LIMIT_MS, Sessions } from './sessions.ts';

async function setup(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dh-sessions-${name}-`));
  const dbPath = path.join(dir, 'team.db');
  const store = openStore(dbPath, { who: 'test' });
  const user = await new Accounts(store.connection).add('kim', 'editor', 'kim-password-1');
  let now = Date.parse('2024-06-21T09:00:00Z');
  const sessions = new Sessions(store.connection, () => now);
  return {
    dbPath,
    store,
    user,
    sessions,
    advance: (ms: number) => (now += ms),
    done: () => (store.close(), fs.rmSync(dir, { recursive: true, force: true })),
  };
}

test('a session lives while used and ends after 12 hours idle', async () => {
  const t = await setup('idle');
  try {
    const id = await t.sessions.create(t.user.id);
    t.advance(IDLE_LIMIT_MS - 60_000);
    assert.equal(t.sessions.lookup(id)?.name, 'kim', 'used within 12 h: still on, and its clock restarts');
    t.advance(IDLE_LIMIT_MS - 60_000);
    assert.equal(t.sessions.lookup(id)?.name, 'kim');
    t.advance(IDLE_LIMIT_MS + 1);
    assert.equal(t.sessions.lookup(id), undefined, '12 h idle: ended');
    assert.equal(t.sessions.lookup('made-up'), undefined);
  } finally {
    t.done();
  }
});

test("while another connection holds the write lock, lookups answer at once and a login waits without blocking", async () => {
  const t = await setup('locked');
  try {
    const id = await t.sessions.create(t.user.id);
    const other = new Database(t.dbPath);
    other.pragma('journal_mode = WAL');
    other.exec('BEGIN IMMEDIATE'); // as an import in the worker holds it
    t.advance(5 * 60_000); // due for a last-seen write
    const started = Date.now();
    assert.equal(t.sessions.lookup(id)?.name, 'kim');
    assert.ok(Date.now() - started < 1_000, `the lookup waited ${Date.now() - started} ms for the lock`);
    let loggedIn = false;
    const login = t.sessions.create(t.user.id).then((newId) => ((loggedIn = true), newId));
    // This thread keeps running meanwhile: timers fire, the login has not gone through.
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(loggedIn, false);
    other.exec('COMMIT');
    const newId = await login;
    assert.equal(t.sessions.lookup(newId)?.name, 'kim');
    other.close();
  } finally {
    t.done();
  }
});
