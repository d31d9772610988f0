// Shared by the store's tests: real SQLite files in fresh temp folders, removed after the run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { openStore, type GlossaryStore } from './store.ts';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-store-'));
  dirs.push(dir);
  return dir;
}

export function tempStore(): GlossaryStore {
  return openStore(path.join(tempDir(), 'glossary.db'), { who: 'tester' });
}
