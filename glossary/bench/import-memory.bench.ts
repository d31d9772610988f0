// Whole imports as the app runs them (the service with its worker thread: parse in the worker,
// plan, apply in the worker), each in a fresh Node process so that its peak resident memory
// (getrusage maxRSS, all threads) is the import's own:
//   - a 50 MB CSV (synthetic, near the import limit): target peak RSS under 600 MB;
//   - the LSHK linguistics glossary (../shared/fixtures/interop/lshk-glossary.tsv, 16,621 rows).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportCsv, MAX_IMPORT_BYTES } from '../formats/index.ts';
import { repoRoot } from '../paths.ts';
import { syntheticConcepts } from './synthetic.ts';

const LSHK = path.join(repoRoot, '..', 'shared', 'fixtures', 'interop', 'lshk-glossary.tsv');

/** Runs one import in a child process; it prints one JSON line with its timings and maxRSS. */
function importInChild(bench: string, file: string, target: string): void {
  const db = path.join(path.dirname(file), `${path.basename(file)}.db`);
  const code = `
    import fs from 'node:fs';
    import path from 'node:path';
    import { performance } from 'node:perf_hooks';
    import { createService } from ${JSON.stringify(path.join(repoRoot, 'glossary', 'service.ts'))};
    import { sourceGlossaryWorker } from ${JSON.stringify(path.join(repoRoot, 'glossary', 'store', 'in-worker.ts'))};
    const service = await createService({ dbPath: ${JSON.stringify(db)}, who: 'bench', glossaryWorker: sourceGlossaryWorker() });
    const baseline = process.resourceUsage().maxRSS;
    const start = performance.now();
    const bytes = fs.readFileSync(${JSON.stringify(file)});
    const plan = await service.previewImport({ fileName: path.basename(${JSON.stringify(file)}), contentBase64: bytes.toString('base64') });
    const previewMs = Math.round(performance.now() - start);
    const result = await service.applyImport({ planId: plan.planId });
    const ms = Math.round(performance.now() - start);
    service.close();
    console.log(JSON.stringify({
      bench: ${JSON.stringify(bench)}, mb: +(bytes.byteLength / 2 ** 20).toFixed(1), previewMs, ms, added: result.added,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), startRssMb: Math.round(baseline / 1024), target: ${JSON.stringify(target)},
    }));
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: repoRoot, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`${bench} failed (exit code ${child.status})`);
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-import-bench-'));
  try {
    // Grow the synthetic glossary until its CSV is just under 50 MB.
    let csv = exportCsv(syntheticConcepts(200_000));
    const perConcept = Buffer.byteLength(csv) / 200_000;
    csv = exportCsv(syntheticConcepts(Math.floor((MAX_IMPORT_BYTES * 0.98) / perConcept)));
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, csv);
    csv = '';
    importInChild('import.csv-50mb', big, 'peakRssMb < 600');
    importInChild('import.lshk-16621', LSHK, 'ms <= 10000');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
