// The short-query index against a brute-force reading of the glossary: for 1–2 character
// queries, every hit, its rank, its term, the order and the total must be what the rules say,
// after a bulk import and after edits and deletions (which rewrite a concept's documents).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticConcepts } from '../bench/synthetic.ts';
import type { Concept, ConceptInput } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { GlossaryStore } from './store.ts';
import { tempStore } from './test-helpers.ts';
import { isLanguage } from './validate.ts';

const RANKS = ['exact', 'prefix', 'substring'] as const;

/** What a search must return, computed by reading every concept. */
function expected(concepts: readonly Concept[], query: string, lang?: string): string[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const hits: { rk: number; len: number; cid: number; tid: number }[] = [];
  for (const concept of concepts) {
    let best: (typeof hits)[number] | undefined;
    for (const term of [...concept.terms].sort((a, b) => a.id - b.id)) {
      if ((lang !== undefined && !isLanguage(term.lang, lang)) || !term.folded.includes(q)) continue;
      const rk = term.folded === q ? 0 : term.folded.startsWith(q) ? 1 : 2;
      const len = [...term.folded].length;
      if (!best || rk < best.rk || (rk === best.rk && len < best.len)) best = { rk, len, cid: concept.id, tid: term.id };
    }
    if (best) hits.push(best);
  }
  hits.sort((a, b) => a.rk - b.rk || a.len - b.len || a.cid - b.cid);
  return hits.map((h) => `${h.cid}/${h.tid}/${RANKS[h.rk]}`);
}

function actual(store: GlossaryStore, query: string, lang?: string): { hits: string[]; total: number } {
  const result = store.search(query, { limit: 100_000, ...(lang ? { lang } : {}) });
  return { hits: result.hits.map((h) => `${h.concept.id}/${h.matchedTermId}/${h.rank}`), total: result.total };
}

// Concepts whose terms share characters (variants, traditional and simplified side by side), so
// one concept matches through several terms and must still count once.
const SHARING: ConceptInput[] = [
  { category: 'company', terms: [{ lang: 'zh', text: '國富氫能' }, { lang: 'ko', text: '궈푸칭넝' }, { lang: 'ko', text: '궈푸칭녕' }] },
  { category: 'place', terms: [{ lang: 'zh', text: '四川省' }, { lang: 'zh-Hant', text: '四川' }, { lang: 'ko', text: '쓰촨성' }] },
  { category: 'program', terms: [{ lang: 'zh', text: '"十百千" 工程' }, { lang: 'ko', text: '"십백천" 공정' }, { lang: 'en', text: 'a-b c' }] },
  { category: 'policy', terms: [{ lang: 'zh', text: '新' }, { lang: 'zh-Hant-TW', text: '新新' }, { lang: 'ko', text: '신' }] },
];

function queriesOf(concepts: readonly Concept[]): string[] {
  const queries = new Set<string>(['"', ' ', 'c ', '-', '新', '新新', '四川', '궈푸', '칭', 'b', 'x', '科技']);
  concepts.forEach((concept, i) => {
    if (i % 23 !== 0) return;
    for (const term of concept.terms) {
      const chars = [...term.folded];
      queries.add(chars[i % chars.length]!);
      if (chars.length > 1) queries.add(chars.slice(0, 2).join(''));
      if (chars.length > 2) queries.add(chars.slice(1, 3).join(''));
    }
  });
  return [...queries];
}

function assertMatchesOracle(store: GlossaryStore, when: string): void {
  const concepts = [...store.allConcepts()];
  const queries = queriesOf(concepts);
  assert.ok(queries.length > 100, `${queries.length} queries`);
  for (const query of queries) {
    for (const lang of [undefined, 'zh', 'ko', 'zh-hant']) {
      const want = expected(concepts, query, lang);
      const got = actual(store, query, lang);
      assert.deepEqual(got.hits, want, `${when}: ${JSON.stringify(query)} lang ${lang}`);
      assert.equal(got.total, want.length, `${when}: total of ${JSON.stringify(query)} lang ${lang}`);
    }
  }
}

test('after a bulk import, 1–2 character searches return exactly the ranked hits and totals', () => {
  const store = tempStore();
  const plan = store.planImport('bulk.csv', [...SHARING, ...syntheticConcepts(2100, 5)]);
  assert.ok(plan.adds.length >= 2000, 'large enough for the bulk path');
  store.applyImport(plan);
  assertMatchesOracle(store, 'bulk import');
  store.close();
});

test('edits and deletions after a bulk import keep the short index exact', () => {
  const store = tempStore();
  store.applyImport(store.planImport('bulk.csv', [...SHARING, ...syntheticConcepts(2100, 6)]));
  const concepts = [...store.allConcepts()];
  // Adding a variant that shares characters marks the concept's terms; removing it unmarks them.
  const guofu = concepts[0]!;
  store.updateConcept(guofu.id, { category: 'company', terms: [{ lang: 'zh', text: '国富氢能' }, { lang: 'ko', text: '궈푸칭넝' }] });
  store.updateConcept(concepts[1]!.id, {
    category: 'place',
    terms: [{ lang: 'ko', text: '쓰촨' }, { lang: 'zh', text: '四川省' }, { lang: 'zh', text: '川' }],
  });
  for (const concept of concepts.slice(10, 400)) {
    const [zh, ko] = concept.terms;
    if (concept.id % 3 === 0) store.deleteConcept(concept.id);
    else if (concept.id % 3 === 1) {
      store.updateConcept(concept.id, { category: concept.category, terms: [{ lang: 'zh', text: `${zh!.text}新` }, { lang: 'ko', text: ko!.text }] });
    } else {
      store.setTermStatus(ko!.id, 'deprecated');
    }
  }
  store.createConcept({ category: 'other', terms: [{ lang: 'ko', text: '신신' }, { lang: 'ko', text: '신' }] });
  assertMatchesOracle(store, 'after edits');
  store.close();
});

test('a page deep in the results continues the same order, and past the end keeps the total', () => {
  const store = tempStore();
  store.applyImport(store.planImport('bulk.csv', syntheticConcepts(2100, 7)));
  const all = store.search('이', { limit: 100_000 });
  assert.ok(all.total > 60, `${all.total} hits`);
  const page = store.search('이', { offset: 40, limit: 20 });
  assert.deepEqual(page.hits.map((h) => h.concept.id), all.hits.slice(40, 60).map((h) => h.concept.id));
  assert.equal(page.total, all.total);
  assert.deepEqual(store.search('이', { offset: all.total, limit: 20 }), { hits: [], total: all.total });
  assert.equal(store.search('이', { limit: 0 }).total, all.total);
  store.close();
});
