// Writes on the team server's own connection that must not block it. The connection waits up to
// busy_timeout (60 s) for another writer's lock; an import applied in the glossary worker holds that
// lock for seconds, and a login waiting for it synchronously would stop this thread answering every
// other user. These helpers try without waiting and, if the lock is taken, retry between tasks.
import type { Db } from '../store/database.ts';

const RETRY_MS = 25;
const GIVE_UP_MS = 60_000;

function isBusy(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_BUSY';
}

/** Runs `work` if the write lock is free now; undefined if another connection holds it. */
export function writeIfFree<T>(db: Db, work: () => T): { done: true; value: T } | undefined {
  const wait = Number(db.pragma('busy_timeout', { simple: true }));
  db.pragma('busy_timeout = 0');
  try {
    return { done: true, value: work() };
  } catch (error) {
    if (isBusy(error)) return undefined;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${wait}`);
  }
}

/** Runs `work` as soon as the write lock is free, without blocking this thread meanwhile. */
export async function writeWhenFree<T>(db: Db, work: () => T): Promise<T> {
  const started = Date.now();
  for (;;) {
    const attempt = writeIfFree(db, work);
    if (attempt) return attempt.value;
    if (Date.now() - started > GIVE_UP_MS) throw new Error('the database stayed busy for a minute (another writer holds it): try again');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
