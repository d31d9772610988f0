import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type GlossaryStore } from '../store/store.ts';
import { parseIssueText } from './parse-text.ts';
import { exportMarkdown } from './export-markdown.ts';
import { bulletinFromStore } from './from-store.ts';
import { importIssueIntoStore } from './to-store.ts';
import { withoutPositions } from './model.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempStore(): GlossaryStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-issue-'));
  dirs.push(dir);
  return openStore(path.join(dir, 'glossary.db'), { who: 'tester' });
}

/** An issue written in the app: rows only, no meta keys from an import. */
function draftIssue(store: GlossaryStore, articles: { section: 'policy' | 'technology' | 'brief'; title: string; lead: string; body: string }[]): number {
  const issue = store.createIssue({ number: '2024-24', date: '2024-06-28', rate: 190 });
  for (const a of articles) {
    const row = store.addArticle({ issueId: issue.id, section: a.section, category: a.section === 'brief' ? '' : '기업', title: a.title });
    store.saveArticle({ id: row.id, title: a.title, lead: a.lead, body: a.body, sources: [] });
  }
  return issue.id;
}

test('an issue written in the app exports with a 요약 from its leads and a colophon from its fields', () => {
  const store = tempStore();
  const id = draftIssue(store, [
    { section: 'technology', title: '칭화대, 전자피부 개발', lead: '전자피부 개발 성공 (6.20)', body: '- 칭화대(清華大學) 연구팀이 발표' },
    { section: 'policy', title: '베이징, 지원책 발표', lead: '', body: '- 베이징시는 지원책을 발표함' },
  ]);
  const issue = bulletinFromStore(store, id);
  assert.equal(issue.number, '2024-24');
  assert.deepEqual(issue.sections.map((s) => [s.id, s.articles.map((a) => a.title)]), [
    ['policy', ['베이징, 지원책 발표']],
    ['technology', ['칭화대, 전자피부 개발']],
  ]);
  assert.deepEqual(issue.summary.map((s) => s.text), ['베이징, 지원책 발표', '전자피부 개발 성공']);
  assert.deepEqual(issue.sections[1]!.articles[0]!.lead, { text: '전자피부 개발 성공', date: '2024-06-20', line: 0 });
  assert.equal(issue.sections[0]!.articles[0]!.lead, null);
  assert.deepEqual(issue.colophon.fields, [
    { label: '발행일', value: '2024. 6. 28.' },
    { label: '발행기관', value: '한중과학기술협력센터' },
  ]);
  // And it survives the Markdown round trip like an imported one.
  assert.deepEqual(withoutPositions(parseIssueText('draft.md', exportMarkdown(issue))), withoutPositions(issue));
  store.close();
});

test('without a lead, a first body line ending in a date stays a bullet', () => {
  const store = tempStore();
  const id = draftIssue(store, [{ section: 'policy', title: '제목', lead: '', body: '- 국무원은 규정을 발표 (6.4)\n - 세부 내용' }]);
  const article = bulletinFromStore(store, id).sections[0]!.articles[0]!;
  assert.equal(article.lead, null);
  assert.deepEqual(article.blocks.map((b) => b.kind === 'bullet' && [b.depth, b.text]), [[0, '국무원은 규정을 발표 (6.4)'], [1, '세부 내용']]);
  store.close();
});

test('a short item keeps a body line that looks like an item number, and its source', () => {
  const store = tempStore();
  const id = draftIssue(store, [
    { section: 'brief', title: '톈진, 혁신 조치 발표', lead: '18개 조치 발표 (6.7)', body: '- 주요 내용\n12 개 기업이 참여\n출처: 톈진시정부 (06.07)\nhttps://tj.gov.cn/a' },
  ]);
  const [item] = bulletinFromStore(store, id).shortItems;
  assert.equal(item!.title, '톈진, 혁신 조치 발표');
  assert.equal(item!.number, 1);
  assert.deepEqual(item!.lead, { text: '18개 조치 발표', date: '2024-06-07', line: 0 });
  assert.deepEqual(item!.blocks.map((b) => b.kind === 'paragraph' || b.kind === 'bullet' ? b.text : b.kind), ['주요 내용', '12 개 기업이 참여']);
  assert.deepEqual(item!.source, { name: '톈진시정부', date: '2024-06-07', url: 'https://tj.gov.cn/a' });
  store.close();
});

test('an imported issue whose date is edited later prints the new date in its colophon', () => {
  const store = tempStore();
  const sample = parseIssueText('kostec.txt', fs.readFileSync(new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url), 'utf8'));
  const { issue } = importIssueIntoStore(store, sample);
  store.updateIssue(issue!.id, { date: '2024-06-22' });
  const again = bulletinFromStore(store, issue!.id);
  assert.equal(again.colophon.fields.find((f) => f.label === '발행일')!.value, '2024. 6. 22.');
  assert.equal(again.colophon.fields.find((f) => f.label === '발행인')!.value, sample.colophon.fields.find((f) => f.label === '발행인')!.value);
  assert.equal(again.number, '2024-06-21'); // the store's number no longer equals the date: it is shown
  store.close();
});

test('an unknown issue id is an error naming it', () => {
  const store = tempStore();
  assert.throws(() => bulletinFromStore(store, 99), /issue 99 does not exist/);
  store.close();
});

test('요약: the articles\' own sentences once any is written; before that the kept summary or the leads', async () => {
  const { issueSummary } = await import('./from-store.ts');
  const a = { title: '제목 A', lead: '리드 A (6.4)', summary: '' };
  const b = { title: '제목 B', lead: '', summary: '' };
  assert.deepEqual(issueSummary([a, b], null).map((s) => s.text), ['리드 A', '제목 B']);
  assert.deepEqual(issueSummary([a, b], [{ text: '인쇄된 요약', line: 3 }]).map((s) => s.text), ['인쇄된 요약']);
  assert.deepEqual(issueSummary([{ ...a, summary: ' 직접 쓴 요약 ' }, b], [{ text: '인쇄된 요약', line: 3 }]).map((s) => s.text), ['직접 쓴 요약']);
});
