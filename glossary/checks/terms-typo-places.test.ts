// term-typo and the gazetteer: a real place is never a "typo" of another (후난 湖南 next to 허난 河南).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from './engine.ts';
import { termTypoFamily } from './terms-typo.ts';
import { buildRecognizer } from '../match/index.ts';
import type { IndexedConcept } from './types.ts';

const glossary: IndexedConcept[] = [
  { id: 1, category: 'place', zh: ['河南省'], ko: [{ text: '허난성', status: 'preferred', established: false }], note: null },
  { id: 2, category: 'place', zh: ['江苏省'], ko: [{ text: '장쑤성', status: 'preferred', established: false }], note: null },
];
const recognizer = buildRecognizer(glossary);

function typos(draft: string, sources: string[] = []) {
  return runChecks([termTypoFamily], { draft, sources, recognizer, archive: [] }).map((f) => `${f.text}→${f.suggestion}`);
}

test('a real place one jamo from a glossary place is not reported', () => {
  // 후난성 (湖南省) is one vowel from the glossary's 허난성: both are provinces.
  assert.deepEqual(typos('후난성의 수소 정책', ['河南省和湖南省']), []);
  assert.deepEqual(typos('후난성(湖南省)은 발표했다'), []);
});

test('a slip that is no place is still reported', () => {
  assert.deepEqual(typos('허넌성의 수소 정책'), ['허넌성→허난성']);
  assert.deepEqual(typos('장쑤셩은 발표했다'), ['장쑤셩→장쑤성']);
});
