import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { tempDir } from '../test-helpers.ts';
import { MIGRATIONS } from './index.ts';

const NOW = '2024-06-21T00:00:00.000Z';

function v5WithArticle() {
  const db = openDatabase(path.join(tempDir(), 'v5.db'));
  migrate(db, ':memory:', MIGRATIONS.slice(0, 5));
  const issue = db
    .prepare("INSERT INTO issues (number, date, title, publisher, created_at, updated_at) VALUES ('2024-23', '2024-06-21', 't', 'p', ?, ?)")
    .run(NOW, NOW).lastInsertRowid;
  const article = db
    .prepare("INSERT INTO articles (issue_id, section, position, body, updated_at) VALUES (?, 'policy', 0, '위화퉁을 인수', ?)")
    .run(issue, NOW).lastInsertRowid;
  return { db, issue, article };
}

test('005 upgrades a version 4 file that already holds an issue', () => {
  const db = openDatabase(path.join(tempDir(), 'v4.db'));
  migrate(db, ':memory:', MIGRATIONS.slice(0, 4));
  db.prepare("INSERT INTO issues (number, date, title, publisher, created_at, updated_at) VALUES ('2024-23', '2024-06-21', 't', 'p', ?, ?)")
    .run(NOW, NOW);
  migrate(db, ':memory:', MIGRATIONS.slice(0, 5));
  assert.equal(schemaVersion(db), 5);
  assert.equal(db.prepare('SELECT count(*) FROM issues').pluck().get(), 1);
  assert.equal(db.prepare('SELECT count(*) FROM versions').pluck().get(), 0);
  db.close();
});

test('005 accepts only title, lead, body and source:<id> as comment fields', () => {
  const { db, article } = v5WithArticle();
  const insert = db.prepare(
    "INSERT INTO comments (article_id, field, start_offset, end_offset, quoted, body, who, created_at) VALUES (?, ?, 0, 3, '위화퉁', '확인', 'kim', ?)",
  );
  for (const field of ['title', 'lead', 'body', 'source:7', 'source:12']) insert.run(article, field, NOW);
  for (const field of ['footer', 'source:', 'source:0', 'source:7x', 'source:-1']) {
    assert.throws(() => insert.run(article, field, NOW), /CHECK constraint failed/, field);
  }
  db.close();
});

test('005 rejects an inverted range, an empty comment and half a resolution', () => {
  const { db, article } = v5WithArticle();
  const insert = db.prepare(
    `INSERT INTO comments (article_id, field, start_offset, end_offset, quoted, body, who, created_at, resolved_at, resolved_by)
     VALUES (?, 'body', ?, ?, '', ?, 'kim', ?, ?, ?)`,
  );
  assert.throws(() => insert.run(article, 5, 2, '확인', NOW, null, null), /CHECK constraint failed/);
  assert.throws(() => insert.run(article, 0, 2, '  ', NOW, null, null), /CHECK constraint failed/);
  assert.throws(() => insert.run(article, 0, 2, '확인', NOW, NOW, null), /CHECK constraint failed/);
  db.close();
});

test('005 deleting an article removes its comments; deleting the issue removes its versions', () => {
  const { db, issue, article } = v5WithArticle();
  db.prepare(
    "INSERT INTO comments (article_id, field, start_offset, end_offset, quoted, body, who, created_at) VALUES (?, 'body', 0, 3, '위화퉁', '확인', 'kim', ?)",
  ).run(article, NOW);
  const version = db
    .prepare("INSERT INTO versions (issue_id, article_id, created_at, who, snapshot_json) VALUES (?, ?, ?, 'kim', '{}')")
    .run(issue, article, NOW).lastInsertRowid;
  db.prepare('INSERT INTO version_articles (version_id, article_id) VALUES (?, ?)').run(version, article);
  assert.throws(
    () => db.prepare("INSERT INTO versions (issue_id, created_at, who, snapshot_json) VALUES (?, ?, 'kim', 'not json')").run(issue, NOW),
    /CHECK constraint failed/,
  );

  db.prepare('DELETE FROM articles WHERE id = ?').run(article);
  assert.equal(db.prepare('SELECT count(*) FROM comments').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM versions').pluck().get(), 1, 'an article version outlives the article');
  db.prepare('DELETE FROM issues WHERE id = ?').run(issue);
  assert.equal(db.prepare('SELECT count(*) FROM versions').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM version_articles').pluck().get(), 0);
  db.close();
});
