import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConceptInput } from '../model.ts';
import { tempStore } from './test-helpers.ts';

const ZJTX: ConceptInput = {
  category: 'policy',
  sourceIssue: '2024-06-21',
  terms: [
    { lang: 'zh', text: '專精特新' },
    { lang: 'ko', text: '전정특신' },
  ],
};

test('a created concept keeps the Chinese as written and its folded key', () => {
  const store = tempStore();
  const concept = store.createConcept(ZJTX);
  const zh = concept.terms.find((t) => t.lang === 'zh')!;
  assert.equal(zh.text, '專精特新');
  assert.equal(zh.folded, '专精特新');
  assert.equal(concept.approval, 'proposed');
  assert.deepEqual(store.getConcept(concept.id), concept);
  assert.deepEqual(store.counts(), { concepts: 1, terms: 2 });
  store.close();
});

test('history records who changed what, with the concept before and after, newest first', () => {
  const store = tempStore();
  const created = store.createConcept(ZJTX, 'kim');
  const updated = store.updateConcept(
    created.id,
    { ...ZJTX, note: 'specialized, refined, distinctive, novel', terms: [...ZJTX.terms, { lang: 'en', text: 'SRDI' }] },
    'lee',
  );
  const history = store.history(created.id);
  assert.deepEqual(history.map((h) => [h.action, h.who]), [['update', 'lee'], ['create', 'kim']]);
  assert.equal(history[0]!.before?.note, null);
  assert.equal(history[0]!.after?.note, 'specialized, refined, distinctive, novel');
  assert.deepEqual(history[0]!.after?.terms.map((t) => t.text), ['專精特新', '전정특신', 'SRDI']);
  assert.equal(history[1]!.before, null);
  // Terms whose language and text did not change keep their ids (the editor holds them).
  assert.deepEqual(updated.terms.slice(0, 2).map((t) => t.id), created.terms.map((t) => t.id));
  store.close();
});

test('who defaults to the store option', () => {
  const store = tempStore();
  const concept = store.createConcept(ZJTX);
  assert.equal(store.history(concept.id)[0]!.who, 'tester');
  store.close();
});

test('deprecating a term shows in the concept and in its history', () => {
  const store = tempStore();
  const concept = store.createConcept({
    category: 'company',
    terms: [
      { lang: 'zh', text: '國富氫能' },
      { lang: 'ko', text: '궈푸칭넝' },
      { lang: 'ko', text: '궈푸칭녕' },
    ],
  });
  const typo = concept.terms[2]!;
  const after = store.setTermStatus(typo.id, 'deprecated', 'park');
  assert.equal(after.terms.find((t) => t.id === typo.id)!.status, 'deprecated');
  const [last] = store.history(concept.id);
  assert.equal(last!.who, 'park');
  assert.equal(last!.before!.terms[2]!.status, 'preferred');
  assert.equal(last!.after!.terms[2]!.status, 'deprecated');
  store.close();
});

test('approving a concept is recorded as an approval', () => {
  const store = tempStore();
  const concept = store.createConcept(ZJTX);
  const approved = store.approveConcept(concept.id, 'chief');
  assert.equal(approved.approval, 'approved');
  const [last] = store.history(concept.id);
  assert.equal(last!.action, 'approve');
  assert.equal(last!.before!.approval, 'proposed');
  assert.equal(last!.after!.approval, 'approved');
  store.close();
});

test('a deleted concept is gone, its history stays and ends with the deletion', () => {
  const store = tempStore();
  const concept = store.createConcept(ZJTX);
  store.deleteConcept(concept.id);
  assert.equal(store.getConcept(concept.id), undefined);
  assert.deepEqual(store.counts(), { concepts: 0, terms: 0 });
  const [last] = store.history(concept.id);
  assert.equal(last!.action, 'delete');
  assert.equal(last!.after, null);
  assert.equal(last!.before!.terms[0]!.text, '專精特新');
  store.close();
});

test('missing records are named in the error', () => {
  const store = tempStore();
  assert.throws(() => store.updateConcept(12, ZJTX), /^NotFoundError: concept 12 does not exist$/);
  assert.throws(() => store.deleteConcept(12), /concept 12 does not exist/);
  assert.throws(() => store.approveConcept(12), /concept 12 does not exist/);
  assert.throws(() => store.setTermStatus(7, 'forbidden'), /term 7 does not exist/);
  store.close();
});

const INVALID: [string, ConceptInput, RegExp][] = [
  ['unknown category', { ...ZJTX, category: 'animal' as never }, /category "animal" is not one of person, organization/],
  ['no terms', { category: 'place', terms: [] }, /at least one term/],
  ['empty term', { terms: [{ lang: 'ko', text: '  ' }] }, /term 1 \(ko\) has no text/],
  ['bad language tag', { terms: [{ lang: 'zh_CN', text: '成都' }] }, /language "zh_CN" is not a language tag/],
  ['bad status', { terms: [{ lang: 'ko', text: '청두', status: 'old' as never }] }, /status "old" is not one of/],
  ['same term twice', { terms: [{ lang: 'ko', text: '청두' }, { lang: 'ko', text: '청두' }] }, /"청두" \(ko\) is listed twice/],
];
for (const [name, input, message] of INVALID) {
  test(`a concept with ${name} is refused and nothing is written`, () => {
    const store = tempStore();
    assert.throws(() => store.createConcept(input), message);
    assert.deepEqual(store.counts(), { concepts: 0, terms: 0 });
    store.close();
  });
}

test('revision increases on every glossary change and not on reads', () => {
  const store = tempStore();
  const start = store.revision;
  const concept = store.createConcept(ZJTX);
  store.getConcept(concept.id);
  store.search('专精');
  assert.equal(store.revision, start + 1);
  store.approveConcept(concept.id);
  store.deleteConcept(concept.id);
  assert.equal(store.revision, start + 3);
  store.close();
});

test('listConcepts pages in id order with the total; allConcepts streams them all', () => {
  const store = tempStore();
  const ids = ['成都', '重慶', '廣西', '新疆', '寧夏'].map(
    (zh) => store.createConcept({ category: 'place', terms: [{ lang: 'zh', text: zh }] }).id,
  );
  const page = store.listConcepts(1, 2);
  assert.equal(page.total, 5);
  assert.deepEqual(page.concepts.map((c) => c.id), ids.slice(1, 3));
  assert.deepEqual(page.concepts.map((c) => c.terms[0]!.text), ['重慶', '廣西']);
  assert.deepEqual([...store.allConcepts()].map((c) => c.id), ids);
  store.close();
});

test('indexConcepts gives the recognizer Chinese terms as written and Korean renderings', () => {
  const store = tempStore();
  const hk = store.createConcept({
    category: 'place',
    note: '관용',
    terms: [
      { lang: 'zh', text: '香港' },
      { lang: 'zh-Hant', text: '香港' },
      { lang: 'ko', text: '홍콩', established: true },
      { lang: 'ko', text: '샹강', status: 'forbidden' },
      { lang: 'en', text: 'Hong Kong' },
    ],
  });
  assert.deepEqual(store.indexConcepts(), [
    {
      id: hk.id,
      category: 'place',
      note: '관용',
      zh: ['香港', '香港'],
      ko: [
        { text: '홍콩', status: 'preferred', established: true },
        { text: '샹강', status: 'forbidden', established: false },
      ],
    },
  ]);
  store.close();
});
