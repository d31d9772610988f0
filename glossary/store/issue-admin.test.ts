import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { BulletinRepository } from './bulletin.ts';
import { IssueAdmin, TRASH_DAYS } from './issue-admin.ts';
import { openStore } from './store.ts';
import { tempDir, tempStore } from './test-helpers.ts';

test('rename, title page, style and colophon are saved; bad values are refused naming the field', () => {
  const store = tempStore();
  const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  assert.equal(issue.name, '');
  assert.equal(issue.style, null);
  const patched = store.updateIssue(issue.id, {
    name: '  AI 특집  ',
    title: '중국 과학기술 정책 특집',
    subtitle: '인공지능+ 행동',
    publisher: '한중과학기술협력센터 베이징사무소',
    style: 'kostec-2025',
    colophon: { organization: 'KOSTEC', fields: [{ label: '발행인', value: '홍길동' }], url: 'https://www.kostec.re.kr' },
    rate: 190.5,
  });
  assert.equal(patched.name, 'AI 특집');
  assert.equal(patched.title, '중국 과학기술 정책 특집');
  assert.equal(patched.subtitle, '인공지능+ 행동');
  assert.equal(patched.publisher, '한중과학기술협력센터 베이징사무소');
  assert.equal(patched.style, 'kostec-2025');
  assert.equal(patched.rate, 190.5);
  assert.deepEqual(patched.colophon, { organization: 'KOSTEC', fields: [{ label: '발행인', value: '홍길동' }], url: 'https://www.kostec.re.kr' });
  assert.equal(store.listIssues()[0]!.name, 'AI 특집', 'the list shows the new name');

  assert.throws(() => store.updateIssue(issue.id, { title: '  ' }), /the issue title cannot be empty/);
  assert.throws(() => store.updateIssue(issue.id, { style: 'house-1999' as never }), /style "house-1999" is not one of house-2024, kostec-2025/);
  assert.throws(() => store.updateIssue(issue.id, { colophon: { organization: null, fields: [{ label: '', value: 'x' }], url: null } }), /colophon field 1 label cannot be empty/);
  // A refused patch writes none of its fields (one transaction).
  assert.throws(() => store.updateIssue(issue.id, { name: 'half', rate: -1 }), /positive number/);
  assert.equal(store.getIssue(issue.id)!.name, 'AI 특집');
  assert.equal(store.updateIssue(issue.id, { style: null, colophon: null }).colophon, null);
  store.close();
});

test('delete moves an issue to the trash: gone from the list, restorable with its articles', () => {
  const store = tempStore();
  const kept = store.createIssue({ number: '2024-22', date: '2024-06-14', rate: null });
  const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  store.addArticle({ issueId: issue.id, section: 'policy', title: '청두시' });
  const deleted = store.deleteIssue(issue.id);
  assert.ok(deleted.deletedAt);
  assert.deepEqual(store.listIssues().map((i) => i.id), [kept.id]);
  const trash = store.issueTrash();
  assert.deepEqual(trash.map((i) => [i.id, i.articleCount]), [[issue.id, 1]]);
  assert.equal(Date.parse(trash[0]!.purgeAt) - Date.parse(trash[0]!.deletedAt), TRASH_DAYS * 86_400_000);
  assert.throws(() => store.deleteIssue(issue.id), /already in the trash/);
  const restored = store.restoreIssue(issue.id);
  assert.equal(restored.deletedAt, null);
  assert.equal(restored.articles[0]!.title, '청두시');
  assert.deepEqual(store.listIssues().map((i) => i.id), [issue.id, kept.id]);
  assert.deepEqual(store.issueTrash(), []);
  assert.throws(() => store.restoreIssue(issue.id), /not in the trash/);
  assert.throws(() => store.deleteIssue(999), /issue 999 does not exist/);
  store.close();
});

test(`after ${TRASH_DAYS} days in the trash an issue is purged with its articles and meta keys`, () => {
  const file = path.join(tempDir(), 'purge.db');
  const store = openStore(file);
  const old = store.createIssue({ number: '2024-01', date: '2024-01-05', rate: null });
  const recent = store.createIssue({ number: '2024-02', date: '2024-01-12', rate: null });
  store.addArticle({ issueId: old.id, section: 'policy', title: 'old' });
  store.setMeta(`issue:${old.id}:imported`, '{}');
  store.setMeta(`issue:${old.id}0:imported`, '{}'); // another issue's key (id 10, 20 …) stays
  store.deleteIssue(old.id);
  store.deleteIssue(recent.id);
  store.close();

  const db = openDatabase(file);
  migrate(db, file, MIGRATIONS);
  const admin = new IssueAdmin(db, new BulletinRepository(db));
  const deletedAt = Date.parse((db.prepare('SELECT deleted_at FROM issues WHERE id = ?').pluck().get(old.id) as string));
  const day = 86_400_000;
  assert.deepEqual(admin.purge(new Date(deletedAt + (TRASH_DAYS - 1) * day).toISOString()), [], 'day 29: still restorable');
  // Pretend the older one was deleted a month and a day ago.
  db.prepare('UPDATE issues SET deleted_at = ? WHERE id = ?').run(new Date(deletedAt - (TRASH_DAYS + 1) * day).toISOString(), old.id);
  db.close();

  const reopened = openStore(file); // opening purges
  assert.deepEqual(reopened.issueTrash().map((i) => i.id), [recent.id]);
  assert.equal(reopened.getIssue(old.id), undefined);
  assert.equal(reopened.meta(`issue:${old.id}:imported`), undefined);
  assert.equal(reopened.meta(`issue:${old.id}0:imported`), '{}');
  reopened.close();
});

test('migration: an imported issue\'s printed title, publisher and style move into its columns', () => {
  const file = path.join(tempDir(), 'm.db');
  const db = openDatabase(file);
  const before = MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'issue-admin'));
  migrate(db, file, before);
  db.prepare(`INSERT INTO issues (id, number, date, rate, title, publisher, created_at, updated_at)
    VALUES (1, '2025-50', '2025-12-26', NULL, '중국 과학기술 정책 주간동향', '한중과학기술협력센터', 'x', 'x'), (2, '2024-23', '2024-06-21', NULL, 'T', 'P', 'x', 'x')`).run();
  db.prepare('INSERT INTO store_meta (key, value) VALUES (?, ?)').run('issue:1:imported', JSON.stringify({ title: '중국 과학기술 정책 주/간/동/향', publisher: 'KOSTEC', style: 'kostec-2025' }));
  migrate(db, file, MIGRATIONS);
  const rows = db.prepare('SELECT id, title, publisher, style, name, deleted_at FROM issues ORDER BY id').all();
  assert.deepEqual(rows, [
    { id: 1, title: '중국 과학기술 정책 주/간/동/향', publisher: 'KOSTEC', style: 'kostec-2025', name: '', deleted_at: null },
    { id: 2, title: 'T', publisher: 'P', style: null, name: '', deleted_at: null },
  ]);
  db.close();
});
