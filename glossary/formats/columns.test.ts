import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnFor, headerFor } from './columns.ts';
import type { Column } from './columns.ts';

describe('spreadsheet header names', () => {
  const cases: [string, Column | undefined][] = [
    ['zh', { kind: 'terms', lang: 'zh' }],
    [' Chinese ', { kind: 'terms', lang: 'zh' }],
    ['중국어', { kind: 'terms', lang: 'zh' }],
    ['원어', { kind: 'terms', lang: 'zh' }],
    ['KO', { kind: 'terms', lang: 'ko' }],
    ['Korean', { kind: 'terms', lang: 'ko' }],
    ['번역어', { kind: 'terms', lang: 'ko' }],
    ['영어', { kind: 'terms', lang: 'en' }],
    ['zh-hant', { kind: 'terms', lang: 'zh-Hant' }],
    ['ZH_TW', { kind: 'terms', lang: 'zh-TW' }],
    ['zh_Hans', { kind: 'terms', lang: 'zh-Hans' }],
    ['English', { kind: 'terms', lang: 'en' }],
    ['Korean_word', { kind: 'terms', lang: 'ko' }],
    ['English_descr', { kind: 'definition', lang: 'en' }],
    ['中文', { kind: 'terms', lang: 'zh' }],
    ['한국어', { kind: 'terms', lang: 'ko' }],
    ['일본어', { kind: 'terms', lang: 'ja' }],
    ['Japanese', { kind: 'terms', lang: 'ja' }],
    ['kde', undefined],
    ['zh-TW', { kind: 'terms', lang: 'zh-TW' }],
    ['ja', { kind: 'terms', lang: 'ja' }],
    ['분류', { kind: 'concept', field: 'category' }],
    ['Definition', { kind: 'concept', field: 'definition' }],
    ['비고', { kind: 'concept', field: 'note' }],
    ['메모', { kind: 'concept', field: 'note' }],
    ['상태', { kind: 'concept', field: 'approval' }],
    ['출처', { kind: 'concept', field: 'source' }],
    ['id', { kind: 'concept', field: 'externalId' }],
    ['관용', { kind: 'detail', lang: 'ko', detail: 'established' }],
    ['ko:status', { kind: 'detail', lang: 'ko', detail: 'status' }],
    ['zh-Hant note', { kind: 'detail', lang: 'zh-Hant', detail: 'note' }],
    ['한국어 품사', { kind: 'detail', lang: 'ko', detail: 'partOfSpeech' }],
    ['en: part of speech', { kind: 'detail', lang: 'en', detail: 'partOfSpeech' }],
    ['Remarks', { kind: 'concept', field: 'note' }],
    ['foo', undefined],
    ['ko:colour', undefined],
  ];
  for (const [header, column] of cases) {
    it(`${JSON.stringify(header)} → ${column ? JSON.stringify(column) : 'unknown'}`, () => {
      assert.deepEqual(columnFor(header), column);
    });
  }

  it('reads back every header the CSV export writes', () => {
    for (const [, column] of cases) {
      if (column !== undefined) assert.deepEqual(columnFor(headerFor(column)), column);
    }
  });
});
