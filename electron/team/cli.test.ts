// `donghyang user …` and `donghyang serve --team` as an admin runs them: the real bin in a child process.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../glossary/paths.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-team-cli-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const db = path.join(dir, 'team.db');

function donghyang(input: string | undefined, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, '--db', db, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('user add, list, set-role, disable, reset-password; the password is never printed', () => {
  const added = donghyang('first-password-1\n', 'user', 'add', 'kim', '--role', 'admin', '--password-stdin');
  assert.equal(added.code, 0, added.err);
  assert.equal(added.out, 'added kim (admin)\n');
  assert.equal(donghyang('second-password-2\n', 'user', 'add', 'lee', '--role', 'editor', '--password-stdin').code, 0);
  const again = donghyang('x-password-3\n', 'user', 'add', 'KIM', '--role', 'editor', '--password-stdin');
  assert.equal(again.code, 1);
  assert.match(again.err, /a user named "KIM" already exists/);
  assert.match(donghyang(undefined, 'user', 'add', 'x', '--role', 'boss', '--password-stdin').err, /Allowed choices are editor, reviewer, admin/);
  assert.match(donghyang('short\n', 'user', 'add', 'choi', '--role', 'editor', '--password-stdin').err, /at least 8 characters/);
  assert.equal(donghyang(undefined, 'user', 'list').out, 'kim\tadmin\nlee\teditor\n');
  assert.equal(donghyang(undefined, 'user', 'set-role', 'lee', 'reviewer').out, 'lee\treviewer\n');
  assert.equal(donghyang(undefined, 'user', 'disable', 'lee').out, 'lee\treviewer\tdisabled\n');
  assert.equal(donghyang('third-password-4\n', 'user', 'reset-password', 'kim', '--password-stdin').code, 0);
  const listed = donghyang(undefined, 'user', 'list', '--json');
  for (const text of [added.out, added.err, listed.out]) {
    assert.ok(!/password-\d/.test(text) && !text.includes('scrypt'), text);
  }
  assert.deepEqual(JSON.parse(listed.out).map((u: { name: string; disabled: boolean }) => [u.name, u.disabled]), [['kim', false], ['lee', true]]);
});

test('serve --team prints its URL, takes a backup, and answers a login', async () => {
  const backups = path.join(dir, 'backups');
  const child = spawn(process.execPath, [BIN, '--db', db, 'serve', '--team', '--port', '0', '--backup-dir', backups, '--keep', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk) => {
        text += chunk;
        const match = /Donghyang team server: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const login = await fetch(new URL('api/login', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'kim', password: 'third-password-4' }) });
    assert.equal(login.status, 200);
    for (let i = 0; i < 100 && !(fs.existsSync(backups) && fs.readdirSync(backups).some((f) => f.endsWith('.db'))); i++) await new Promise((r) => setTimeout(r, 100));
    const copies = fs.readdirSync(backups).filter((f) => f.endsWith('.db'));
    assert.equal(copies.length, 1);
    assert.match(copies[0]!, /^donghyang-\d{8}T\d{9}Z\.db$/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
});

test('serve refuses a non-loopback host without TLS, and needs --team', () => {
  assert.match(donghyang(undefined, 'serve', '--team', '--host', '0.0.0.0', '--port', '0').err, /--tls-cert and --tls-key, or --insecure-http/);
  assert.match(donghyang(undefined, 'serve').err, /add --team/);
});
