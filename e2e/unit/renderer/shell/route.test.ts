import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hrefOf, parseRoute, type Route } from '../../../../renderer/src/shell/route.ts';

const routes: [string, Route][] = [
  ['#/', { screen: 'issues' }],
  ['#/issue/3', { screen: 'issue', id: 3 }],
  ['#/issue/3/review', { screen: 'review', id: 3 }],
  ['#/issue/3/print', { screen: 'print', id: 3 }],
  ['#/article/7', { screen: 'article', id: 7 }],
  ['#/glossary', { screen: 'glossary' }],
];
for (const [hash, route] of routes) {
  test(`route ${hash} parses and prints back`, () => {
    assert.deepEqual(parseRoute(hash), route);
    assert.equal(hrefOf(route), hash);
  });
}

test('an unknown hash (a stray in-page anchor) falls back to the issues list', () => {
  assert.deepEqual(parseRoute('#/issue/3/unknown'), { screen: 'issues' });
  assert.deepEqual(parseRoute('#p-policy-0'), { screen: 'issues' });
});
