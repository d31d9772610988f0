// Opens a SQLite file with the settings every connection of the store needs.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(path: string, cacheMb = 64): Db {
  // The Electron host ships a copy of the native module built for Electron's ABI.
  const nativeBinding = process.env.DONGHYANG_SQLITE_BINDING;
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  // 16 KB pages for a new file (an existing one keeps its size): shallower trees, and a
  // 100,000-concept import writes its rows and builds its indexes ~8% faster than with 4 KB.
  db.pragma('page_size = 16384');
  // WAL: readers (search while typing) never wait for a writer (an import).
  db.pragma('journal_mode = WAL');
  // NORMAL is durable enough in WAL mode (a power cut can lose the last commit, never corrupt).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Two windows or the CLI may write at once: wait instead of failing with SQLITE_BUSY. Write
  // transactions are IMMEDIATE (store.ts), so this wait covers them; an import of a very large
  // file in another process may hold the lock for tens of seconds, and the editor's save waits.
  db.pragma('busy_timeout = 60000');
  // A 100,000-concept glossary with its search indexes is ~100 MB: a 64 MB page cache keeps
  // imports and index builds from thrashing; sorts (CREATE INDEX, ORDER BY) stay in memory.
  db.pragma(`cache_size = -${Math.round(cacheMb * 1024)}`);
  db.pragma('temp_store = MEMORY');
  return db;
}
