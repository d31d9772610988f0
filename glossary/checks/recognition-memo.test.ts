import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecognizer } from '../match/index.ts';
import { runChecks } from './engine.ts';
import { termFamily } from './terms.ts';
import { draftHits, sourceHits } from './recognition-memo.ts';
import { TEST_GLOSSARY, testRecognizer } from './terms-test-glossary.ts';

const missingTerms = (recognizer: ReturnType<typeof testRecognizer>, draft: string, sources: string[]) =>
  runChecks([termFamily], { draft, sources, recognizer, archive: [] })
    .filter((f) => f.rule === 'term-missing')
    .map((f) => f.suggestion);

test('remembered hits are the recognizer\'s own hits', () => {
  const recognizer = testRecognizer();
  const source = '成都市和亿华通发布专精特新政策';
  const draft = '청두와 위화퉁는 전정특신 기업';
  assert.deepEqual(sourceHits(recognizer, source), recognizer.findInSource(source));
  assert.deepEqual(draftHits(recognizer, draft), recognizer.findInDraft(draft));
  // Asked again: the same answer.
  assert.deepEqual(sourceHits(recognizer, source), recognizer.findInSource(source));
});

test('an edited glossary (a new recognizer) sees its own terms in an unchanged source', () => {
  const source = '北京和成都发展固态电池';
  const before = testRecognizer();
  assert.deepEqual(missingTerms(before, '기사', [source]), ['청두', '전고체 배터리']);
  // The editor adds 北京 and removes 固态电池 while the source stays the same.
  const after = buildRecognizer([
    ...TEST_GLOSSARY.filter((c) => c.id !== 10),
    { id: 99, category: 'place', zh: ['北京'], ko: [{ text: '베이징', status: 'preferred', established: false }], note: null },
  ]);
  assert.deepEqual(missingTerms(after, '기사', [source]), ['베이징', '청두']);
  assert.deepEqual(missingTerms(before, '기사', [source]), ['청두', '전고체 배터리']);
});

test('a draft edited one keystroke at a time gets the findings of its current text', () => {
  const recognizer = testRecognizer();
  const source = '成都和亿华通';
  const typed = ['청', '청두', '청두와 이화', '청두와 이화퉁'];
  const expected = [['청두', '이화퉁'], ['이화퉁'], ['이화퉁'], []];
  typed.forEach((draft, i) => assert.deepEqual(missingTerms(recognizer, draft, [source]), expected[i], draft));
});
