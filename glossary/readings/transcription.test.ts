import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transcribe } from './transcription.ts';
import { suggest } from './suggest.ts';

// Heteronyms: the reading a place or a surname takes, not the character's most common one.
const READINGS: { zh: string; person?: boolean; pinyin: string; hangul: string }[] = [
  { zh: '重庆', pinyin: 'chóng qìng', hangul: '충칭' },
  { zh: '厦门', pinyin: 'xià mén', hangul: '샤먼' },
  { zh: '六安', pinyin: 'lù ān', hangul: '루안' },
  { zh: '长沙', pinyin: 'cháng shā', hangul: '창사' },
  { zh: '蚌埠', pinyin: 'bèng bù', hangul: '벙부' },
  // pinyin-pro reads these wrong; resources/readings-zh-pinyin.json corrects them.
  { zh: '乐清', pinyin: 'yuè qīng', hangul: '웨칭' },
  { zh: '喀什', pinyin: 'kā shí', hangul: '카스' },
  { zh: '洪洞县', pinyin: 'hóng tóng xiàn', hangul: '훙퉁셴' },
  { zh: '浙江乐清市', pinyin: 'zhè jiāng yuè qīng shì', hangul: '저장웨칭스' },
  // Surnames, in person mode only.
  { zh: '曾毅', person: true, pinyin: 'zēng yì', hangul: '쩡이' },
  { zh: '单霁翔', person: true, pinyin: 'shàn jì xiáng', hangul: '산지샹' },
  { zh: '种师道', person: true, pinyin: 'chóng shī dào', hangul: '충스다오' },
  { zh: '解振华', person: true, pinyin: 'xiè zhèn huá', hangul: '셰전화' },
  { zh: '曾经', pinyin: 'céng jīng', hangul: '청징' },
  { zh: '解放', pinyin: 'jiě fàng', hangul: '제팡' },
];

for (const { zh, person, pinyin, hangul } of READINGS) {
  test(`${zh}${person ? ' (person)' : ''} is read ${pinyin} → ${hangul}`, () => {
    const result = transcribe(zh, { person });
    assert.equal(result.pinyin.join(' '), pinyin);
    assert.equal(result.hangul.join(''), hangul);
  });
}

test('traditional and simplified spellings transcribe alike, whole words converted (乾隆 is qián)', () => {
  assert.deepEqual(transcribe('億華通'), transcribe('亿华通'));
  assert.deepEqual(transcribe('戴瓊海', { person: true }).hangul, ['다이', '충', '하이']);
  assert.deepEqual(transcribe('乾隆').pinyin, ['qián', 'lóng']);
  assert.deepEqual(transcribe('重慶').hangul, ['충', '칭']);
});

test('only Han characters get entries; other text stays in the suggestion as written', () => {
  assert.deepEqual(transcribe('TCL科技 2024'), { pinyin: ['kē', 'jì'], hangul: ['커', '지'] });
  const s = suggest('TCL科技', { category: 'company' });
  assert.equal(s.transcription, 'TCL커지');
  assert.equal(s.pinyin, 'TCL kē jì');
});

test('a character whose only reading is an interjection outside 표 5 is left as the character', () => {
  assert.deepEqual(transcribe('嗯').hangul, ['嗯']);
  // 呣 is mostly ḿ, but it also reads móu: that reading is used.
  assert.deepEqual(transcribe('呣').hangul, ['머우']);
});
