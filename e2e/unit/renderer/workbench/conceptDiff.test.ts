import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Concept } from '../../../../glossary/model.ts';
import { conceptDiff } from '../../../../renderer/src/workbench/conceptDiff.ts';

const base: Concept = {
  id: 1, category: 'place', definition: null, note: null, pinyin: null, subjectField: null, sourceIssue: null, sourceUrl: null, approval: 'proposed',
  externalId: null, createdAt: '', updatedAt: '',
  terms: [
    { id: 10, conceptId: 1, lang: 'zh', text: '四川', folded: '四川', status: 'preferred', partOfSpeech: null, note: null, established: false },
    { id: 11, conceptId: 1, lang: 'ko', text: '쓰촨', folded: '쓰촨', status: 'preferred', partOfSpeech: null, note: null, established: false },
  ],
};

test('a history entry is told field by field: fields, then terms added, changed and removed', () => {
  const after: Concept = {
    ...base,
    definition: '중국 서남부의 성',
    approval: 'approved',
    terms: [
      base.terms[0]!,
      { ...base.terms[1]!, status: 'admitted' },
      { id: 12, conceptId: 1, lang: 'ko', text: '사천', folded: '사천', status: 'deprecated', partOfSpeech: null, note: null, established: false },
    ],
  };
  assert.deepEqual(conceptDiff(base, after), [
    { field: 'definition', before: '', after: '중국 서남부의 성' },
    { field: 'approval', before: 'proposed', after: 'approved' },
    { field: 'term', lang: 'ko', before: '쓰촨 (preferred)', after: '쓰촨 (admitted)' },
    { field: 'term', lang: 'ko', before: '', after: '사천 (deprecated)' },
  ]);
  assert.deepEqual(conceptDiff(after, { ...after, terms: after.terms.slice(0, 2) }).map((c) => [c.field, c.before, c.after]), [['term', '사천 (deprecated)', '']]);
  assert.equal(conceptDiff(null, base).length, 4); // a creation: category, approval and both terms
});
