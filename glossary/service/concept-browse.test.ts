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
