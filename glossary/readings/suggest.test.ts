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

test('every explanation comes in Korean, English and Chinese, and its Korean particles agree with the word', () => {
  const cases: [string, Parameters<typeof suggest>[1]][] = [
    ['戴琼海', { category: 'person' }],
    ['曾国藩', { category: 'person', historical: true }],
    ['长安', { category: 'place', historical: true }],
    ['乌兰察布', { category: 'place' }],
    ['合源锂创', { category: 'company' }],
    ['专精特新', { category: 'policy' }],
    ['亿华通', {}],
    ['会稽', { historical: true }],
    ['香港', { category: 'place', established }],
    ['朴槿惠', {}],
    ['解振华院士', {}],
    ['海淀区', {}],
    ['嫦娥六号', {}],
  ];
  for (const [zh, options] of cases) {
    const { why } = suggest(zh, options);
    for (const text of [why.ko, why.en, why.zh]) assert.ok(text.length > 10, `${zh}: ${text}`);
    assert.match(why.zh, /[\u4e00-\u9fff]{4}/u, `${zh}: the Chinese explanation is Chinese`);
    assert.doesNotMatch(why.ko, /\((으|이)\)|은\(는\)|을\(를\)|이\(가\)|와\(과\)/u, `${zh}: ${why.ko}`);
  }
  // The particle follows the Sino-Korean reading of the quoted word: 현 and 부장 end in a
  // consonant (은, 으로), 시, 구 and 원사 in a vowel (는, 로).
  assert.match(suggest('长兴县').why.ko, /'县'은 한자음 '현'으로 붙입니다/);
  assert.match(suggest('义乌市').why.ko, /'市'는 한자음 '시'로 붙입니다/);
  assert.match(suggest('海淀区').why.ko, /'区'는 한자음 '구'로 붙입니다/);
  assert.match(suggest('广西壮族自治区').why.ko, /'自治区'는 한자음 '자치구'로/);
  assert.match(suggest('解振华院士').why.ko, /'院士'\(원사\)로 보아 인명입니다/);
  assert.match(suggest('王刚部长').why.ko, /'部长'\(부장\)으로 보아 인명입니다/);
  assert.match(suggest('单霁翔', { after: '教授指出' }).why.ko, /'教授'\(교수\)로 보아/);
  assert.match(suggest('海淀区').why.zh, /"区"按汉字音读作"구"/);
});
