// The preflight against fake dpkg-query and apt-get on PATH: the real script decides, the fakes only
// stand in for the Debian tools (which must not really install or remove anything here).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../glossary/paths.ts';
import { TEST_PACKAGES, preflight } from './preflight.mjs';

const ALL = TEST_PACKAGES.map((p) => p.name);
const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/**
 * A PATH with a dpkg-query that reports every package installed except those in `missing`, and an
 * apt-get that logs its arguments and "installs" (or, with failInstall, fails).
 */
function fakeDebian(missing: string[], { failInstall = false, withDpkg = true } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-preflight-'));
  dirs.push(dir);
  const state = path.join(dir, 'missing');
  const log = path.join(dir, 'apt.log');
  fs.writeFileSync(state, missing.map((name) => `${name}\n`).join(''));
  fs.writeFileSync(log, '');
  if (withDpkg) {
    fs.writeFileSync(path.join(dir, 'dpkg-query'), `#!/bin/sh
shift 2
for p in "$@"; do grep -qx "$p" "${state}" && echo "dpkg-query: no packages found matching $p" >&2 || echo "$p installed"; done
`, { mode: 0o755 });
  }
  fs.writeFileSync(path.join(dir, 'apt-get'), `#!/bin/sh
echo "$@" >> "${log}"
[ "$1" = install ] || exit 0
${failInstall ? 'echo "E: Unable to locate package" >&2; exit 100' : `for p in "$@"; do sed -i "/^$p$/d" "${state}"; done`}
`, { mode: 0o755 });
  // Only the fakes and the two tools they use: the real dpkg-query and apt-get are not on this PATH.
  for (const tool of ['grep', 'sed']) fs.symlinkSync(spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), path.join(dir, tool));
  const env = { ...process.env, PATH: dir };
  return { env, aptCalls: () => fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const quiet = () => undefined;

test('all packages installed: passes without touching apt-get', () => {
  const debian = fakeDebian([]);
  assert.deepEqual(preflight({ env: debian.env, isRoot: true, log: quiet }), { ok: true, installed: [] });
  assert.deepEqual(debian.aptCalls(), []);
});

test('not root: stops at once with the single command that installs what is missing', () => {
  const debian = fakeDebian(['chromium', 'libxml2-utils']);
  const result = preflight({ env: debian.env, isRoot: false, log: quiet });
  assert.equal(result.ok, false);
  assert.match(result.message!, /chromium: the end-to-end tests/);
  assert.match(result.message!, /libxml2-utils: validating TBX/);
  assert.ok(result.message!.includes('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libxml2-utils'), result.message);
  assert.doesNotMatch(result.message!, /fonts-noto-cjk/, 'only what is missing is named');
  assert.deepEqual(debian.aptCalls(), [], 'nothing was run');
});

test('root: one apt-get update, then one install of exactly what is missing', () => {
  const debian = fakeDebian(['poppler-utils', 'fonts-noto-cjk']);
  const result = preflight({ env: debian.env, isRoot: true, log: quiet });
  assert.deepEqual(result, { ok: true, installed: ['fonts-noto-cjk', 'poppler-utils'] });
  assert.deepEqual(debian.aptCalls(), ['update -qq', 'install -y -qq --no-install-recommends fonts-noto-cjk poppler-utils']);
});

test('root, but apt-get cannot install: stops with the reason and the command to run', () => {
  const debian = fakeDebian(['libreoffice-writer-nogui'], { failInstall: true });
  const result = preflight({ env: debian.env, isRoot: true, log: quiet });
  assert.equal(result.ok, false);
  assert.match(result.message!, /apt-get install failed \(exit code 100\); run it yourself:\n {2}apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui/);
});

test('no dpkg-query (not Debian): says what the tests need and how to go on', () => {
  const debian = fakeDebian([], { withDpkg: false });
  const result = preflight({ env: debian.env, isRoot: true, log: quiet });
  assert.equal(result.ok, false);
  assert.match(result.message!, new RegExp(`no dpkg-query here.*${ALL.join(', ')}.*DONGHYANG_PREFLIGHT=off`));
});

test('npm test stops before running any test when a package cannot be installed', () => {
  const debian = fakeDebian(['chromium'], { failInstall: true });
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'test.mjs'), 'unit'], {
    cwd: repoRoot, env: debian.env, encoding: 'utf8', timeout: 60_000,
  });
  assert.equal(run.status, 1);
  // As root it tried (and the fake apt-get failed); as a user it did not try.
  const expected = process.getuid?.() === 0
    ? /npm test: apt-get install failed .*\n {2}apt-get update && apt-get install -y --no-install-recommends chromium/
    : /npm test: missing Debian packages .*\n.*\n.*\n {2}sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium/;
  assert.match(run.stderr, expected);
  assert.doesNotMatch(run.stdout, /# tests|passed/, 'no test ran');
});
