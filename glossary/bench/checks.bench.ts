// Checks engine timings on the real sample issue with the seed glossary: a full check of the whole
// issue (target ≤ 50 ms) and the re-check of one edited article, as while typing (target ≤ 8 ms).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, seedIfNew } from '../store/index.ts';
import { buildRecognizer } from '../match/index.ts';
import { checkWithRate } from '../checks/index.ts';
import { repoRoot } from '../paths.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  const sample = fs.readFileSync(path.join(repoRoot, '..', 'shared', 'samples', 'kostec-weekly-2024-06-21.txt'), 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-checks-'));
  const store = openStore(path.join(dir, 'bench.db'));
  await seedIfNew(store);
  const recognizer = buildRecognizer(store.indexConcepts());
  const check = (draft: string) =>
    checkWithRate({ draft, sources: [], issueDrafts: [draft], recognizer, archive: [], accepted: new Set() });

  // A different text each time: the checks remember results per text (recognition, amounts), and
  // an unchanged issue would measure the memo, not the check.
  for (let i = 0; i < 5; i++) check(`${sample}\n${-i - 1}`); // warm-up: JIT, lazy tables
  const fullTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < 30; i++) {
    const text = `${sample}\n${i}`;
    const t0 = performance.now();
    findings = check(text).findings.length;
    fullTimes.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ bench: 'check-sample-issue', chars: sample.length, findings, median_ms: +median(fullTimes).toFixed(2), target_ms: 50 }));

  // One article (청두 AI plan), edited one keystroke at a time.
  const start = sample.indexOf('청두시, \'인공지능 산업 고품질 발전 3개년 계획\' 마련\n');
  const article = sample.slice(start, sample.indexOf('참고자료', start));
  const editTimes: number[] = [];
  for (let i = 0; i < 100; i++) {
    const at = Math.floor((article.length * i) / 100);
    const edited = `${article.slice(0, at)}가${article.slice(at)}`;
    const t0 = performance.now();
    check(edited);
    editTimes.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ bench: 'recheck-edited-article', chars: article.length, median_ms: +median(editTimes).toFixed(2), target_ms: 8 }));
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
