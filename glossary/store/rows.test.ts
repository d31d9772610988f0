import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Concept } from '../model.ts';
import { fromHistoryJson, historyJson } from './rows.ts';
import { tempStore } from './test-helpers.ts';

const AT = '2024-06-21T10:00:00.000Z';

const FULL: Concept = {
  id: 7,
  category: 'company',
  definition: '수소연료전지 기업',
  note: '"quoted" note',
  pinyin: null,
  subjectField: 'energy',
  sourceIssue: '2024-06-21',
  sourceUrl: 'https://example.org/x?a=1&b=2',
  approval: 'approved',
  externalId: 'c-7',
  createdAt: '2024-01-02T00:00:00.000Z',
  updatedAt: AT,
  terms: [
    { id: 20, conceptId: 7, lang: 'zh', text: '億華通', folded: '亿华通', status: 'preferred', partOfSpeech: 'noun', note: 'n', established: true },
    { id: 21, conceptId: 7, lang: 'ko', text: '이화퉁', folded: '이화퉁', status: 'deprecated', partOfSpeech: null, note: null, established: false },
  ],
};

const BARE: Concept = {
  ...FULL,
  definition: null,
  note: null,
  pinyin: null,
  subjectField: null,
  sourceIssue: null,
  sourceUrl: null,
  approval: 'proposed',
  externalId: null,
  createdAt: AT,
  updatedAt: AT,
  terms: [{ ...FULL.terms[1]!, status: 'preferred' }],
};

test('a history snapshot reads back as the same concept, whether fields are set or left empty', () => {
  for (const concept of [FULL, BARE, { ...FULL, pinyin: 'yì huá tōng' }]) assert.deepEqual(fromHistoryJson(historyJson(concept, AT), AT), concept);
});

test('a snapshot leaves out what it can restore: empty fields, defaults, the entry time', () => {
  const json = historyJson(BARE, AT);
  assert.equal(json, '{"id":7,"category":"company","terms":[{"id":21,"lang":"ko","text":"이화퉁"}]}');
  assert.ok(historyJson(FULL, AT).length < JSON.stringify(FULL).length * 0.8);
});

test('full snapshots written before the compact form read back unchanged', () => {
  assert.deepEqual(fromHistoryJson(JSON.stringify(FULL), '2030-01-01T00:00:00.000Z'), FULL);
  assert.deepEqual(fromHistoryJson(JSON.stringify(BARE), '2030-01-01T00:00:00.000Z'), BARE);
});

test('the store history shows whole concepts before and after', () => {
  const store = tempStore();
  const created = store.createConcept({ category: 'company', terms: [{ lang: 'zh', text: '億華通' }, { lang: 'ko', text: '이화퉁' }] });
  const updated = store.updateConcept(created.id, {
    category: 'company',
    note: '수소',
    terms: [{ lang: 'zh', text: '億華通', established: true }, { lang: 'ko', text: '이화퉁', status: 'admitted' }],
  });
  const [update, create] = store.history(created.id);
  assert.deepEqual(create!.after, created);
  assert.deepEqual(update!.before, created);
  assert.deepEqual(update!.after, updated);
  store.close();
});
