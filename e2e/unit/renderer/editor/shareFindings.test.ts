import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../../glossary/checks/types.ts';
import { sameFinding, shareFindings } from '../../../../renderer/src/editor/shareFindings.ts';

const finding = (key: string, start: number, extra: Partial<Finding> = {}): Finding => ({
  rule: 'currency-rate', severity: 'warning', start, end: start + 3, messageKey: 'rate-rounded', line: 1, column: start + 1, text: '3억원',
  message: { ko: `${key} ko`, en: `${key} en` }, key, accepted: false, field: 'body', params: { won: key }, ...extra,
});

test('an unchanged result keeps the very array on screen: nothing is rendered again', () => {
  const shown = [finding('a', 0), finding('b', 10)];
  const fresh = [finding('a', 0), finding('b', 10)];
  assert.equal(shareFindings(shown, fresh), shown);
});

test('a new finding is new; the others keep their objects', () => {
  const shown = [finding('a', 0), finding('b', 10)];
  const shared = shareFindings(shown, [finding('a', 0), finding('new', 5), finding('b', 10)]);
  assert.equal(shared.length, 3);
  assert.equal(shared[0], shown[0]);
  assert.notEqual(shared[1], shown[0]);
  assert.equal(shared[1]!.key, 'new');
  assert.equal(shared[2], shown[1]);
});

// Anything a row or an underline shows or acts on makes the finding a new object.
const changes: [string, Partial<Finding>][] = [
  ['moved (start/end)', { start: 1, end: 4 }],
  ['another line/column', { line: 2, column: 1 }],
  ['accepted', { accepted: true }],
  ['another field', { field: 'lead' }],
  ['another text', { text: '3억 원' }],
  ['another suggestion', { suggestion: '3억 원' }],
  ['another message', { message: { ko: 'x', en: 'x' } }],
  ['other parameters', { params: { won: 'other' } }],
  ['another severity', { severity: 'error' }],
  ['another source place', { source: { index: 0, start: 1, end: 2 } }],
];
for (const [name, change] of changes) {
  test(`a finding ${name} is not reused`, () => {
    const shown = [finding('a', 0)];
    const shared = shareFindings(shown, [finding('a', 0, change)]);
    assert.notEqual(shared[0], shown[0]);
    assert.equal(sameFinding(shown[0]!, shared[0]!), false);
  });
}

test('two equal findings reuse two distinct objects (keys stay unique)', () => {
  const shown = [finding('a', 0), finding('a', 0)];
  const shared = shareFindings(shown, [finding('a', 0), finding('a', 0)]);
  assert.equal(shared, shown);
  const fewer = shareFindings(shown, [finding('a', 0)]);
  assert.deepEqual(fewer, [shown[0]]);
});

test('nothing shown yet: the result is taken as it is', () => {
  const fresh = [finding('a', 0)];
  assert.equal(shareFindings([], fresh), fresh);
});
