// Runs the web mode as its own process, as `npm start` does (its JavaScript build,
// electron/dist/serve-main.mjs, rebuilt first if a source changed), so a test can also kill it hard
// (kill -9) and start it again on the same database.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICE_V8_FLAGS } from '../scripts/service-flags.mjs';
import { BUNDLES } from '../scripts/build-state.mjs';
import { ensureBundles } from '../scripts/build.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
  /** kill -9: no chance to flush anything. */
  crash(): Promise<void>;
  /** Resolves with the milliseconds the server took to build its glossary recognizer after start. */
  ready: Promise<number>;
}

let built: Promise<unknown> | undefined;

export async function launchWebServer(dbPath: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  await (built ??= ensureBundles(['server', 'worker']));
  const child: ChildProcess = spawn(process.execPath, [...SERVICE_V8_FLAGS, path.join(repoRoot, BUNDLES.server)], {
    cwd: repoRoot,
    env: { ...process.env, DONGHYANG_DB: dbPath, DONGHYANG_PORT: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  let warmed: (ms: number) => void = () => {};
  const ready = new Promise<number>((resolve) => (warmed = resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`web mode did not start within 60 s:\n${output}`));
    }, 60_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const warm = /glossary ready \((\d+) ms\)/.exec(output);
      if (warm) warmed(Number(warm[1]));
      const match = /Donghyang web mode: (http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9a-f]+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: `${match[1]}/#token=${match[2]}`,
        origin: match[1]!,
        token: match[2]!,
        ready,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
        async crash() {
          if (child.exitCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${code} before it was ready:\n${output}`));
    });
  });
}
