// Cold start of the `donghyang` command (target ≤ 300 ms for `donghyang --help`): each run is a new
// Node process on the JavaScript build that `npm install` made. Printed beside it: a bare
// `node -e ''` on this machine (what no program can beat), a real command on a database, and
// `npx donghyang --help` (npm's own start-up comes on top).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../paths.ts';

const RUNS = 15;
const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');

function medianMs(command: string, args: string[], runs = RUNS, env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: repoRoot, env, stdio: 'ignore' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]!);
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-cli-'));
  try {
    // Build once first if needed, so the runs measure the start, not the build.
    spawnSync(process.execPath, [BIN, '--help'], { stdio: 'ignore' });
    const node = medianMs(process.execPath, ['-e', '']);
    const help = medianMs(process.execPath, [BIN, '--help']);
    console.log(JSON.stringify({ bench: 'cli.cold_start_help_ms', ms: help, node_e_ms: node, over_bare_node_ms: help - node, runs: RUNS, target: 300 }));
    const env = { ...process.env, DONGHYANG_DB: path.join(dir, 'bench.db') };
    spawnSync(process.execPath, [BIN, 'issue', 'list'], { env, stdio: 'ignore' }); // creates and seeds the database
    const list = medianMs(process.execPath, [BIN, 'issue', 'list'], RUNS, env);
    console.log(JSON.stringify({ bench: 'cli.cold_start_issue_list_ms', ms: list, runs: RUNS }));
    const npx = medianMs('npx', ['donghyang', '--help'], 5);
    console.log(JSON.stringify({ bench: 'cli.npx_help_ms', ms: npx, runs: 5, note: 'npm exec start-up included' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
