import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from './test-helpers.ts';

test('accepted findings are listed with who and when, and come back when restored', () => {
  const store = tempStore();
  store.acceptFinding({ key: 'josa␟청두를␟a␟b', rule: 'josa', text: '청두를' });
  store.acceptFinding({ key: 'currency-unit␟원␟c␟d', rule: 'currency-unit', text: '원', who: 'chief' });
  assert.deepEqual(store.acceptedKeys(), new Set(['josa␟청두를␟a␟b', 'currency-unit␟원␟c␟d']));
  const listed = store.listAccepted();
  assert.deepEqual(listed.map((a) => [a.rule, a.who]).sort(), [['currency-unit', 'chief'], ['josa', 'tester']]);
  assert.match(listed[0]!.acceptedAt, /^\d{4}-\d\d-\d\dT/);

  store.restoreAccepted('josa␟청두를␟a␟b');
  assert.deepEqual(store.acceptedKeys(), new Set(['currency-unit␟원␟c␟d']));
  assert.throws(() => store.restoreAccepted('josa␟청두를␟a␟b'), /accepted finding "josa␟청두를␟a␟b" does not exist/);
  store.close();
});

test('accepting the same finding again keeps one record with the latest reviewer', () => {
  const store = tempStore();
  store.acceptFinding({ key: 'k', rule: 'spacing', text: '25억원', who: 'kim' });
  store.acceptFinding({ key: 'k', rule: 'spacing', text: '25억원', who: 'lee' });
  assert.deepEqual(store.listAccepted().map((a) => a.who), ['lee']);
  store.close();
});
