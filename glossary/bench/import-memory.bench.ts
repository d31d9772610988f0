// Whole imports as the app runs them (the service with its worker thread: the worker reads and
// plans the file and keeps the plan, the app's thread gets the preview, the worker applies) and as
// the CLI runs them (`donghyang glossary import`: its build, with the same worker) and as the web
// mode's server gets them (a JSON upload), each in a fresh Node process so that its peak resident
// memory (getrusage maxRSS or /proc VmHWM, all threads) is the import's own:
//   - a 50 MB CSV (synthetic, near the import limit, 900,000 rows): target peak RSS under 600 MB;
//   - the LSHK linguistics glossary (../shared/fixtures/interop/lshk-glossary.tsv, 16,621 rows);
//   - the store bench's 100,000 concepts as a CSV file.
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportCsv, MAX_IMPORT_BYTES } from '../formats/index.ts';
import { repoRoot } from '../paths.ts';
import { syntheticConcepts } from './synthetic.ts';
// The V8 flags the app gives the process its service runs in (a larger young generation).
import { SERVICE_V8_FLAGS } from '../../scripts/service-flags.mjs';

const LSHK = path.join(repoRoot, '..', 'shared', 'fixtures', 'interop', 'lshk-glossary.tsv');

/**
 * A child's code as a module file: a worker started from a child run with `--input-type -e` would
 * inherit that flag and refuse to start (ERR_INPUT_TYPE_NOT_ALLOWED).
 */
function moduleFile(dir: string, name: string, code: string, extension = 'mts'): string {
  const file = path.join(dir, `${name}.child.${extension}`);
  fs.writeFileSync(file, code);
  return file;
}

/** Runs one import as the app does, in a child process; it prints one JSON line with its timings and maxRSS. */
function importInChild(bench: string, file: string, dir: string, target: string): void {
  // The database goes to the temp folder, never next to the file (the fixtures are read-only).
  const db = path.join(dir, `${bench}.db`);
  const code = `
    import fs from 'node:fs';
    import path from 'node:path';
    import { performance } from 'node:perf_hooks';
    import { createService } from ${JSON.stringify(path.join(repoRoot, 'glossary', 'service.ts'))};
    import { sourceGlossaryWorker } from ${JSON.stringify(path.join(repoRoot, 'glossary', 'store', 'in-worker.ts'))};
    const service = await createService({ dbPath: ${JSON.stringify(db)}, who: 'bench', glossaryWorker: ${APP_WORKER} });
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
  const child = spawnSync(process.execPath, [...SERVICE_V8_FLAGS, '--import', 'tsx', moduleFile(dir, bench, code)], { cwd: repoRoot, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`${bench} failed (exit code ${child.status})`);
}

/**
 * The worker the app runs (electron/dist/glossary-worker.cjs, built at install) when it is built,
 * else the TypeScript source through tsx (whose start-up alone takes seconds on a busy machine).
 */
const BUNDLED_WORKER = path.join(repoRoot, 'electron', 'dist', 'glossary-worker.cjs');
const BUNDLED_CLI = path.join(repoRoot, 'glossary', 'dist', 'cli.mjs');
const APP_WORKER = fs.existsSync(BUNDLED_WORKER) ? `{ script: ${JSON.stringify(BUNDLED_WORKER)} }` : 'sourceGlossaryWorker()';

/** XML nested 100,000 levels deep, through the service and its worker: refused in under a second of parsing. */
function deepXmlInChild(dir: string): void {
  const code = `
    import { performance } from 'node:perf_hooks';
    import path from 'node:path';
    import { createService } from ${JSON.stringify(path.join(repoRoot, 'glossary', 'service.ts'))};
    import { sourceGlossaryWorker } from ${JSON.stringify(path.join(repoRoot, 'glossary', 'store', 'in-worker.ts'))};
    const service = await createService({ dbPath: path.join(${JSON.stringify(dir)}, 'deep.db'), who: 'bench', glossaryWorker: ${APP_WORKER} });
    const deep = '<tbx xmlns="urn:iso:std:iso:30042:ed-2">' + '<a>'.repeat(100000) + '</a>'.repeat(100000) + '</tbx>';
    const contentBase64 = Buffer.from(deep).toString('base64');
    // The second time the worker's code is loaded already: that one is the parse alone.
    const times = [];
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      const refused = await service.previewImport({ fileName: 'deep.tbx', contentBase64 }).then(() => false, (e) => { if (!/nested deeper/.test(String(e?.message))) throw e; return true; });
      if (!refused) throw new Error('deep XML was imported');
      times.push(Math.round(performance.now() - start));
    }
    service.close();
    console.log(JSON.stringify({ bench: 'import.deep-xml-refused', worker: ${JSON.stringify(fs.existsSync(BUNDLED_WORKER) ? 'bundled' : 'source')}, firstMs: times[0], ms: times[1], target: 'ms < 1000' }));
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', moduleFile(dir, 'deep-xml', code)], { cwd: repoRoot, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`import.deep-xml-refused failed (exit code ${child.status})`);
}

/**
 * The CLI importing the file in a child process: its JavaScript build (glossary/dist/cli.mjs, what
 * `donghyang` runs, whose imports go through the bundled worker) when built, else the sources.
 */
function cliImportInChild(bench: string, file: string, dir: string, target: string): void {
  const db = path.join(dir, `${bench}.db`);
  const built = fs.existsSync(BUNDLED_CLI) && fs.existsSync(BUNDLED_WORKER);
  const code = `
    import { performance } from 'node:perf_hooks';
    const { main } = await import(${JSON.stringify(built ? BUNDLED_CLI : path.join(repoRoot, 'glossary', 'cli.ts'))});
    const start = performance.now();
    const code = await main(['node', 'donghyang', '--db', ${JSON.stringify(db)}, 'glossary', 'import', ${JSON.stringify(file)}]);
    const ms = Math.round(performance.now() - start);
    console.log(JSON.stringify({ bench: ${JSON.stringify(bench)}, cli: ${JSON.stringify(built ? 'built' : 'source')}, ms, exitCode: code, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), target: ${JSON.stringify(target)} }));
  `;
  const child = spawnSync(process.execPath, [...(built ? [] : ['--import', 'tsx']), moduleFile(dir, bench, code, built ? 'mjs' : 'mts')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  // The CLI's own report (counts, columns) stays out of the figures; its last line is ours.
  const lines = child.stdout.trim().split('\n');
  console.log(lines[lines.length - 1]);
  if (child.status !== 0) throw new Error(`${bench} failed (exit code ${child.status})`);
}

/**
 * The web mode's server (its build, with the app's V8 flags) taking the file as the page sends it:
 * a JSON body with the file in base64, then the apply. Its peak is read from /proc (Linux).
 */
async function webImport(bench: string, file: string, dir: string, target: string): Promise<void> {
  const server = path.join(repoRoot, 'electron', 'dist', 'serve-main.mjs');
  if (!fs.existsSync(server) || !fs.existsSync('/proc/self/status')) return;
  const child = spawn(process.execPath, [...SERVICE_V8_FLAGS, server], {
    env: { ...process.env, DONGHYANG_DB: path.join(dir, `${bench}.db`), DONGHYANG_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(out);
        // A user picks the file in a page that has loaded, with the glossary's index built.
        if (found && /glossary ready/.test(out)) resolve(new URL(found[1]!));
      });
      child.on('exit', (code) => reject(new Error(`the web server stopped (exit code ${code})`)));
    });
    const token = url.hash.slice('#token='.length);
    const call = async (method: string, arg: unknown) => {
      const response = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-donghyang-token': token }, body: JSON.stringify({ arg }) });
      const answer = (await response.json()) as { ok: boolean; value?: { planId?: string; added?: number }; error?: { message: string } };
      if (!answer.ok) throw new Error(`${method}: ${answer.error?.message}`);
      return answer.value!;
    };
    const peak = () => Math.round(Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024);
    const startRssMb = peak();
    const start = performance.now();
    const plan = await call('previewImport', { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') });
    const previewMs = Math.round(performance.now() - start);
    const result = await call('applyImport', { planId: plan.planId });
    const ms = Math.round(performance.now() - start);
    console.log(JSON.stringify({ bench, previewMs, ms, added: result.added, peakRssMb: peak(), startRssMb, target }));
  } finally {
    child.kill();
  }
}

export async function run(): Promise<void> {
  // The bundles measured are the sources' own, not an older build's.
  spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--if-stale'], { cwd: repoRoot, stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-import-bench-'));
  try {
    // Grow the synthetic glossary until its CSV is just under 50 MB.
    let csv = exportCsv(syntheticConcepts(200_000));
    const perConcept = Buffer.byteLength(csv) / 200_000;
    csv = exportCsv(syntheticConcepts(Math.floor((MAX_IMPORT_BYTES * 0.98) / perConcept)));
    deepXmlInChild(dir);
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, csv);
    csv = '';
    importInChild('import.csv-50mb', big, dir, 'peakRssMb < 600');
    importInChild('import.lshk-16621', LSHK, dir, 'ms <= 10000');
    // The store bench's 100,000 concepts, as a CSV file imported the app's way (read and planned,
    // then read again and applied, in the worker): what the file adds to store.import.
    const hundredThousand = path.join(dir, 'synthetic-100k.csv');
    fs.writeFileSync(hundredThousand, exportCsv(syntheticConcepts(100_000, 1)));
    importInChild('import.csv-100k-concepts', hundredThousand, dir, 'for comparison with store.import');
    cliImportInChild('import.csv-50mb-cli', big, dir, 'peakRssMb < 600');
    await webImport('import.csv-50mb-web', big, dir, 'peakRssMb < 600');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
