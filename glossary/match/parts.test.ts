// A recognizer built in one thread and taken over in another (the editor builds in a worker and
// checks in the page): after a structured clone of its parts and of its concepts, it finds exactly
// what the original finds, in sources, in drafts and among near renderings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IndexedConcept } from '../checks/types.ts';
import { indexConceptInputs } from '../checks/index.ts';
import { syntheticConcepts } from '../bench/synthetic.ts';
import { ConceptIndex } from './index-set.ts';
import { Recognizer, buildRecognizer } from './recognizer.ts';

const ko = (text: string, status: 'preferred' | 'forbidden' = 'preferred') => ({ text, status, established: false });
const concepts: IndexedConcept[] = [
  { id: 1, category: 'policy', zh: ['专精特新'], ko: [ko('전정특신')], note: null },
  { id: 4, category: 'company', zh: ['亿华通'], ko: [ko('이화퉁'), ko('위화퉁', 'forbidden')], note: '수소' },
  { id: 5, category: 'company', zh: ['宁德时代', 'CATL'], ko: [ko('CATL'), ko('닝더스다이')], note: null },
  { id: 9, category: 'person', zh: ['郭富城'], ko: [ko('궈푸청')], note: null },
  ...indexConceptInputs(syntheticConcepts(2_000)).map((c) => ({ ...c, id: c.id + 100 })),
];

const original = buildRecognizer(concepts);
original.prepareDraftIndexes();
const parts = original.parts();
// What a worker's postMessage does to them (the concepts travel as JSON text).
const taken = Recognizer.fromIndex(ConceptIndex.fromParts(JSON.parse(JSON.stringify(concepts)), structuredClone(parts)));
const names = concepts.slice(4, 40).map((c) => c.zh[0]!);
const renderings = concepts.slice(4, 40).map((c) => c.ko[0]!.text);

test('sources: the same hits', () => {
  const source = `支持專精特新企业，亿华通与ＣＡＴＬ。${names.join('和')}`;
  assert.deepEqual(taken.findInSource(source), original.findInSource(source));
  assert.ok(original.findInSource(source).length > 30);
});

test('drafts: the same hits, particles and statuses', () => {
  const draft = `위화퉁를 포함한 전정특신 기업, CATL과 ${renderings.join('와 ')}`;
  assert.deepEqual(taken.findInDraft(draft), original.findInDraft(draft));
  assert.ok(taken.findInDraft(draft).some((h) => h.rendering.status === 'forbidden'));
});

test('typo candidates and lookups by id and by Chinese term', () => {
  for (const word of ['궈푸칭', '이화통', renderings[3]!.slice(0, -1) + '갸']) {
    assert.deepEqual(taken.nearRenderings(word), original.nearRenderings(word), word);
  }
  assert.ok(taken.nearRenderings('궈푸칭').some((e) => e.conceptId === 9));
  assert.deepEqual(taken.concept(4), original.concept(4));
  assert.equal(taken.conceptByZh('億華通')?.id, 4);
});

test('taken over in steps, the index is the same; an edited recognizer has no parts of its own', () => {
  const steps = ConceptIndex.fromPartsInSteps(concepts, structuredClone(parts));
  let step = steps.next();
  let count = 0;
  for (; !step.done; step = steps.next()) count++;
  assert.ok(count >= 3, `${count} steps`);
  const stepped = Recognizer.fromIndex(step.value);
  assert.deepEqual(stepped.findInDraft('위화퉁를 포함한'), original.findInDraft('위화퉁를 포함한'));
  assert.throws(() => original.withoutConcept(1).parts(), /build a fresh one/);
});
