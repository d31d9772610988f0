import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type GlossaryStore } from '../store/store.ts';
import { parseIssueText } from './parse-text.ts';
import { importIssueIntoStore } from './to-store.ts';
import { archivedRenderings } from './archive.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const sample = parseIssueText('kostec-weekly-2024-06-21.txt', fs.readFileSync(SAMPLE, 'utf8'));

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempStore(): GlossaryStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-archive-'));
  dirs.push(dir);
  return openStore(path.join(dir, 'glossary.db'), { who: 'tester' });
}

test('an imported issue\'s 한글(漢字) pairs are in the archive with the issue date', () => {
  const store = tempStore();
  assert.deepEqual(archivedRenderings(store), []);
  importIssueIntoStore(store, sample);
  const archive = archivedRenderings(store);
  for (const [zh, ko] of [['亿華通', '위화퉁'], ['隆基氫能', '룽지칭넝'], ['專精特新', '전정특신'], ['十百千', '십백천']]) {
    assert.ok(archive.some((r) => r.zh === zh && r.ko === ko && r.issue === '2024-06-21'), `missing ${ko}(${zh})`);
  }
  // One entry per distinct pair of an issue, however often it is written.
  const keys = archive.map((r) => `${r.issue}|${r.zh}|${r.ko}`);
  assert.equal(new Set(keys).size, keys.length);
  store.close();
});

test('the issue being checked is left out; other issues stay in', () => {
  const store = tempStore();
  const first = importIssueIntoStore(store, sample).issue!;
  const draft = store.createIssue({ number: '2024-24', date: '2024-06-28', rate: null });
  const article = store.addArticle({ issueId: draft.id, section: 'policy', title: '미윈(密云) 소식' });
  store.saveArticle({ id: article.id, title: '미윈(密云) 소식', lead: '', body: '- 룽지칭녕(隆基氫能)이 발표', sources: [] });
  const all = archivedRenderings(store);
  assert.ok(all.some((r) => r.ko === '룽지칭녕' && r.issue === '2024-06-28'));
  const forDraft = archivedRenderings(store, draft.id);
  assert.ok(!forDraft.some((r) => r.issue === '2024-06-28'));
  assert.ok(forDraft.some((r) => r.ko === '룽지칭넝' && r.issue === '2024-06-21'));
  assert.ok(!archivedRenderings(store, first.id).some((r) => r.issue === '2024-06-21'));
  store.close();
});

test('an edited article is read again: the archive never serves a stale rendering', () => {
  const store = tempStore();
  const issue = store.createIssue({ number: '2024-24', date: '2024-06-28', rate: null });
  const article = store.addArticle({ issueId: issue.id, section: 'policy', title: '제목' });
  store.saveArticle({ id: article.id, title: '제목', lead: '', body: '- 위화퉁(亿华通) 발표', sources: [] });
  assert.deepEqual(archivedRenderings(store).map((r) => r.ko), ['위화퉁']);
  // A later save (updatedAt moves on) replaces the old pair.
  const later = new Date(Date.now() + 5).toISOString();
  while (new Date().toISOString() <= later) { /* let the clock pass the millisecond */ }
  store.saveArticle({ id: article.id, title: '제목', lead: '', body: '- 이화퉁(亿华通) 발표', sources: [] });
  assert.deepEqual(archivedRenderings(store).map((r) => r.ko), ['이화퉁']);
  store.close();
});
