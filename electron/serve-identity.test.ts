// The web mode keeps its token and port across restarts on one user-data folder, in a file only its
// owner can read; a page's token from before a restart is still accepted after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebServer } from './serve.ts';
import { IDENTITY_FILE, loadWebIdentity } from './serve-identity.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dh-identity-'));

test('a restart on the same folder keeps token and port; the old token is still let in', async () => {
  const dir = tempDir();
  const rendererDir = path.join(dir, 'dist');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  try {
    const first = await startWebServer({ dbPath: path.join(dir, 'a.db'), port: 0, rendererDir });
    const { token, port } = first;
    await first.close();
    assert.equal((fs.statSync(path.join(dir, IDENTITY_FILE)).mode & 0o777).toString(8), '600');
    const second = await startWebServer({ dbPath: path.join(dir, 'a.db'), port: 0, rendererDir });
    try {
      assert.equal(second.token, token);
      assert.equal(second.port, port);
      const response = await fetch(`http://127.0.0.1:${port}/api/glossaryStats`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': token },
        body: '{}',
      });
      assert.equal(response.status, 200);
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('another folder has another token; a token file others can read is replaced', () => {
  const a = tempDir();
  const b = tempDir();
  try {
    const first = loadWebIdentity(a);
    assert.match(first.token, /^[0-9a-f]{64}$/);
    assert.equal(loadWebIdentity(a).token, first.token);
    assert.notEqual(loadWebIdentity(b).token, first.token);
    fs.chmodSync(path.join(a, IDENTITY_FILE), 0o644);
    const replaced = loadWebIdentity(a);
    assert.notEqual(replaced.token, first.token, 'a world-readable token is not used');
    assert.equal((fs.statSync(path.join(a, IDENTITY_FILE)).mode & 0o777).toString(8), '600');
    fs.writeFileSync(path.join(b, IDENTITY_FILE), 'not json', { mode: 0o600 });
    assert.match(loadWebIdentity(b).token, /^[0-9a-f]{64}$/);
  } finally {
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  }
});
