// The import preview names unnamed columns, scripts and warning places in the window's language
// (the core's "column 3" / "line 12" are the CLI's English).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import ko from '../../../../resources/locales/ko.json' with { type: 'json' };
import en from '../../../../resources/locales/en.json' with { type: 'json' };
import zh from '../../../../resources/locales/zh.json' with { type: 'json' };
import { choiceLabel, columnLabel, localizeWarning, scriptsLabel } from '../../../../renderer/src/glossary/importLabels.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: { ko: { translation: ko }, en: { translation: en }, zh: { translation: zh } }, lng: 'ko', interpolation: { escapeValue: false } });
const tIn = (lang: string) => i18n.getFixedT(lang);

test('an unnamed column kept as notes is named in the window language', () => {
  assert.equal(choiceLabel('note:column 3', tIn('ko')), '3열 (비고)');
  assert.equal(choiceLabel('note:column 3', tIn('zh')), '第 3 列（备注）');
  assert.equal(choiceLabel('note:column 3', tIn('en')), 'Column 3 (note)');
  assert.equal(choiceLabel('note:Remarks2', tIn('ko')), 'Remarks2 (비고)');
  assert.equal(columnLabel({ index: 1 }, tIn('zh')), '第 2 列');
  assert.equal(columnLabel({ index: 1, header: '中文' }, tIn('ko')), '中文');
});

test('warnings name their line, row and column in the window language', () => {
  const warning = 'line 1: column 4 "한국어" repeats an earlier column; kept as note lines';
  assert.equal(localizeWarning(warning, tIn('ko')), '1행: 4열 "한국어": 앞의 열과 머리글이 같아 비고로 보관했습니다');
  assert.equal(localizeWarning(warning, tIn('zh')), '第 1 行: 第 4 列“한국어”与前面的列重复，已作为备注保留');
  assert.equal(localizeWarning('sheet "용어" row 7: no term in the term columns; row skipped', tIn('ko')), '용어 · 7행: 용어 열에 용어가 없어 행을 건너뛰었습니다');
  // A warning of a kind not known here keeps its text; its place and columns are still translated.
  assert.equal(localizeWarning('row 7: column 2 holds something new', tIn('ko')), '7행: 2열 holds something new');
  // A column word inside the file's own text is not a place: only "column N" is.
  assert.equal(localizeWarning('line 3 (columnist 专栏作家): x', tIn('ko')), '3행 (columnist 专栏作家): x');
});

test('the scripts of a column read by script are named, most first', () => {
  assert.equal(scriptsLabel({ Hani: 7, Latn: 3 }, tIn('ko')), '문자: 한자 7 · 라틴 문자 3');
  assert.equal(scriptsLabel({ Hang: 8, Thai: 1 }, tIn('en')), 'written in: Hangul 8 · Thai 1');
});
