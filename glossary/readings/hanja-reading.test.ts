import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hanjaReading, initialSoundRule } from './hanja-reading.ts';

const WORDS: { zh: string; reading: string; person?: boolean; why: string }[] = [
  { zh: '專精特新', reading: '전정특신', why: 'traditional script' },
  { zh: '专精特新', reading: '전정특신', why: 'simplified script' },
  { zh: '揭榜制', reading: '게방제', why: 'plain readings' },
  { zh: '李克强', reading: '이극강', why: '두음법칙 리 → 이' },
  { zh: '两会', reading: '양회', why: '두음법칙 량 → 양' },
  { zh: '女性', reading: '여성', why: '두음법칙 녀 → 여' },
  { zh: '劳动', reading: '노동', why: '두음법칙 로 → 노' },
  { zh: '林则徐', reading: '임칙서', why: '두음법칙 림 → 임' },
  { zh: '诸葛亮', reading: '제갈량', why: 'no 두음법칙 inside the word' },
  { zh: '比率', reading: '비율', why: '률 after a vowel → 율' },
  { zh: '规律', reading: '규율', why: '률 after a vowel → 율' },
  { zh: '增长率', reading: '증장률', why: '률 after ㅇ stays' },
  { zh: '率先', reading: '솔선', why: '率 leading a word is 솔' },
  { zh: '统率', reading: '통솔', why: 'word exception from resources/readings-hanja.json' },
  { zh: '不动产', reading: '부동산', why: '不 before ㄷ is 부' },
  { zh: '不法', reading: '불법', why: '不 elsewhere is 불' },
  { zh: '干燥', reading: '건조', why: '干 here is 乾' },
  { zh: '干部', reading: '간부', why: '干 here is 幹' },
  { zh: '台湾', reading: '대만', why: '台 here is 臺' },
  { zh: '曾国藩', reading: '증국번', person: true, why: 'historical person' },
  { zh: '沈括', reading: '심괄', person: true, why: 'surname 沈 is 심' },
  { zh: '沈没', reading: '침몰', why: '沈 outside a surname is 침' },
  { zh: '两 会', reading: '양 회', why: 'a space starts a new word' },
];

for (const { zh, reading, person, why } of WORDS) {
  test(`${zh} reads ${reading} (${why})`, () => {
    assert.equal(hanjaReading(zh, { person }), reading);
  });
}

test('두음법칙 on single syllables', () => {
  const cases: [string, string][] = [
    ['리', '이'], ['류', '유'], ['려', '여'], ['례', '예'], ['료', '요'], ['량', '양'],
    ['녀', '여'], ['뇨', '요'], ['뉴', '유'], ['니', '이'],
    ['라', '나'], ['래', '내'], ['로', '노'], ['뢰', '뇌'], ['루', '누'], ['릉', '능'],
    ['나', '나'], ['가', '가'], ['전', '전'],
  ];
  for (const [input, output] of cases) assert.equal(initialSoundRule(input), output, input);
});
