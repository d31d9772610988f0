// Names the text marks as persons, Korean persons and vessels, and the curated surname readings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import corrections from '../../resources/readings-zh-pinyin.json' with { type: 'json' };
import { chineseNumber, looksKoreanPerson, personTitleAt, splitVesselName } from './name-kinds.ts';
import { readPinyin } from './pinyin.ts';
import { suggest } from './suggest.ts';

test('a title after the name makes it a person: surname readings without --category', () => {
  const cases: [string, string, string][] = [
    ['解振华院士', '셰전화', 'xiè'],
    ['单霁翔院长', '산지샹', 'shàn'],
    ['曾毅研究员', '쩡이', 'zēng'],
    ['仇和书记', '추허', 'qiú'],
    ['区伟董事长', '어우웨이', 'ōu'],
    ['查良镛先生', '자량융', 'zhā'],
    ['乐嘉总经理', '웨자', 'yuè'],
  ];
  for (const [zh, ko, surname] of cases) {
    const s = suggest(zh);
    assert.equal(s.recommended, ko, zh);
    assert.equal(s.kind, 'person');
    assert.equal(s.pinyin.split(' ')[0], surname);
    assert.match(s.why.ko, /인명/);
  }
  // The title in the text after the name does the same.
  assert.equal(suggest('解振华', { after: '特使表示' }).recommended, '셰전화');
  // A title right before a two- or three-character name does too.
  const before = suggest('解振华', { before: '中国气候变化事务特使' });
  assert.equal(before.recommended, '셰전화');
  assert.match(before.why.ko, /앞에 오는 '特使'\(특사\)로 보아 인명/);
  assert.equal(suggest('单霁翔', { before: '故宫博物院原院长' }).recommended, '산지샹');
  assert.equal(suggest('曾毅', { before: '研究员' }).pinyin, 'zēng yì');
  // …but not a place, nor a longer term, after a title.
  assert.equal(suggest('海淀区', { before: '区长' }).recommended, '하이뎬구');
  assert.equal(suggest('解放思想', { before: '部长' }).kind, undefined);
  // Without a title, no category: the common reading (解 jiě).
  assert.equal(suggest('解振华').recommended, '제전화');
  assert.equal(personTitleAt('解振华院士', 3), '院士');
  assert.equal(personTitleAt('解振华表示', 3), undefined);
});

test('every curated surname is read so for a person, and has a source', () => {
  for (const [surname, entry] of Object.entries(corrections.surnames)) {
    assert.match(entry.source, /\S{8,}/u, `${surname} has a source`);
    const read = readPinyin(`${surname}明`, { person: true }).slice(0, [...surname].length).map((c) => c.pinyin).join(' ');
    assert.equal(read, entry.pinyin, surname);
  }
});

test('a Korean person written in Chinese gets the Korean name, not the Mandarin', () => {
  const park = suggest('朴槿惠');
  assert.equal(park.recommended, '박근혜');
  assert.equal(park.kind, 'korean-person');
  assert.equal(park.transcription, '퍄오진후이', 'the Mandarin is still shown');
  assert.match(park.why.ko, /한국인/);
  assert.equal(suggest('尹锡悦', { before: '韩国总统' }).recommended, '윤석열');
  assert.equal(suggest('李在明', { before: '据韩国媒体报道，' }).recommended, '이재명');
  // The glossary's Korean name wins.
  assert.equal(suggest('朴槿惠', { established: () => '박근혜 전 대통령' }).recommended, '박근혜 전 대통령');
  assert.ok(!looksKoreanPerson('李强') && !looksKoreanPerson('李强', '国务院总理'));
});

test('号 after a ship, spacecraft or satellite name is 호, its number in digits', () => {
  const cases: [string, string][] = [
    ['嫦娥六号', '창어 6호'],
    ['天问一号', '톈원 1호'],
    ['神舟十八号', '선저우 18호'],
    ['天宫二号', '톈궁 2호'],
    ['长征五号', '창정 5호'],
    ['墨子号', '모쯔호'],
    ['雪龙2号', '쉐룽 2호'],
    ['奋斗者号', '펀더우저호'],
  ];
  for (const [zh, ko] of cases) {
    assert.equal(suggest(zh).recommended, ko, zh);
    assert.equal(suggest(zh).kind, 'vessel');
  }
  assert.deepEqual(splitVesselName('嫦娥六号'), { name: '嫦娥', number: 6 });
  assert.equal(splitVesselName('号'), undefined);
  assert.deepEqual([chineseNumber('十'), chineseNumber('二十一'), chineseNumber('一百零五'), chineseNumber('十五')], [10, 21, 105, 15]);
});
