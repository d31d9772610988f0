// The page's one LocalChecker, with its worker, loaded with the editor's first article: the checks
// code (dictionaries included) is a separate chunk, so the rest of the app starts without it.
// Resolves null where a worker cannot be created (the editor then asks the service for every check);
// a worker that fails later is noticed by the checker.
import { takeIndex, takeKit } from './prefetchKit.ts';
import { idleAfterFirstFindings } from './afterFirstFindings.ts';
import type { LocalChecker, WorkerPort } from './localChecker.ts';

let shared: Promise<LocalChecker | null> | undefined;

export function localChecker(): Promise<LocalChecker | null> {
  shared ??= import('./localChecker.ts').then(
    ({ LocalChecker }) => {
      try {
        const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'donghyang-checks' });
        return new LocalChecker(worker as unknown as WorkerPort, takeKit, undefined, takeIndex, idleAfterFirstFindings);
      } catch {
        return null;
      }
    },
    () => null,
  );
  return shared;
}
