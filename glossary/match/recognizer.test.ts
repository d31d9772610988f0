import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IndexedConcept, Rendering } from '../checks/types.ts';
import { Automaton } from './automaton.ts';
import { buildRecognizer } from './recognizer.ts';

const ko = (text: string, status: Rendering['status'] = 'preferred'): Rendering => ({ text, status, established: false });

const glossary: IndexedConcept[] = [
  { id: 1, category: 'policy', zh: ['专精特新'], ko: [ko('전정특신')], note: null },
  { id: 2, category: 'place', zh: ['成都'], ko: [ko('청두'), ko('성도', 'deprecated')], note: null },
  { id: 3, category: 'place', zh: ['成都市'], ko: [ko('청두시')], note: null },
  { id: 4, category: 'company', zh: ['亿华通'], ko: [ko('이화퉁'), ko('위화퉁', 'forbidden')], note: null },
  { id: 5, category: 'company', zh: ['宁德时代', 'CATL'], ko: [ko('CATL'), ko('닝더스다이', 'admitted')], note: null },
  { id: 6, category: 'policy', zh: ['揭榜制'], ko: [ko('경쟁형 과제')], note: null },
  { id: 7, category: 'technology', zh: ['人工智能'], ko: [ko('인공지능')], note: null },
  { id: 8, category: 'technology', zh: ['人工'], ko: [ko('인공')], note: null },
  { id: 9, category: 'company', zh: ['智能'], ko: [ko('지능')], note: null },
];
const recognizer = buildRecognizer(glossary);

function sourceHits(text: string) {
  return recognizer.findInSource(text).map((h) => [h.text, h.conceptId, text.slice(h.start, h.end)]);
}

test('source terms match in either script and width, with offsets into the original', () => {
  const text = '支持「專精特新」企业，成都市和成都。ＣＡＴＬ与宁德时代';
  assert.deepEqual(sourceHits(text), [
    ['專精特新', 1, '專精特新'],
    ['成都市', 3, '成都市'],
    ['成都', 2, '成都'],
    ['ＣＡＴＬ', 5, 'ＣＡＴＬ'],
    ['宁德时代', 5, '宁德时代'],
  ]);
});

test('leftmost-longest, non-overlapping: the longer term wins and no hit overlaps another', () => {
  assert.deepEqual(sourceHits('发展人工智能'), [['人工智能', 7, '人工智能']]);
  // 人工 then 智能 only when the whole term is not there.
  assert.deepEqual(sourceHits('人工与智能'), [
    ['人工', 8, '人工'],
    ['智能', 9, '智能'],
  ]);
});

test('the automaton reports every occurrence, overlapping ones included', () => {
  const automaton = new Automaton(['ab', 'bcd', 'cd', 'd']);
  const seen: string[] = [];
  automaton.scan('abcd', (s, e, p) => seen.push(`${s}-${e}:${p}`));
  assert.deepEqual(seen.sort(), ['0-2:0', '1-4:1', '2-4:2', '3-4:3'].sort());
});

function draftHits(text: string) {
  return recognizer.findInDraft(text).map((h) => `${text.slice(h.start, h.end)}|${h.tail}|${h.conceptId}|${h.rendering.status}`);
}

test('draft renderings match as whole words followed by particles or a name suffix', () => {
  const cases: [string, string[]][] = [
    ['청두는 계획을 발표', ['청두|는|2|preferred']],
    ['청두의 산업', ['청두|의|2|preferred']],
    ['청두시는 발표했다', ['청두시|는|3|preferred']],
    ['청두에서는', ['청두|에서는|2|preferred']],
    ['청두리 마을', []],
    ['서청두 지역', []],
    ['전정특신(專精特新) 기업', ['전정특신||1|preferred']],
    ['전정특신기업을 지원', ['전정특신|기업을|1|preferred']],
    ['위화퉁과의 협력', ['위화퉁|과의|4|forbidden']],
    ['성도시 개발', ['성도|시|2|deprecated']],
    ['CATL의 투자, CATLX는 아님', ['CATL|의|5|preferred']],
    ['경쟁형 과제를 도입', ['경쟁형 과제|를|6|preferred']],
    ['인공지능 산업', ['인공지능||7|preferred']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(draftHits(text), expected, text);
});

test('conceptByZh folds the script', () => {
  assert.equal(recognizer.conceptByZh('專精特新')?.id, 1);
  assert.equal(recognizer.conceptByZh(' 成都 ')?.id, 2);
  assert.equal(recognizer.conceptByZh('北京'), undefined);
});

test('withConcept and withoutConcept overlay edits without a rebuild', () => {
  const edited = recognizer
    .withConcept({ id: 10, category: 'place', zh: ['北京'], ko: [ko('베이징')], note: null })
    .withConcept({ id: 2, category: 'place', zh: ['成都'], ko: [ko('청뚜')], note: null })
    .withoutConcept(7);
  assert.deepEqual(
    edited.findInSource('北京和成都发展人工智能').map((h) => [h.text, h.conceptId]),
    [['北京', 10], ['成都', 2], ['人工', 8], ['智能', 9]],
  );
  assert.deepEqual(edited.findInDraft('청뚜와 청두').map((h) => h.conceptId), [2]);
  assert.equal(edited.concept(7), undefined);
  assert.equal(edited.conceptByZh('成都')?.ko[0]?.text, '청뚜');
  assert.equal(edited.overlaySize, 3);
  // The original is untouched.
  assert.equal(recognizer.concept(7)?.id, 7);
});

test('a concept removed without any addition is gone from lookups and scans', () => {
  const removed = recognizer.withoutConcept(2);
  assert.equal(removed.concept(2), undefined);
  assert.equal(removed.concept(3)?.id, 3);
  assert.deepEqual(removed.findInSource('成都市和成都').map((h) => h.conceptId), [3]);
});

test('preparing the draft indexes ahead changes no result', () => {
  const fresh = buildRecognizer(glossary);
  fresh.prepareDraftIndexes();
  const text = '청두시는 위화퉁과 궈푸칭녕';
  assert.deepEqual(fresh.findInDraft(text), recognizer.findInDraft(text));
  assert.deepEqual(fresh.nearRenderings('이화통').map((e) => e.conceptId), [4]);
});
