// When is a bundle rebuilt? Fresh while it is newer than every source it was made from; stale when
// it is missing, a source changed or went away. (Temp files stand in for a bundle and its sources.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { BUNDLES, inputsFileOf, repoRoot, staleReason } from './build-state.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-build-state-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (file: string, seconds: number) => fs.utimesSync(file, seconds, seconds);

function bundleFrom(sources: string[]) {
  const bundle = path.join(dir, `b${Math.random().toString(36).slice(2)}.mjs`);
  for (const source of sources) {
    fs.writeFileSync(source, 'export {};');
    at(source, 1_000);
  }
  fs.writeFileSync(inputsFileOf(bundle), JSON.stringify(sources.map((source) => path.relative(repoRoot, source))));
  fs.writeFileSync(bundle, '// built');
  at(bundle, 2_000);
  return bundle;
}

test('a bundle newer than all its sources is fresh', () => {
  assert.equal(staleReason(bundleFrom([path.join(dir, 'a.ts'), path.join(dir, 'b.ts')])), null);
});

test('a source changed after the build makes it stale, and says which', () => {
  const changed = path.join(dir, 'c.ts');
  const bundle = bundleFrom([path.join(dir, 'd.ts'), changed]);
  at(changed, 3_000);
  assert.equal(staleReason(bundle), `${path.relative(repoRoot, changed)} changed`);
});

test('a source that went away, a missing bundle or list of sources make it stale', () => {
  const gone = path.join(dir, 'e.ts');
  const bundle = bundleFrom([gone]);
  fs.rmSync(gone);
  assert.equal(staleReason(bundle), `${path.relative(repoRoot, gone)} is gone`);
  assert.match(staleReason(path.join(dir, 'never-built.mjs'))!, /never-built\.mjs is missing$/);
  const noList = bundleFrom([]);
  fs.rmSync(inputsFileOf(noList));
  assert.match(staleReason(noList)!, /\.inputs\.json is missing$/);
});

test('the real bundles list the sources they are made from (`npm install` built them)', () => {
  const inputs: string[] = JSON.parse(fs.readFileSync(path.join(repoRoot, inputsFileOf(BUNDLES.cli)), 'utf8'));
  for (const source of ['glossary/cli.ts', 'glossary/cli/issue-commands.ts', 'glossary/service.ts', 'scripts/build.mjs']) {
    assert.ok(inputs.includes(source), `${source} missing from the CLI's inputs`);
  }
  assert.ok(!inputs.some((input) => input.includes('node_modules')), 'packages are not bundled, so not listed');
});
