import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { tempDir } from '../test-helpers.ts';
import { MIGRATIONS } from './index.ts';

const NOW = '2024-06-21T00:00:00.000Z';

function v3() {
  const db = openDatabase(path.join(tempDir(), 'v3.db'));
  migrate(db, ':memory:', MIGRATIONS.slice(0, 3));
  return db;
}

test('003 creates issues, articles and sources at version 3', () => {
  const db = v3();
  assert.equal(schemaVersion(db), 3);
  const issue = db
    .prepare("INSERT INTO issues (number, date, title, publisher, created_at, updated_at) VALUES ('2024-23', '2024-06-21', 't', 'p', ?, ?)")
    .run(NOW, NOW).lastInsertRowid;
  assert.throws(
    () => db.prepare("INSERT INTO articles (issue_id, section, position, updated_at) VALUES (?, 'sports', 0, ?)").run(issue, NOW),
    /CHECK constraint failed/,
  );
  assert.throws(
    () => db.prepare("UPDATE issues SET rate = -1 WHERE id = ?").run(issue),
    /CHECK constraint failed/,
  );
  db.close();
});

test('003 removes the articles and sources of a deleted issue', () => {
  const db = v3();
  const issue = db
    .prepare("INSERT INTO issues (number, date, title, publisher, created_at, updated_at) VALUES ('2024-23', '2024-06-21', 't', 'p', ?, ?)")
    .run(NOW, NOW).lastInsertRowid;
  const article = db
    .prepare("INSERT INTO articles (issue_id, section, position, updated_at) VALUES (?, 'policy', 0, ?)")
    .run(issue, NOW).lastInsertRowid;
  db.prepare("INSERT INTO article_sources (article_id, position, text) VALUES (?, 0, '成都市人工智能')").run(article);
  db.prepare('DELETE FROM issues WHERE id = ?').run(issue);
  assert.equal(db.prepare('SELECT count(*) FROM articles').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM article_sources').pluck().get(), 0);
  db.close();
});
