// Shared plumbing of the CLI commands: which database, opening the service, atomic file writes.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Service } from '../service.ts';
import { defaultDbPath, repoRoot } from '../paths.ts';

// In the JavaScript build of the CLI (scripts/build.mjs, glossary/dist/cli.mjs) this names the
// bundled glossary worker: imports and exports run there, as in the app, with its capped heap. Run
// from the TypeScript source (the tests) it is not defined, and they run in this thread.
declare const DONGHYANG_BUNDLED_WORKER: string | undefined;
const glossaryWorker = typeof DONGHYANG_BUNDLED_WORKER === 'string' ? { script: path.join(repoRoot, DONGHYANG_BUNDLED_WORKER) } : undefined;

export function dbPathOf(command: Command): string {
  const opts = command.optsWithGlobals<{ db?: string }>();
  return opts.db ?? defaultDbPath();
}

export async function withService<T>(command: Command, work: (service: Service) => Promise<T>): Promise<T> {
  // Loaded when a command needs it, so `donghyang --help` does not load the whole core.
  const { createService } = await import('../service.ts');
  const service = await createService({ dbPath: dbPathOf(command), ...(glossaryWorker ? { glossaryWorker } : {}) });
  try {
    return await work(service);
  } finally {
    service.close();
  }
}

/** Reads a file the user named, with an error that names it. */
export function readUserFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code ?? String(error)})`);
  }
}

/** Writes via a temporary file and a rename, so an interrupted export never leaves half a file. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}
