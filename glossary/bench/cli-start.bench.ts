// Cold start of the `donghyang` command (target ≤ 300 ms for `donghyang --help`): each run is a new
// Node process on the JavaScript build that `npm install` made; wall-clock median and mean CPU
// time (on a shared, busy machine the CPU time is the figure to trust). Printed beside it: a bare
// `node -e ''` on this machine (what no program can beat), a real command on a database, and
// `npx donghyang --help` (npm's own start-up comes on top).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../paths.ts';

const RUNS = 15;
const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** CPU time used so far by this process's finished children (Linux /proc; null elsewhere), in ms. */
function childrenCpuMs(): number | null {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ", cutime and cstime are the 14th and 15th fields.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');

/** Median wall-clock ms of `runs` runs, and their mean CPU ms (user + system; a busy machine barely changes it). */
function measure(command: string, args: string[], runs = RUNS, env: NodeJS.ProcessEnv = process.env): { ms: number; cpu_ms: number | null } {
  const times: number[] = [];
  const cpuBefore = childrenCpuMs();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: repoRoot, env, stdio: 'ignore' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  const cpuAfter = childrenCpuMs();
  times.sort((a, b) => a - b);
  const cpu = cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) / runs);
  return { ms: Math.round(times[Math.floor(times.length / 2)]!), cpu_ms: cpu };
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-bench-cli-'));
  try {
    // Build once first if needed, so the runs measure the start, not the build.
    spawnSync(process.execPath, [BIN, '--help'], { stdio: 'ignore' });
    const node = measure(process.execPath, ['-e', '']);
    const help = measure(process.execPath, [BIN, '--help']);
    console.log(JSON.stringify({
      bench: 'cli.cold_start_help_ms', ...help, node_e_ms: node.ms, node_e_cpu_ms: node.cpu_ms, over_bare_node_ms: help.ms - node.ms, runs: RUNS, target: 300,
    }));
    const env = { ...process.env, DONGHYANG_DB: path.join(dir, 'bench.db') };
    spawnSync(process.execPath, [BIN, 'issue', 'list'], { env, stdio: 'ignore' }); // creates and seeds the database
    console.log(JSON.stringify({ bench: 'cli.cold_start_issue_list_ms', ...measure(process.execPath, [BIN, 'issue', 'list'], RUNS, env), runs: RUNS }));
    console.log(JSON.stringify({ bench: 'cli.npx_help_ms', ...measure('npx', ['donghyang', '--help'], 5), runs: 5, note: 'npm exec start-up included' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
