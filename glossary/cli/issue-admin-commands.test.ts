import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { openStore } from '../store/store.ts';
import { registerIssueCommands } from './issue-commands.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function run(db: string, ...args: string[]): Promise<string> {
  let text = '';
  const program = new Command('donghyang').option('--db <path>').exitOverride().configureOutput({ writeOut: (t) => (text += t), writeErr: () => {} });
  registerIssueCommands(program, (t) => (text += t));
  await program.parseAsync(['--db', db, ...args], { from: 'user' });
  return text;
}

function newDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-issue-admin-cli-'));
  dirs.push(dir);
  const db = path.join(dir, 'g.db');
  const store = openStore(db);
  store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  store.close();
  return db;
}

test('issue set changes the name, title page, style and rate; a bad value writes nothing', async () => {
  const db = newDb();
  const text = await run(db, 'issue', 'set', '2024-23', '--name', 'AI 특집', '--subtitle', '인공지능+', '--style', 'kostec-2025', '--rate', '190.5');
  assert.match(text, /^issue #1 \(2024-23, 2024-06-21\): set name, subtitle, style, rate\n$/);
  await assert.rejects(run(db, 'issue', 'set', '1', '--title', '  ', '--name', 'other'), /the issue title cannot be empty/);
  await assert.rejects(run(db, 'issue', 'set', '1', '--rate', 'abc'), /--rate "abc" is not a positive number/);
  await assert.rejects(run(db, 'issue', 'set', '1'), /nothing to set/);
  const store = openStore(db);
  const issue = store.getIssue(1)!;
  assert.deepEqual([issue.name, issue.subtitle, issue.style, issue.rate], ['AI 특집', '인공지능+', 'kostec-2025', 190.5]);
  store.close();
});

test('issue delete, trash and restore', async () => {
  const db = newDb();
  assert.match(await run(db, 'issue', 'delete', '2024-23'), /^issue #1 \(2024-23\) moved to the trash; "donghyang issue restore 1" brings it back until \d{4}-\d{2}-\d{2}\n$/);
  assert.equal(await run(db, 'issue', 'list'), 'no issues in the store\n');
  assert.match(await run(db, 'issue', 'trash'), /^#1 {2}2024-06-21 {2}2024-23 {2}deleted \d{4}-\d{2}-\d{2}, purged \d{4}-\d{2}-\d{2}\n$/);
  assert.match(await run(db, 'issue', 'restore', '1'), /^issue #1 \(2024-23, 2024-06-21\) restored with 0 articles\n$/);
  assert.equal(await run(db, 'issue', 'trash'), 'the trash is empty\n');
  await assert.rejects(run(db, 'issue', 'restore', '1'), /issue 1 is not in the trash/);
});
