// `npm test` (both halves), `npm run test:unit`, `npm run test:e2e`:
//   1. preflight: the Debian packages the tests use (scripts/preflight.mjs; DONGHYANG_PREFLIGHT=off
//      skips it on machines without dpkg once their equivalents are installed)
//   2. the JavaScript bundles and the user interface, rebuilt where a source changed
//   3. the unit tests (node --test over every *.test.ts) and/or the Playwright tests
//   4. one summary line: passes and failures per half; skipped tests fail the run, except the
//      Electron window tests where Electron's binary is absent ("not run: no Electron binary").
// Usage: node scripts/test.mjs [unit|e2e] [more arguments for node --test or playwright]
//   e.g. npm run test:unit -- glossary/cli.test.ts      npm run test:e2e -- e2e/editor.spec.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './build-state.mjs';
import { preflight } from './preflight.mjs';
import { e2eResults, summarize, unitResults } from './test-summary.mjs';

const TEST_DIRS = ['glossary', 'electron', 'renderer', 'e2e', 'scripts'];
export const E2E_REPORT = path.join(repoRoot, 'test-results', 'e2e-report.json');

/** Every *.test.ts under the test folders, sorted. */
function unitTestFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts')) files.push(path.relative(repoRoot, full));
    }
  };
  for (const dir of TEST_DIRS) if (fs.existsSync(path.join(repoRoot, dir))) walk(path.join(repoRoot, dir));
  return files.sort();
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  return result.status ?? 1;
}

const which = ['unit', 'e2e'].includes(process.argv[2]) ? process.argv[2] : 'all';
const extra = process.argv.slice(which === 'all' ? 2 : 3);

if (process.env.DONGHYANG_PREFLIGHT !== 'off') {
  const checked = preflight();
  if (!checked.ok) {
    console.error(`npm test: ${checked.message}`);
    process.exit(1);
  }
}
if (run(process.execPath, [path.join('scripts', 'build.mjs'), '--if-stale']) !== 0) process.exit(1);

const runs = [];
const crashed = [];
if (which !== 'e2e') {
  const tally = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-test-')), 'unit.jsonl');
  const code = run(process.execPath, [
    '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(repoRoot, 'scripts', 'test-tally.mjs')}`, `--test-reporter-destination=${tally}`,
    // Test files named on the command line replace the full list.
    ...(extra.some((arg) => arg.endsWith('.test.ts')) ? extra : [...extra, ...unitTestFiles()]),
  ]);
  const results = unitResults(tally);
  if (code !== 0 && !results.some((r) => r.status === 'failed')) crashed.push(`node --test exited with ${code}`);
  runs.push(['unit', results]);
}
if (which !== 'unit') {
  fs.rmSync(E2E_REPORT, { force: true });
  const code = run(process.execPath, [path.join('node_modules', '@playwright', 'test', 'cli.js'), 'test', ...extra]);
  const results = e2eResults(E2E_REPORT);
  if (code !== 0 && !results.some((r) => r.status === 'failed')) crashed.push(`playwright exited with ${code}`);
  runs.push(['e2e', results]);
}

const summary = summarize(runs);
for (const problem of [...summary.problems, ...crashed]) console.log(problem);
console.log(crashed.length > 0 ? summary.line.replace(': passed:', ': FAILED:') : summary.line);
process.exit(summary.ok && crashed.length === 0 ? 0 : 1);
