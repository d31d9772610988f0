// Store timings on a synthetic glossary of 100,000 concepts: the whole import (planImport +
// applyImport, target ≤ 3 s), the file size, and search latency p50/p95 for ~200 queries each of
// simplified Chinese, the same terms in traditional characters, Korean, and 1–2 character
// queries (target p95 ≤ 5 ms, concepts loaded for a first page of 20 hits).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Converter } from 'opencc-js/cn2t';
import { openStore } from '../store/index.ts';
import { fold } from '../text/fold.ts';
import { syntheticConcepts } from './synthetic.ts';

const CONCEPTS = 100_000;
const QUERIES = 200;
const PAGE = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function run(): Promise<void> {
  const inputs = syntheticConcepts(CONCEPTS, 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-store-'));
  const file = path.join(dir, 'bench.db');
  try {
    let store = openStore(file, { who: 'bench' });
    // Peak memory: the process's highest resident set so far (KB), before and after the import.
    const rssBeforeMb = process.resourceUsage().maxRSS / 1024;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const plan = store.planImport('synthetic.csv', inputs);
    const planned = performance.now();
    const result = store.applyImport(plan);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    console.log(
      JSON.stringify({
        bench: 'store.import',
        concepts: result.added,
        terms: store.counts().terms,
        seconds: round(seconds),
        planSeconds: round((planned - t0) / 1000),
        // CPU time and load tell a slow machine from a slow import (the machine is shared).
        cpuSeconds: round((cpu.user + cpu.system) / 1e6),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        peakRssBeforeImportMb: Math.round(rssBeforeMb),
        loadAverage: round(os.loadavg()[0]!),
        target: 3,
      }),
    );
    // A large import leaves its WAL checkpoint to the next write or to close: timed here, so the
    // work the import deferred is reported too.
    const closing = performance.now();
    store.close(); // checkpoints the WAL into the file
    console.log(JSON.stringify({ bench: 'store.close_after_import', seconds: round((performance.now() - closing) / 1000) }));
    const bytes = fs.statSync(file).size;
    console.log(JSON.stringify({ bench: 'store.db_size', mb: round(bytes / 1048576) }));

    store = openStore(file, { who: 'bench' });
    // Queries drawn from the glossary itself with their own seed, the same every run.
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
    const sample = Array.from({ length: QUERIES }, () => inputs[Math.floor(next() * inputs.length)]!);
    const zhOf = (c: (typeof inputs)[number]) => c.terms.find((t) => t.lang === 'zh')!.text;
    const koOf = (c: (typeof inputs)[number]) => c.terms.find((t) => t.lang === 'ko')!.text;
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const short = sample.map((c, i) => {
      const chars = [...(i % 2 === 0 ? fold(zhOf(c)) : koOf(c))];
      const length = i % 4 < 2 ? 1 : 2;
      const start = Math.floor(next() * (chars.length - length + 1));
      return chars.slice(start, start + length).join('');
    });
    const groups: [string, string[]][] = [
      ['zh_simplified', sample.map((c) => fold(zhOf(c)))],
      ['zh_traditional', sample.map((c) => toTraditional(fold(zhOf(c))))],
      ['ko', sample.map(koOf)],
      ['short_1_2_chars', short],
    ];
    for (const [, queries] of groups) for (const q of queries.slice(0, 20)) store.search(q, { limit: PAGE }); // warm up
    for (const [name, queries] of groups) {
      const times: number[] = [];
      let hits = 0;
      for (const q of queries) {
        const start = performance.now();
        hits += store.search(q, { limit: PAGE }).total;
        times.push(performance.now() - start);
      }
      console.log(
        JSON.stringify({
          bench: `store.search.${name}`,
          queries: queries.length,
          meanTotalHits: Math.round(hits / queries.length),
          p50_ms: round(percentile(times, 50)),
          p95_ms: round(percentile(times, 95)),
          target: 5,
        }),
      );
    }
    store.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
