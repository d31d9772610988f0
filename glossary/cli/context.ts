// Shared plumbing of the CLI commands: which database, opening the service, atomic file writes.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Service } from '../service.ts';
import { defaultDbPath } from '../paths.ts';

export function dbPathOf(command: Command): string {
  const opts = command.optsWithGlobals<{ db?: string }>();
  return opts.db ?? defaultDbPath();
}

export async function withService<T>(command: Command, work: (service: Service) => Promise<T>): Promise<T> {
  // Loaded when a command needs it, so `donghyang --help` does not load the whole core.
  const { createService } = await import('../service.ts');
  const service = await createService({ dbPath: dbPathOf(command) });
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
