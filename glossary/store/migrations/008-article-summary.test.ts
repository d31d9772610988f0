import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { tempDir } from '../test-helpers.ts';
import { MIGRATIONS } from './index.ts';

const NOW = '2024-06-21T00:00:00.000Z';

test('008 gives the articles of a version 7 file an empty 요약 sentence, their text untouched', () => {
  const db = openDatabase(path.join(tempDir(), 'v6.db'));
  migrate(db, ':memory:', MIGRATIONS.slice(0, 7));
  const issue = db
    .prepare("INSERT INTO issues (number, date, title, publisher, created_at, updated_at) VALUES ('2024-23', '2024-06-21', 't', 'p', ?, ?)")
    .run(NOW, NOW).lastInsertRowid;
  db.prepare("INSERT INTO articles (issue_id, section, position, lead, body, updated_at) VALUES (?, 'policy', 0, '리드 (6.4)', '- 본문', ?)").run(issue, NOW);
  migrate(db, ':memory:', MIGRATIONS.slice(0, 8));
  assert.equal(schemaVersion(db), 8);
  assert.deepEqual(db.prepare('SELECT lead, body, summary FROM articles').get(), { lead: '리드 (6.4)', body: '- 본문', summary: '' });
  db.close();
});
