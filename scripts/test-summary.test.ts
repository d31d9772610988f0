// The summary line of `npm test`, from real runs of node --test (with the tally reporter) and of
// Playwright (its JSON report) over small specs: failures and skips fail the run, the missing
// Electron binary alone is "not run".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../glossary/paths.ts';
import { e2eResults, summarize, unitResults } from './test-summary.mjs';

// Inside the checkout (.tmp/ is git-ignored) so the specs resolve @playwright/test.
fs.mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const dir = fs.mkdtempSync(path.join(repoRoot, '.tmp', 'summary-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function unitRun(source: string) {
  const file = path.join(dir, `u${Math.random().toString(36).slice(2)}.test.mjs`);
  fs.writeFileSync(file, source);
  const tally = `${file}.jsonl`;
  // Without NODE_TEST_CONTEXT (set by the node --test running this file), the inner run reports normally.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  spawnSync(process.execPath, ['--test', `--test-reporter=${path.join(repoRoot, 'scripts', 'test-tally.mjs')}`, `--test-reporter-destination=${tally}`, file], { encoding: 'utf8', env });
  return unitResults(tally);
}

test('unit: passes counted; a skip for another reason fails the run and is named', () => {
  const results = unitRun(`import { test, describe } from 'node:test';
describe('group', () => { test('one', () => {}); test('two', () => {}); });
test('needs soffice', { skip: 'soffice not installed' }, () => {});`);
  const summary = summarize([['unit', results]]);
  assert.equal(summary.ok, false);
  assert.equal(summary.line, 'npm test: FAILED: unit 2 passed, 0 failed, 1 skipped without leave');
  assert.match(summary.problems.join('\n'), /NOT ALLOWED \(skipped\) unit: .*› needs soffice — soffice not installed/);
});

test('unit: a failure is named; all passing gives "passed"', () => {
  const failing = summarize([['unit', unitRun(`import { test } from 'node:test';\ntest('breaks', () => { throw new Error('x'); });`)]]);
  assert.equal(failing.line, 'npm test: FAILED: unit 0 passed, 1 failed');
  assert.match(failing.problems[0]!, /^FAILED unit: .*› breaks$/);
  const passing = summarize([['unit', unitRun(`import { test } from 'node:test';\ntest('fine', () => {});`)]]);
  assert.deepEqual([passing.ok, passing.line], [true, 'npm test: passed: unit 1 passed, 0 failed']);
});

test('e2e: Electron window tests without the binary are "not run", anything else skipped fails', () => {
  fs.writeFileSync(path.join(dir, 'a.spec.ts'), `import { test } from '@playwright/test';
test('web flow', () => {});
test.describe('desktop', () => {
  test.skip(true, 'no Electron binary: node_modules/electron/dist missing');
  test('window opens', () => {});
  test('menu works', () => {});
});
`);
  const report = path.join(dir, 'report.json');
  fs.writeFileSync(path.join(dir, 'pw.config.mjs'), `export default { testDir: ${JSON.stringify(dir)}, reporter: [['json', { outputFile: ${JSON.stringify(report)} }]] };`);
  const cli = path.join(repoRoot, 'node_modules', '@playwright', 'test', 'cli.js');
  const run = (): ReturnType<typeof summarize> => {
    spawnSync(process.execPath, [cli, 'test', '--config', path.join(dir, 'pw.config.mjs')], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    return summarize([['e2e', e2eResults(report)]]);
  };
  const allowed = run();
  assert.equal(allowed.line, 'npm test: passed: e2e 1 passed, 0 failed; not run: no Electron binary (2 Electron window tests)');
  assert.equal(allowed.ok, true);

  fs.writeFileSync(path.join(dir, 'b.spec.ts'), `import { test } from '@playwright/test';\ntest.skip('later', () => {});\n`);
  const hidden = run();
  assert.equal(hidden.ok, false);
  assert.match(hidden.line, /^npm test: FAILED: e2e 1 passed, 0 failed, 1 skipped without leave; not run: no Electron binary/);
  assert.match(hidden.problems.join('\n'), /NOT ALLOWED \(skipped\) e2e: .*later/);
});
