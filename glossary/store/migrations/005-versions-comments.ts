// Saved versions of an article or a whole issue (snapshots as JSON), and reviewers' comments
// anchored to a text range of an article field.
import type { Db } from '../database.ts';

export const version = 5;
export const name = 'versions-comments';

export function up(db: Db): void {
  db.exec(`
    -- article_id NULL: a snapshot of the whole issue. No foreign key on article_id: the versions
    -- of a deleted article stay readable as long as its issue exists.
    CREATE TABLE versions (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      issue_id      INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
      article_id    INTEGER,
      label         TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL,
      who           TEXT NOT NULL,
      snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json))
    );
    CREATE INDEX versions_issue ON versions(issue_id, created_at);

    -- Which articles a snapshot holds: lets an article's history include whole-issue snapshots.
    CREATE TABLE version_articles (
      version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL,
      PRIMARY KEY (version_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX version_articles_article ON version_articles(article_id, version_id);

    -- start/end: UTF-16 offsets into the field's text (end exclusive), moved on every save.
    CREATE TABLE comments (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      field        TEXT NOT NULL
                   CHECK (field IN ('title','lead','body') OR (field GLOB 'source:[1-9]*' AND substr(field, 8) NOT GLOB '*[^0-9]*')),
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
      quoted       TEXT NOT NULL,
      body         TEXT NOT NULL CHECK (length(trim(body)) > 0),
      who          TEXT NOT NULL,
      created_at   TEXT NOT NULL,
      resolved_at  TEXT,
      resolved_by  TEXT,
      -- 1 when the quoted text is no longer in the field: the comment stays, without an anchor
      detached     INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
      CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
    );
    CREATE INDEX comments_article ON comments(article_id, field, start_offset);
  `);
}
