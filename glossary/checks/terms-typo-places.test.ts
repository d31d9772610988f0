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

// The gazetteer's 장수 is 樟树 (a city of Jiangxi), one jamo from 장쑤 (江苏).
const withShortForms = buildRecognizer([
  ...glossary,
  { id: 3, category: 'place', zh: ['江苏'], ko: [{ text: '장쑤', status: 'preferred', established: false }], note: null },
  { id: 4, category: 'place', zh: ['湖南'], ko: [{ text: '후난', status: 'preferred', established: false }], note: null },
  { id: 5, category: 'place', zh: ['河南'], ko: [{ text: '허난', status: 'preferred', established: false }], note: null },
]);

function findings(draft: string, sources: string[]) {
  return runChecks([termTypoFamily], { draft, sources, recognizer: withShortForms, archive: [] }).map(
    (f) => `${f.text}→${f.suggestion ?? '-'} ${f.message.ko}`,
  );
}

test('a real place is a slip when the Chinese beside it and the source name another place', () => {
  const [finding, ...rest] = findings('장수(江苏) 4,212억 위안', ['分地区看，江苏4212.3亿元']);
  assert.deepEqual(rest, []);
  assert.match(finding!, /^장수→장쑤 /);
  // A bare 장수 where the source has 江苏 and never 樟树.
  assert.match(findings('장수시의 연구개발비', ['江苏研发经费'])[0]!, /^장수→장쑤 /);
});

test('a real place the source names, or with no source to judge by, stays unflagged', () => {
  assert.deepEqual(findings('장수시의 연구개발비', ['樟树市研发经费']), []);
  assert.deepEqual(findings('장수시의 연구개발비', []), []);
});

test('when the Chinese in the parentheses is the slip, the finding says so and leaves the Hangul', () => {
  const result = runChecks([termTypoFamily], { draft: '후난(河南)의 수소 정책', sources: ['湖南省氢能政策'], recognizer: withShortForms, archive: [] });
  assert.equal(result.length, 1);
  assert.equal(result[0]!.text, '河南');
  assert.equal(result[0]!.suggestion, undefined);
  assert.equal(result[0]!.message.ko, "괄호 안 河南은 '허난'입니다. 한글 '후난'은 원문의 湖南을 가리키므로 괄호 안 한자를 확인하세요.");
  // Hangul and Chinese agreeing with the source: nothing.
  assert.deepEqual(findings('후난(湖南)의 수소 정책', ['湖南省氢能政策']), []);
});
