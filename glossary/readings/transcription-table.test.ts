import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { TABLE_PATH, tableJson } from './generate-table.ts';
import { transcribeSyllable } from './transcription.ts';

const file = JSON.parse(fs.readFileSync(TABLE_PATH, 'utf8')) as { syllables: Record<string, string> };

// Cells of 표 5 and the syllables 제7절 treats specially, straight from the committed JSON.
const CELLS: [string, string][] = [
  ['zhi', '즈'], ['chi', '츠'], ['shi', '스'], ['ri', '르'], ['zi', '쯔'], ['ci', '츠'], ['si', '쓰'],
  ['jia', '자'], ['jie', '제'], ['jiu', '주'], ['jiao', '자오'], ['jiang', '장'], ['jiong', '중'],
  ['qia', '차'], ['qie', '체'], ['qiu', '추'], ['qiong', '충'],
  ['xia', '샤'], ['xie', '셰'], ['xiu', '슈'], ['xiong', '슝'],
  ['lian', '롄'], ['tian', '톈'], ['jian', '젠'], ['bian', '볜'], ['nian', '녠'], ['yan', '옌'],
  ['tie', '톄'], ['lie', '례'], ['ye', '예'],
  ['quan', '취안'], ['juan', '쥐안'], ['xuan', '쉬안'], ['yuan', '위안'],
  ['xue', '쉐'], ['jue', '줴'], ['yue', '웨'], ['lüe', '뤠'], ['nüe', '눼'],
  ['ju', '쥐'], ['qu', '취'], ['xu', '쉬'], ['yu', '위'], ['lü', '뤼'], ['nü', '뉘'],
  ['jun', '쥔'], ['yun', '윈'],
  ['dong', '둥'], ['hong', '훙'], ['zhong', '중'], ['song', '쑹'], ['rong', '룽'], ['weng', '웡'], ['yong', '융'],
  ['gui', '구이'], ['hui', '후이'], ['zhui', '주이'], ['sui', '쑤이'], ['wei', '웨이'],
  ['dun', '둔'], ['kun', '쿤'], ['sun', '쑨'], ['wen', '원'],
  ['guo', '궈'], ['zuo', '쭤'], ['suo', '쒀'], ['luo', '뤄'], ['wo', '워'],
  ['zhuang', '좡'], ['chuang', '촹'], ['shuang', '솽'], ['guan', '관'], ['tuan', '퇀'],
  ['zhou', '저우'], ['sou', '써우'], ['ou', '어우'], ['you', '유'], ['liu', '류'],
  ['re', '러'], ['ze', '쩌'], ['e', '어'], ['ê', '에'], ['er', '얼'], ['yo', '요'],
  ['ai', '아이'], ['ei', '에이'], ['zei', '쩨이'], ['ao', '아오'], ['an', '안'], ['en', '언'], ['ang', '앙'], ['eng', '엉'],
  ['fo', '포'], ['fu', '푸'], ['za', '짜'], ['ca', '차'], ['sa', '싸'],
];

test('표 5 cells and the 제7절 rules are in the committed table', () => {
  for (const [syllable, hangul] of CELLS) {
    assert.equal(file.syllables[syllable], hangul, `${syllable} should be ${hangul}`);
  }
});

test('the committed table is exactly what the generator derives from 표 5 (no hand edits drift)', () => {
  assert.equal(fs.readFileSync(TABLE_PATH, 'utf8'), tableJson());
  assert.ok(Object.keys(file.syllables).length >= 400, 'all ~410 syllables of standard Mandarin');
});

test('every reading pinyin-pro knows for a CJK character is in the table, except interjections', () => {
  const interjections = new Set(['m', 'n', 'ng', 'hm', 'hng']);
  const missing = new Set<string>();
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    for (const reading of pinyin(ch, { toneType: 'none', multiple: true, type: 'array' })) {
      if (reading && reading !== ch && !interjections.has(reading) && !(reading in file.syllables)) missing.add(reading);
    }
  }
  assert.deepEqual([...missing], []);
});

test('transcribeSyllable accepts tone marks, tone digits and ü written v or u:', () => {
  const cases: [string, string][] = [
    ['quan', '취안'], ['quán', '취안'], ['QUAN2', '취안'], ['lüè', '뤠'], ['lve', '뤠'], ['lu:e4', '뤠'],
    ['nv3', '뉘'], ['jv', '쥐'], ['xuě', '쉐'], ['zhuāng', '좡'], ['ér', '얼'],
  ];
  for (const [input, hangul] of cases) assert.equal(transcribeSyllable(input), hangul, input);
});

test('transcribeSyllable throws on what is not a Mandarin syllable, naming it', () => {
  for (const input of ['bue', 'xa', 'ng', '', 'seoul']) {
    assert.throws(() => transcribeSyllable(input), new RegExp(`not a Mandarin syllable: ${JSON.stringify(input)}`));
  }
});

// lüe/nüe settled against 표 5 (외래어 표기법 제2장 표 5 "중국어의 발음 부호와 한글 대조표",
// 문화체육관광부 고시 제2017-14호; read as reproduced in ko.wikipedia "중국어의 한글 표기" and the
// namu.wiki page "외래어 표기법/중국어", 2.1): the final ㄩㄝ (pinyin yue / üe) has one Hangul form,
// 웨, and an initial takes the place of its ㅇ as for every other final (ㄌ+웨 뤠, ㄋ+웨 눼; 略 lüè 뤠,
// 虐 nüè 눼). Nothing in the table writes the ü medial as a syllable of its own: 뤼에/뉘에 are the
// split spellings the transcription check reports (split-spellings.ts), like 쉬에 for 쉐.
test('lüe and nüe are 뤠 and 눼 (표 5: ㄩㄝ 웨), and 뤼에/뉘에 are split spellings', async () => {
  const { splitSpellings } = await import('./split-spellings.ts');
  assert.equal(transcribeSyllable('lüè'), '뤠');
  assert.equal(transcribeSyllable('nüè'), '눼');
  assert.equal(transcribeSyllable('yuè'), '웨');
  assert.deepEqual(splitSpellings('lüè'), ['뤼에']);
  assert.deepEqual(splitSpellings('nüè'), ['뉘에']);
});
