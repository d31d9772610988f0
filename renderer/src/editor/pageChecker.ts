// The page's one LocalChecker, loaded with the editor's first article: the checks code
// (dictionaries included) is a separate chunk, so the rest of the app starts without it. Its worker
// is started only when a glossary has to be built in it (a packed index is taken over without it).
// Resolves null where the checks code cannot load (the editor then asks the service for every
// check); a worker that cannot start, or fails later, is noticed by the checker.
import { takeIndex, takeKit } from './prefetchKit.ts';
import type { LocalChecker, WorkerPort } from './localChecker.ts';

let shared: Promise<LocalChecker | null> | undefined;

export function localChecker(): Promise<LocalChecker | null> {
  shared ??= import('./localChecker.ts').then(
    ({ LocalChecker }) => {
      const startWorker = () => new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'donghyang-checks' }) as unknown as WorkerPort;
      return new LocalChecker(startWorker, takeKit, undefined, takeIndex);
    },
    () => null,
  );
  return shared;
}
