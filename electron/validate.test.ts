import { test } from 'node:test';
import assert from 'node:assert/strict';
import { API_METHODS, type ApiMethod } from '../glossary/api.ts';
import { InputError } from '../glossary/errors.ts';
import { validateArgument } from './validate.ts';

const refused: [ApiMethod, unknown, RegExp][] = [
  ['getConcept', { id: '3' }, /getConcept: id must be an integer/],
  ['getConcept', {}, /getConcept: id is required/],
  ['getConcept', { id: 0 }, /id must be at least 1/],
  ['getConcept', null, /getConcept: argument must be an object/],
  ['getConcept', { id: 1, extra: true }, /extra is not a known field/],
  ['createIssue', { number: '2024-23', date: '21.06.2024', rate: null }, /date must be a date like 2024-06-21/],
  ['createIssue', { number: '', date: '2024-06-21', rate: null }, /number must not be empty/],
  ['createIssue', { number: '1', date: '2024-06-21', rate: -3 }, /rate must be a positive number/],
  ['addArticle', { issueId: 1, section: 'sports' }, /section must be one of policy, technology, brief/],
  ['saveArticle', { id: 1, title: 't', lead: '', body: '', sources: [{ title: 1, url: '', text: '' }] }, /sources\[0\]\.title must be a string/],
  ['saveConcept', { input: { terms: [{ lang: 'zh', text: '' }] } }, /input\.terms\[0\]\.text must not be empty/],
  ['saveConcept', { input: { category: 'animal', terms: [] } }, /input\.category must be one of person/],
  ['setTermStatus', { termId: 1, status: 'old' }, /status must be one of preferred/],
  ['exportGlossary', { format: 'pdf' }, /format must be one of tbx, csv/],
  ['glossaryStats', { anything: 1 }, /this method takes no argument/],
  ['checkArticle', { articleId: 1, sources: 'text' }, /sources must be an array/],
  ['createIssue', { number: '1', date: '2024-02-31', rate: null }, /date "2024-02-31" is not a date of the calendar/],
  ['createIssue', { number: '1', date: '2023-02-29', rate: null }, /date "2023-02-29" is not a date/],
  ['updateIssue', { id: 1, date: '2024-13-01' }, /date "2024-13-01" is not a date/],
  ['updateIssue', { id: 1, date: '2024-00-10' }, /date "2024-00-10" is not a date/],
  ['searchGlossary', { query: '专精', limit: 1e9 }, /searchGlossary: limit must be at most 1000/],
  ['listConcepts', { offset: 0, limit: 5000 }, /listConcepts: limit must be at most 1000/],
  ['recognize', { text: '专'.repeat(200_001) }, /recognize: text must be at most 200000 characters/],
];

for (const [method, arg, message] of refused) {
  test(`validateArgument refuses ${method} ${JSON.stringify(arg)}`, () => {
    assert.throws(() => validateArgument(method, arg), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, message);
      return true;
    });
  });
}

const accepted: [ApiMethod, unknown][] = [
  ['glossaryStats', undefined],
  ['listIssues', null],
  ['createIssue', { number: '2024-23', date: '2024-06-21', rate: 189.5 }],
  ['createIssue', { number: '2024-23', date: '2024-06-21', rate: null }],
  ['updateIssue', { id: 2, rate: null }],
  ['saveArticle', { id: 1, title: '', lead: '', body: '본문', sources: [{ id: 4, title: '', url: '', text: '专精特新' }, { title: 'b', url: 'https://x', text: '' }] }],
  ['saveConcept', { id: 5, input: { category: 'company', terms: [{ lang: 'zh', text: '亿华通' }, { lang: 'ko', text: '위화퉁', status: 'preferred', established: false }] } }],
  ['searchGlossary', { query: '專精特新', offset: 0, limit: 50 }],
  ['checkArticle', { articleId: 3, draft: '위화퉁를', sources: ['亿华通'] }],
  ['createIssue', { number: '2024-9', date: '2024-02-29', rate: null }],
  ['listConcepts', { offset: 99_900, limit: 1000 }],
];

for (const [method, arg] of accepted) {
  test(`validateArgument accepts ${method} ${JSON.stringify(arg)}`, () => {
    assert.equal(validateArgument(method, arg), arg);
  });
}

test('every API method has a validator', () => {
  for (const method of API_METHODS) {
    assert.doesNotThrow(() => {
      try {
        validateArgument(method, { __probe: true });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
    }, method);
  }
});
