import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fold } from '../text/fold.ts';
import { parseIssueText } from './parse-text.ts';
import { extractPairs, mergePairs, pairsInText } from './pairs.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const issue = parseIssueText('kostec-weekly-2024-06-21.txt', readFileSync(SAMPLE, 'utf8'));

const cases: [string, string, [string, string][]][] = [
  ['plain transcription', '이중 광시(廣西)를 제외한', [['광시', '廣西']]],
  ['space before the parenthesis', 'CATL, BYD, 이치자동차 (一汽), 상하이자동차(上汽)', [['이치자동차', '一汽'], ['상하이자동차', '上汽']]],
  ['text after the parenthesis is not part of it', '웨이란(卫蓝)신에너지, **장이후이(張一慧)교수**', [['웨이란', '卫蓝'], ['장이후이', '張一慧']]],
  ['province suffix the Chinese lacks', '쓰촨성(四川), 구이저우성(貴州)', [['쓰촨', '四川'], ['구이저우', '貴州']]],
  ['suffix kept when the Chinese has it', '쓰촨성(四川省) 디지털, 우허우구 (武侯區)', [['쓰촨성', '四川省'], ['우허우구', '武侯區']]],
  ['a final 시 that is part of the name stays', '산시성(陝西), 산시(陝西)', [['산시', '陝西'], ['산시', '陝西']]],
  ['several words for a longer Chinese name', "'스마트 융합(超智融合)' 컴퓨팅, 경쟁형 과제(揭榜制)", [['스마트 융합', '超智融合'], ['경쟁형 과제', '揭榜制']]],
  ['Hangul with Latin and digits', '5G기지국(5G基站) 구축', [['5G기지국', '5G基站']]],
  ['parentheses without Chinese are not pairs', '1700억 위안(32조 원), 연구개발(R&D), (6.4), 전고체전지(신장·新疆)', []],
  ['Chinese before the parenthesis is not a pair', '三年行动计划(2024—2026年), 12省(市)', []],
];
for (const [name, text, expected] of cases) {
  test(`pairs: ${name}`, () => {
    assert.deepEqual(pairsInText(text).map((p) => [p.hangul, p.hanzi]), expected);
  });
}

test('every pair of the sample, with issue, article and line', () => {
  const pairs = extractPairs(issue);
  assert.equal(pairs.length, 62);
  assert.deepEqual(pairs.find((p) => p.hanzi === '亿華通'), {
    hangul: '위화퉁', hanzi: '亿華通', issue: '2024-06-21', article: '국가발전개혁위, 서부지역 수소에너지 장려 산업 목록 신규 공개', line: 58,
  });
  assert.deepEqual(pairs.filter((p) => p.hanzi === '一汽').map((p) => [p.article, p.line]), [
    ['요약', 35], ['중국, 전고체 배터리 연구개발(R&D)에 1조 원 투자', 190], ['중국, 전고체 배터리 연구개발(R&D)에 1조 원 투자', 199],
  ]);
  assert.deepEqual(pairs.find((p) => p.hanzi === '沈星星')?.line, 340);
});

test('pairs from plain text carry line numbers and no article', () => {
  assert.deepEqual(extractPairs('첫 줄\n위화퉁(亿华通)과 전정특신(专精特新)'), [
    { hangul: '위화퉁', hanzi: '亿华通', issue: null, article: null, line: 2 },
    { hangul: '전정특신', hanzi: '专精特新', issue: null, article: null, line: 2 },
  ]);
});

test('merge with the glossary: known pairs confirmed, new proposed, other Hangul in conflict', () => {
  const glossary = new Map<string, string[]>([
    [fold('亿华通'), ['위화퉁']], // the issue writes 亿華通 (traditional 華): same entry
    [fold('专精特新'), ['전정 특신']], // spacing differs only
    [fold('四川'), ['쓰촨성']], // the issue writes 쓰촨: a conflict
  ]);
  const merged = mergePairs(extractPairs(issue), (key) => glossary.get(key) ?? []);
  assert.deepEqual(merged.confirmed.map((p) => p.hangul).sort(), ['위화퉁', '전정특신'].sort());
  assert.deepEqual(merged.conflicts.map((c) => [c.hangul, c.hanzi, c.glossaryKo]), [['쓰촨', '四川', ['쓰촨성']]]);
  assert.equal(merged.proposed.length + merged.confirmed.length + merged.conflicts.length, 54);
  const yiqi = merged.proposed.find((p) => p.hanzi === '一汽')!;
  assert.equal(yiqi.occurrences.length, 3);
  assert.deepEqual(yiqi.entry, {
    approval: 'proposed',
    sourceIssue: '2024-06-21',
    note: 'from 요약 (line 35)',
    terms: [{ lang: 'zh', text: '一汽' }, { lang: 'ko', text: '이치자동차' }],
  });
});

test('the same Chinese written with two Hangul forms in one issue is a conflict for a reviewer', () => {
  const merged = mergePairs(extractPairs('궈푸(國富)수소에너지\n궈후(国富) 설비'), () => []);
  assert.deepEqual(merged.proposed, []);
  assert.deepEqual(merged.conflicts.map((c) => [c.hangul, c.issueKo, c.occurrences[0]!.line]), [
    ['궈푸', ['궈후'], 1],
    ['궈후', ['궈푸'], 2],
  ]);
});
