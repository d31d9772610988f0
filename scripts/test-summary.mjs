// The summary line of `npm test`: counts from the unit run (scripts/test-tally.mjs) and the
// end-to-end run (Playwright's JSON report). A skipped test is a failure with its reason, except
// the Electron window tests where Electron's binary is absent: those are counted as "not run".
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build-state.mjs';

/** Skip reasons that are allowed: they must start with this. */
export const NO_ELECTRON = 'no Electron binary';

/** Results of the unit run, from the tally reporter's JSON lines. */
export function unitResults(file) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text.split('\n').filter(Boolean).map((line) => {
    const r = JSON.parse(line);
    return { status: r.status, title: `${path.relative(repoRoot, r.file ?? '')} › ${r.name}`, reason: r.reason };
  });
}

/** Results of the Playwright run, from its JSON report. */
export function e2eResults(file) {
  if (!fs.existsSync(file)) return [];
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const results = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = test.results?.at(-1);
        const status = test.status === 'skipped' ? 'skipped' : test.status === 'expected' || test.status === 'flaky' ? 'passed' : 'failed';
        const reason = test.annotations?.find((a) => a.type === 'skip')?.description;
        results.push({ status, title: [...titles, spec.title].filter(Boolean).join(' › '), reason, error: last?.error?.message });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  // Errors outside any test (a spec file that does not load, a broken config) fail the run too.
  for (const error of report.errors ?? []) results.push({ status: 'failed', title: 'Playwright', error: error.message });
  return results;
}

/**
 * Counts per run and the one summary line; `ok` is false when a test failed or was skipped for a
 * reason other than the missing Electron binary.
 */
export function summarize(runs) {
  const parts = [];
  const problems = [];
  let notRun = 0;
  for (const [label, results] of runs) {
    const count = (status) => results.filter((r) => r.status === status).length;
    const allowed = results.filter((r) => r.status === 'skipped' && r.reason?.startsWith(NO_ELECTRON));
    const hidden = results.filter((r) => r.status !== 'passed' && r.status !== 'failed' && !allowed.includes(r));
    notRun += allowed.length;
    for (const r of results.filter((x) => x.status === 'failed')) problems.push(`FAILED ${label}: ${r.title}`);
    for (const r of hidden) problems.push(`NOT ALLOWED (${r.status}) ${label}: ${r.title}${r.reason ? ` — ${r.reason}` : ''}`);
    parts.push(`${label} ${count('passed')} passed, ${count('failed')} failed${hidden.length ? `, ${hidden.length} skipped without leave` : ''}`);
  }
  if (notRun > 0) parts.push(`not run: ${NO_ELECTRON} (${notRun} Electron window test${notRun === 1 ? '' : 's'})`);
  const ok = problems.length === 0;
  return { ok, problems, line: `npm test: ${ok ? 'passed' : 'FAILED'}: ${parts.join('; ')}` };
}
