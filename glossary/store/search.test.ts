import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Category } from '../model.ts';
import type { GlossaryStore } from './store.ts';
import { tempStore } from './test-helpers.ts';

function add(store: GlossaryStore, category: Category, zh: string, ko: string, extra: { lang: string; text: string }[] = []) {
  return store.createConcept({ category, terms: [{ lang: 'zh', text: zh }, { lang: 'ko', text: ko }, ...extra] });
}

function texts(store: GlossaryStore, query: string, options = {}) {
  return store.search(query, options).hits.map((h) => `${h.rank}:${h.concept.terms.find((t) => t.id === h.matchedTermId)!.text}`);
}

test('专精特新 and 專精特新 find the same concept', () => {
  const store = tempStore();
  const concept = add(store, 'policy', '專精特新', '전정특신');
  add(store, 'place', '成都', '청두');
  for (const query of ['专精特新', '專精特新', '精特新', '专精']) {
    const result = store.search(query);
    assert.equal(result.total, 1, query);
    assert.equal(result.hits[0]!.concept.id, concept.id, query);
  }
  assert.equal(store.search('专精特新').hits[0]!.rank, 'exact');
  store.close();
});

test('전정 finds 전정특신 as a prefix, and Korean substrings are found', () => {
  const store = tempStore();
  add(store, 'policy', '專精特新', '전정특신');
  assert.deepEqual(texts(store, '전정'), ['prefix:전정특신']);
  assert.deepEqual(texts(store, '특신'), ['substring:전정특신']);
  assert.deepEqual(texts(store, '정특신'), ['substring:전정특신']);
  store.close();
});

test('a one-character query finds every concept containing it, in either script', () => {
  const store = tempStore();
  add(store, 'place', '新疆', '신장');
  add(store, 'company', '陽光新能源', '양광신에너지');
  add(store, 'policy', '專精特新', '전정특신');
  add(store, 'place', '成都', '청두');
  assert.deepEqual(texts(store, '新'), ['prefix:新疆', 'substring:專精特新', 'substring:陽光新能源']);
  assert.deepEqual(texts(store, '陽'), ['prefix:陽光新能源']);
  assert.deepEqual(texts(store, '阳'), ['prefix:陽光新能源']);
  assert.deepEqual(texts(store, '두'), ['substring:청두']);
  store.close();
});

test('ranking: exact, then prefix, then substring; shorter terms first; then concept id', () => {
  const store = tempStore();
  add(store, 'company', '國富氫能', '궈푸칭넝');
  add(store, 'company', '国富', '궈푸');
  add(store, 'company', '中科富海', '중커푸하이');
  add(store, 'company', '國富海', '궈푸하이');
  add(store, 'company', '国富氢', '궈푸칭');
  assert.deepEqual(texts(store, '国富'), [
    'exact:国富',
    'prefix:國富海',
    'prefix:国富氢',
    'prefix:國富氫能',
  ]);
  assert.deepEqual(texts(store, '富海'), ['substring:國富海', 'substring:中科富海']);
  assert.deepEqual(texts(store, '궈푸칭'), ['exact:궈푸칭', 'prefix:궈푸칭넝']);
  store.close();
});

test('one hit per concept: the best-ranked of its terms', () => {
  const store = tempStore();
  const concept = add(store, 'place', '四川省', '쓰촨성', [{ lang: 'zh', text: '四川' }]);
  const result = store.search('四川');
  assert.equal(result.total, 1);
  assert.equal(result.hits[0]!.rank, 'exact');
  assert.equal(result.hits[0]!.matchedTermId, concept.terms[2]!.id);
  store.close();
});

test('language filter, total and pages', () => {
  const store = tempStore();
  for (let i = 1; i <= 7; i++) add(store, 'company', `华${'能'.repeat(i)}`, `화${'넝'.repeat(i)}`, [{ lang: 'en', text: `Hua ${i}` }]);
  const page = store.search('华能', { offset: 2, limit: 3 });
  assert.equal(page.total, 7);
  assert.deepEqual(page.hits.map((h) => h.concept.terms[0]!.text), ['华能能能', '华能能能能', '华能能能能能']);
  assert.deepEqual(store.search('华能', { offset: 50, limit: 3 }), { hits: [], total: 7 });
  assert.equal(store.search('hua', { lang: 'en' }).total, 7);
  assert.equal(store.search('hua', { lang: 'zh' }).total, 0);
  assert.equal(store.search('HUA 3').hits[0]!.rank, 'exact');
  store.close();
});

test('zh finds zh-Hant terms; an empty query finds nothing', () => {
  const store = tempStore();
  add(store, 'place', '香港', '홍콩', [{ lang: 'zh-Hant', text: '香港特區' }]);
  assert.equal(store.search('特区', { lang: 'zh' }).total, 1);
  assert.deepEqual(store.search('  '), { hits: [], total: 0 });
  store.close();
});

test('edits and deletions are reflected at once in every index', () => {
  const store = tempStore();
  const concept = add(store, 'place', '乌兰察布', '우란차브');
  store.updateConcept(concept.id, {
    category: 'place',
    terms: [{ lang: 'zh', text: '乌兰察布' }, { lang: 'ko', text: '우란차부' }],
  });
  assert.equal(store.search('우란차브').total, 0);
  assert.equal(store.search('차브').total, 0);
  assert.equal(store.search('브').total, 0);
  assert.deepEqual(texts(store, '차부'), ['substring:우란차부']);
  store.deleteConcept(concept.id);
  for (const query of ['乌兰察布', '察布', '察', '우란차부', '부']) assert.equal(store.search(query).total, 0, query);
  store.close();
});

test('queries with quotes and FTS syntax are taken literally', () => {
  const store = tempStore();
  add(store, 'program', '"十百千" AND', '"십백천" 프로젝트');
  assert.equal(store.search('"십백천"').total, 1);
  assert.equal(store.search('AND').total, 1);
  assert.equal(store.search('十百千" OR').total, 0);
  store.close();
});

test('every query length ranks and counts like a scan of all terms would, past a thousand matching terms too', () => {
  const store = tempStore();
  // Two- and three-letter alphabets, so that short and long queries match many terms (more than
  // the thousand rows a long query reads at once) and terms of one concept overlap.
  let state = 11;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const word = (letters: string, min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => letters[Math.floor(next() * letters.length)]).join('');
  const inputs = Array.from({ length: 3000 }, () => ({
    category: 'other' as const,
    terms: [{ lang: 'zh', text: word('甲乙', 1, 8) }, { lang: 'ko', text: word('가나다', 1, 6) }, ...(next() < 0.3 ? [{ lang: 'zh', text: word('甲乙', 1, 8) }] : [])].filter(
      (t, i, all) => all.findIndex((o) => o.lang === t.lang && o.text === t.text) === i,
    ),
  }));
  store.applyImport(store.planImport('alphabet.csv', inputs)); // a bulk import: the indexes are built in one pass
  const concepts = [...store.allConcepts()];

  const expected = (q: string) => {
    const best = concepts.flatMap((concept) => {
      const matches = concept.terms
        .filter((t) => t.folded.includes(q))
        .map((t) => ({ conceptId: concept.id, termId: t.id, len: [...t.folded].length, rank: t.folded === q ? 0 : t.folded.startsWith(q) ? 1 : 2 }))
        .sort((a, b) => a.rank - b.rank || a.len - b.len || a.termId - b.termId);
      return matches.slice(0, 1);
    });
    return best.sort((a, b) => a.rank - b.rank || a.len - b.len || a.conceptId - b.conceptId);
  };
  const RANK = ['exact', 'prefix', 'substring'];
  let pastAThousand = 0;
  for (const q of ['甲', '가나', '甲乙甲', '乙甲乙', '乙乙甲乙', '다가나다가', '甲甲甲甲甲', '나다', '가나다']) {
    const all = expected(q);
    const terms = concepts.reduce((n, c) => n + c.terms.filter((t) => t.folded.includes(q)).length, 0);
    if ([...q].length >= 3 && terms > 1000) pastAThousand++;
    for (const [offset, limit] of [[0, 20], [7, 13], [Math.max(0, all.length - 3), 10]] as const) {
      const result = store.search(q, { offset, limit });
      assert.equal(result.total, all.length, `total for ${q}`);
      assert.deepEqual(
        result.hits.map((h) => [h.concept.id, h.matchedTermId, h.rank]),
        all.slice(offset, offset + limit).map((e) => [e.conceptId, e.termId, RANK[e.rank]]),
        `${q} at ${offset}`,
      );
    }
  }
  assert.ok(pastAThousand >= 2, 'some long queries match more than a thousand terms');
  store.close();
});
