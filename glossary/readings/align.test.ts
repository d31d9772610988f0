import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignRendering } from './align.ts';

const ALIGNED: { hangul: string; hanzi: string; parts: string[]; why: string }[] = [
  { hangul: '취안저우', hanzi: '泉州', parts: ['취안', '저우'], why: 'two-syllable transcriptions' },
  { hangul: '위안룽핑', hanzi: '袁隆平', parts: ['위안', '룽', '핑'], why: '위안 is one character' },
  { hangul: '자오러지', hanzi: '赵乐际', parts: ['자오', '러', '지'], why: '자오 is one character' },
  { hangul: '하이얼', hanzi: '海尔', parts: ['하이', '얼'], why: '아이 final' },
  { hangul: '저우훙이', hanzi: '周鸿祎', parts: ['저우', '훙', '이'], why: '어우 final' },
  { hangul: '전정특신', hanzi: '專精特新', parts: ['전', '정', '특', '신'], why: 'Hanja reading, traditional' },
  { hangul: '심괄', hanzi: '沈括', parts: ['심', '괄'], why: 'surname reading of 沈' },
  { hangul: '이극강', hanzi: '李克强', parts: ['이', '극', '강'], why: 'Hanja reading with 두음법칙' },
  { hangul: '홍멍', hanzi: '鸿蒙', parts: ['홍', '멍'], why: 'Hanja reading and transcription mixed' },
  { hangul: '위화퉁', hanzi: '亿華通', parts: ['위', '화', '퉁'], why: 'one character written off the rules' },
  { hangul: '충칭', hanzi: '重庆', parts: ['충', '칭'], why: 'the less common reading of 重' },
  { hangul: '궈푸칭녕', hanzi: '國富氫能', parts: ['궈', '푸', '칭', '녕'], why: 'a misspelt syllable (넝) still aligns' },
  { hangul: '우란차브', hanzi: '乌兰察布', parts: ['우', '란', '차', '브'], why: 'a misspelt syllable (부) still aligns' },
  { hangul: '관성동치', hanzi: '冠盛東馳', parts: ['관', '성', '동', '치'], why: 'Hanja reading of a company' },
  { hangul: '진강구', hanzi: '锦江区', parts: ['진', '강', '구'], why: 'transcription and Hanja mixed' },
  { hangul: '칭하이성', hanzi: '靑海', parts: ['칭', '하이'], why: 'a Korean 성 the Chinese leaves out' },
  { hangul: '쓰촨성', hanzi: '四川省', parts: ['쓰', '촨', '성'], why: '성 for 省 when the Chinese has it' },
  { hangul: '쯔광 그룹', hanzi: '紫光', parts: ['쯔', '광'], why: 'a Korean 그룹 the Chinese leaves out' },
  { hangul: 'TCL커지', hanzi: 'TCL科技', parts: ['커', '지'], why: 'Latin letters matched as written' },
  { hangul: '베이징 대학', hanzi: '北京大学', parts: ['베이', '징', '대', '학'], why: 'space ignored, Hanja for 大学' },
];

for (const { hangul, hanzi, parts, why } of ALIGNED) {
  test(`${hangul} / ${hanzi}: ${parts.join(' · ')} (${why})`, () => {
    const aligned = alignRendering(hangul, hanzi);
    assert.ok(aligned, 'an alignment exists');
    assert.deepEqual(aligned.map((a) => a.char), [...hanzi].filter((c) => /\p{Script=Han}/u.test(c)));
    assert.deepEqual(aligned.map((a) => a.hangul), parts);
  });
}

test('no alignment for a translation, an established exception or impossible syllable counts', () => {
  assert.equal(alignRendering('경쟁형 과제', '揭榜制'), null);
  assert.equal(alignRendering('홍콩', '香港'), null);
  // 에너지 translates 能源: it is not a misspelling of 넝위안.
  assert.equal(alignRendering('리쯔에너지', '離子能源'), null);
  assert.equal(alignRendering('시', '西安'), null);
  assert.equal(alignRendering('', '西安'), null);
  assert.equal(alignRendering('시안', 'Xi’an'), null);
  assert.equal(alignRendering('간쑤성성', '甘肃'), null);
});

test('the same character written differently in two names is visible per character', () => {
  const a = alignRendering('훙멍', '鸿蒙')!;
  const b = alignRendering('저우훙이', '周鸿祎')!;
  const c = alignRendering('홍하이', '鸿海')!;
  const of = (list: { char: string; hangul: string }[]) => list.find((x) => x.char === '鸿')!.hangul;
  assert.deepEqual([of(a), of(b), of(c)], ['훙', '훙', '홍']);
});
