// The `donghyang` bin runs the JavaScript build, not the TypeScript sources, and `--help` loads
// commander and little else: the modules Node loads are read from its ESM debug log.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../glossary/paths.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-cli-build-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the bin; resolves to its stdout and the files Node loaded as ES modules (repo-relative). */
function loadedBy(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    // module: CommonJS loads too (the worker bundle is CommonJS).
    env: { ...process.env, NODE_DEBUG: 'esm,module', DONGHYANG_DB: path.join(dir, 'g.db') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.status, 0, run.stderr.slice(-2000));
  const urls = new Set(run.stderr.match(/file:\/\/[^\s'",]+/g) ?? []);
  const files = [...urls].map((url) => path.relative(repoRoot, new URL(url).pathname));
  return { out: run.stdout, files };
}

test('donghyang --help runs glossary/dist/cli.mjs and loads neither TypeScript, tsx nor the core', () => {
  const { out, files } = loadedBy('--help');
  assert.match(out, /Usage: donghyang/);
  assert.ok(files.includes('glossary/dist/cli.mjs'), files.join('\n'));
  assert.deepEqual(files.filter((file) => file.endsWith('.ts')), [], 'no TypeScript source was loaded');
  for (const heavy of ['node_modules/tsx/', 'node_modules/opencc-js/', 'node_modules/docx/', 'node_modules/pinyin-pro/']) {
    assert.ok(!files.some((file) => file.startsWith(heavy)), `${heavy} was loaded for --help`);
  }
});

test('a real command loads the core from the build and answers from the database', () => {
  const { out, files } = loadedBy('suggest', '戴琼海', '--category', 'person');
  assert.match(out, /戴琼海 → 다이충하이/);
  assert.deepEqual(files.filter((file) => file.endsWith('.ts')), [], 'no TypeScript source was loaded');
  assert.ok(files.some((file) => file.startsWith('node_modules/pinyin-pro/')), 'the core was loaded for the command');
  assert.ok(files.every((file) => !file.startsWith('glossary/') || file.startsWith('glossary/dist/') || file.startsWith('glossary/bin/')), files.join('\n'));
});

test('a glossary import from the built CLI runs in the bundled worker, as in the app, and writes the terms', () => {
  fs.writeFileSync(path.join(dir, 'terms.csv'), 'zh,ko\r\n揭榜挂帅,경쟁형 과제\r\n新质生产力,신질 생산력\r\n');
  const run = spawnSync(process.execPath, [BIN, 'glossary', 'import', 'terms.csv'], {
    cwd: dir,
    env: { ...process.env, NODE_DEBUG: 'module', DONGHYANG_DB: path.join(dir, 'g.db') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.status, 0, run.stderr.slice(-2000));
  assert.match(run.stdout, /imported: 2 added/);
  assert.match(run.stderr, /electron\/dist\/glossary-worker\.cjs/, 'the import ran in the bundled worker');
  const search = spawnSync(process.execPath, [BIN, 'glossary', 'search', '揭榜挂帅'], { cwd: dir, env: { ...process.env, DONGHYANG_DB: path.join(dir, 'g.db') }, encoding: 'utf8', timeout: 60_000 });
  assert.match(search.stdout, /경쟁형 과제/);
});
