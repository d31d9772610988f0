import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempStore } from '../store/test-helpers.ts';
import { browseMethods } from './concept-browse.ts';

test('browse: sorted by any column either way, filtered, searched across scripts; a change is seen at once', async () => {
  const store = tempStore();
  const add = (zh: string, ko: string, category: 'place' | 'company', extra: Record<string, unknown> = {}) =>
    store.createConcept({ category, terms: [{ lang: 'zh', text: zh }, { lang: 'ko', text: ko, status: 'preferred' }], ...extra });
  const chengdu = add('成都', '청두', 'place', { sourceIssue: '2024-06-21' });
  const beijing = add('北京', '베이징', 'place', { sourceIssue: '2024-05-31' });
  const sinohytec = add('億華通', '이화퉁', 'company', { approval: 'approved' });
  const browse = browseMethods(store);
  const ids = async (req: Parameters<typeof browse.browseConcepts>[0]) => (await browse.browseConcepts(req)).concepts.map((c) => c.id);

  assert.deepEqual(await ids({ offset: 0, limit: 10, sort: { column: 'ko' } }), [beijing.id, sinohytec.id, chengdu.id]);
  assert.deepEqual(await ids({ offset: 0, limit: 10, sort: { column: 'ko', descending: true } }), [chengdu.id, sinohytec.id, beijing.id]);
  assert.deepEqual(await ids({ offset: 0, limit: 10, filter: { category: 'place' }, sort: { column: 'sourceIssue' } }), [beijing.id, chengdu.id]);
  assert.deepEqual(await ids({ offset: 0, limit: 10, filter: { approval: 'approved' } }), [sinohytec.id]);
  assert.deepEqual(await ids({ offset: 0, limit: 10, filter: { sourceIssue: '2024-06-21' } }), [chengdu.id]);
  assert.deepEqual(await ids({ offset: 0, limit: 10, query: '亿华通' }), [sinohytec.id]);
  assert.deepEqual(await ids({ offset: 1, limit: 1, sort: { column: 'ko' } }), [sinohytec.id]);
  assert.deepEqual(await browse.sourceIssues(), ['2024-06-21', '2024-05-31']);

  const future = new Date(Date.now() + 60_000).toISOString();
  assert.deepEqual(await ids({ offset: 0, limit: 10, filter: { changedSince: future } }), []);
  store.setTermStatus(beijing.terms[1]!.id, 'deprecated');
  assert.deepEqual(await ids({ offset: 0, limit: 10, filter: { status: 'deprecated' } }), [beijing.id]);
  store.close();
});

test('browse: the sort keys follow edits, status changes and imports; pinyin is stored, edited and in the history', async () => {
  const store = tempStore();
  const browse = browseMethods(store);
  const ids = async (req: Parameters<typeof browse.browseConcepts>[0]) => (await browse.browseConcepts(req)).concepts.map((c) => c.id);
  const a = store.createConcept({ category: 'company', pinyin: 'yì huá tōng', terms: [{ lang: 'zh', text: '亿华通' }, { lang: 'ko', text: '이화퉁' }] });
  const b = store.createConcept({ category: 'place', terms: [{ lang: 'zh', text: '成都' }, { lang: 'ko', text: '청두' }] });
  assert.deepEqual(await ids({ offset: 0, limit: 10, sort: { column: 'ko' } }), [a.id, b.id]);
  // Renamed in Korean: it now sorts after 청두.
  store.updateConcept(a.id, { category: 'company', pinyin: 'yìhuátōng', terms: [{ lang: 'zh', text: '亿华通' }, { lang: 'ko', text: '하이화퉁' }] });
  assert.deepEqual(await ids({ offset: 0, limit: 10, sort: { column: 'ko' } }), [b.id, a.id]);
  assert.equal(store.getConcept(a.id)!.pinyin, 'yìhuátōng');
  const [latest, first] = store.history(a.id);
  assert.equal(first!.after!.pinyin, 'yì huá tōng');
  assert.equal(latest!.before!.pinyin, 'yì huá tōng');
  assert.equal(latest!.after!.pinyin, 'yìhuátōng');
  // Status: 청두 loses its preferred rendering, so it sorts after every concept that has one.
  store.setTermStatus(b.terms[1]!.id, 'deprecated');
  const imported = store.planImport('more.csv', [
    { category: 'place', terms: [{ lang: 'zh', text: '北京' }, { lang: 'ko', text: '베이징', status: 'admitted' }] },
  ]);
  store.applyImport(imported, { who: 'tester' });
  const beijing = (await browse.browseConcepts({ offset: 0, limit: 10, query: '北京' })).concepts[0]!;
  assert.deepEqual(await ids({ offset: 0, limit: 10, sort: { column: 'status' } }), [a.id, beijing.id, b.id]);
  assert.deepEqual(await ids({ offset: 0, limit: 10, sort: { column: 'zh', descending: true } }), [b.id, a.id, beijing.id].sort((x, y) => {
    const zh = new Map([[a.id, '亿华通'], [b.id, '成都'], [beijing.id, '北京']]);
    return zh.get(y)! < zh.get(x)! ? -1 : 1;
  }));
  assert.deepEqual(await ids({ offset: 0, limit: 10, filter: { status: 'admitted' } }), [beijing.id]);
  const page = await browse.browseConcepts({ offset: 0, limit: 1, filter: { category: 'place' }, sort: { column: 'ko' } });
  assert.equal(page.total, 2);
  assert.deepEqual(page.concepts.map((c) => c.id), [beijing.id]);
  store.close();
});
