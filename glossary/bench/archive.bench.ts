// The issue archive: importing the sample issue (target ≤ 1 s), and archivedRenderings over
// 100 stored issues, cold (target ≤ 500 ms) and warm, the per-issue-open call (target ≤ 20 ms).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { archivedRenderings } from '../bulletin/archive.ts';
import { parseIssueText } from '../bulletin/parse-text.ts';
import { importIssueIntoStore } from '../bulletin/to-store.ts';
import { repoRoot } from '../paths.ts';
import { openStore } from '../store/store.ts';

const ISSUES = 100;
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-archive-'));
  const store = openStore(path.join(dir, 'glossary.db'), { who: 'bench' });
  try {
    const text = fs.readFileSync(path.resolve(repoRoot, '../shared/samples/kostec-weekly-2024-06-21.txt'), 'utf8');
    const sample = parseIssueText('kostec-weekly-2024-06-21.txt', text);
    const imports: number[] = [];
    for (let i = 0; i < ISSUES; i++) {
      // One issue a week going back: the same content under 100 dates.
      const date = new Date(Date.UTC(2024, 5, 21 - 7 * i)).toISOString().slice(0, 10);
      const start = performance.now();
      importIssueIntoStore(store, { ...sample, date });
      imports.push(performance.now() - start);
    }
    console.log(JSON.stringify({ bench: 'issue.import_sample_ms', ms: round(imports[0]!), target: 1000 }));
    console.log(JSON.stringify({ bench: 'issue.import_sample_median_ms', ms: round([...imports].sort((a, b) => a - b)[ISSUES >> 1]!) }));

    let start = performance.now();
    const renderings = archivedRenderings(store, 1);
    console.log(JSON.stringify({ bench: 'archive.cold_100_issues_ms', ms: round(performance.now() - start), renderings: renderings.length, target: 500 }));
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      start = performance.now();
      archivedRenderings(store, 1 + (i % ISSUES));
      warm.push(performance.now() - start);
    }
    console.log(JSON.stringify({ bench: 'archive.warm_100_issues_ms', ms: round([...warm].sort((a, b) => a - b)[10]!), target: 20 }));
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
