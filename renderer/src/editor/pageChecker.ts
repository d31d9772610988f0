// The page's one LocalChecker, with its worker; null where a worker cannot be created (the editor
// then asks the service for every check). A worker that fails later is noticed by the checker.
import { api } from '../api/client.ts';
import { LocalChecker, type WorkerPort } from './localChecker.ts';

let shared: LocalChecker | null | undefined;

export function localChecker(): LocalChecker | null {
  if (shared !== undefined) return shared;
  try {
    const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'donghyang-checks' });
    shared = new LocalChecker(worker as unknown as WorkerPort, (req) => api.checkKit(req));
  } catch {
    shared = null;
  }
  return shared;
}
