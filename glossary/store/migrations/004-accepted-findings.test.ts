import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../database.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { tempDir } from '../test-helpers.ts';
import { MIGRATIONS } from './index.ts';

test('004 stores accepted findings once per suppression key', () => {
  const db = openDatabase(path.join(tempDir(), 'v4.db'));
  migrate(db, ':memory:', MIGRATIONS.slice(0, 4));
  assert.equal(schemaVersion(db), 4);
  const insert = db.prepare(
    "INSERT INTO accepted_findings (key, rule, text, accepted_at, who) VALUES (?, 'josa', '청두를', '2024-06-21', 'kim')",
  );
  insert.run('josa␟청두를');
  assert.throws(() => insert.run('josa␟청두를'), /UNIQUE constraint failed/);
  db.close();
});
