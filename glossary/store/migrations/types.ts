import type { Db } from '../database.ts';

/** One schema step. Versions are consecutive from 1; `PRAGMA user_version` holds the last applied. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
