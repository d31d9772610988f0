import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from './suggest.ts';

const ESTABLISHED: Record<string, string> = { 香港: '홍콩', 澳门: '마카오', 孔子: '공자', 阿里巴巴: '알리바바' };
const established = (zh: string) => ESTABLISHED[zh];

test('a modern person gets the official transcription, with the rule named', () => {
  const s = suggest('戴琼海', { category: 'person' });
  assert.equal(s.pinyin, 'dài qióng hǎi');
  assert.equal(s.transcription, '다이충하이');
  assert.equal(s.hanjaReading, '대경해');
  assert.equal(s.recommended, '다이충하이');
  assert.match(s.why.ko, /현대 중국 인명/);
  assert.match(s.why.en, /modern Chinese person/);
  assert.equal(s.established, undefined);
});

test('a policy term gets the Hanja reading and a note that a translation may be better', () => {
  for (const zh of ['专精特新', '專精特新']) {
    const s = suggest(zh, { category: 'policy' });
    assert.equal(s.recommended, '전정특신');
    assert.equal(s.transcription, '좐징터신');
    assert.match(s.why.ko, /번역/);
    assert.match(s.why.en, /translation may/);
  }
  assert.equal(suggest('揭榜制', { category: 'program' }).recommended, '게방제');
  assert.equal(suggest('人工智能', { category: 'technology' }).recommended, '인공지능');
});

test('established glossary usage overrides the rules', () => {
  const cases: [string, string, 'person' | 'place' | 'company', string][] = [
    ['孔子', '공자', 'person', '쿵쯔'],
    ['香港', '홍콩', 'place', '샹강'],
    ['澳门', '마카오', 'place', '아오먼'],
    ['阿里巴巴', '알리바바', 'company', '아리바바'],
  ];
  for (const [zh, ko, category, rule] of cases) {
    const s = suggest(zh, { category, established });
    assert.equal(s.recommended, ko);
    assert.equal(s.established, ko);
    assert.equal(s.transcription, rule, 'the rule output is still shown');
    assert.match(s.why.ko, /관용/);
  }
  assert.equal(suggest('深圳', { category: 'place', established }).established, undefined);
});

test('a person before 1911 gets the Hanja reading; 曾 as a surname is zēng', () => {
  const old = suggest('曾国藩', { category: 'person', historical: true });
  assert.equal(old.recommended, '증국번');
  assert.equal(old.transcription, '쩡궈판');
  assert.match(old.why.ko, /1911/);
  const modern = suggest('曾毅', { category: 'person' });
  assert.equal(modern.recommended, '쩡이');
  assert.equal(modern.pinyin, 'zēng yì');
  assert.equal(suggest('李白', { category: 'person', historical: true }).recommended, '이백');
});

test('单 as a surname is shàn; outside a name it is dān', () => {
  assert.equal(suggest('单霁翔', { category: 'person' }).recommended, '산지샹');
  assert.equal(suggest('单县', { category: 'place' }).recommended, '산현', 'a county of the gazetteer: 县 read 현');
  assert.equal(suggest('单县', { category: 'place' }).transcription, '산셴');
  assert.equal(suggest('单位', { category: 'other' }).transcription, '단웨이');
});

test('places and companies of modern China are transcribed; a historical place takes the Hanja reading', () => {
  assert.equal(suggest('乌兰察布', { category: 'place' }).recommended, '우란차부');
  assert.equal(suggest('合源锂创', { category: 'company' }).recommended, '허위안리촹');
  const changan = suggest('长安', { category: 'place', historical: true });
  assert.equal(changan.recommended, '장안');
  assert.match(changan.why.en, /historical place/);
});

test('without a category the name is transcribed and the Hanja reading is offered for terms', () => {
  const s = suggest('亿华通');
  assert.equal(s.recommended, '이화퉁');
  assert.match(s.why.ko, /억화통을 쓰세요/);
});
