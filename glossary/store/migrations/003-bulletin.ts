// Bulletin issues as the editor works on them: issues, their articles (ordered per section) and
// each article's Chinese sources.
import type { Db } from '../database.ts';

export const version = 3;
export const name = 'bulletin';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE issues (
      id         INTEGER PRIMARY KEY,
      number     TEXT NOT NULL,
      date       TEXT NOT NULL,
      rate       REAL CHECK (rate IS NULL OR rate > 0),
      title      TEXT NOT NULL,
      publisher  TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX issues_date ON issues(date);

    CREATE TABLE articles (
      id         INTEGER PRIMARY KEY,
      issue_id   INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
      section    TEXT NOT NULL CHECK (section IN ('policy','technology','brief')),
      category   TEXT NOT NULL DEFAULT '',
      position   INTEGER NOT NULL,
      title      TEXT NOT NULL DEFAULT '',
      lead       TEXT NOT NULL DEFAULT '',
      body       TEXT NOT NULL DEFAULT '',
      state      TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','review','approved')),
      updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_issue ON articles(issue_id, section, position);

    CREATE TABLE article_sources (
      id         INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      title      TEXT NOT NULL DEFAULT '',
      url        TEXT NOT NULL DEFAULT '',
      text       TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX article_sources_article ON article_sources(article_id, position);
  `);
}
