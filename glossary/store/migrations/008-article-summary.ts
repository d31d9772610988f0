// The 요약 sentence of an article, edited in the article editor. Empty: the 요약 prints the
// article's lead (or title), as before.
import type { Db } from '../database.ts';

export const version = 8;
export const name = 'article-summary';

export function up(db: Db): void {
  db.exec(`ALTER TABLE articles ADD COLUMN summary TEXT NOT NULL DEFAULT ''`);
}
