import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referencesFromSources } from '../../../../renderer/src/editor/referencesFromSources.ts';

test('references come from the sources not yet listed, by URL or else by title; empty sources give none', () => {
  const sources = [
    { title: '成都市行动计划', url: 'https://a.cn/1' },
    { title: '已列出', url: 'https://a.cn/2' },
    { title: '无网址', url: '' },
    { title: ' ', url: ' ' },
  ];
  const listed = [{ title: '다른 제목', url: 'https://a.cn/2', line: 0 }];
  assert.deepEqual(referencesFromSources(sources, listed), [
    { title: '成都市行动计划', url: 'https://a.cn/1', line: 0 },
    { title: '无网址', url: null, line: 0 },
  ]);
  assert.deepEqual(referencesFromSources([{ title: '无网址', url: '' }], [{ title: '无网址', url: null, line: 0 }]), []);
});
