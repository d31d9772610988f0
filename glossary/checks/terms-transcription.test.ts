import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { runChecks } from './engine.ts';
import { transcriptionFamily } from './terms-transcription.ts';
import { testRecognizer } from './terms-test-glossary.ts';
import { buildRecognizer } from '../match/index.ts';

const recognizer = testRecognizer();

function check(draft: string, r = recognizer) {
  return runChecks([transcriptionFamily], { draft, sources: [], recognizer: r, archive: [] }).map(
    (f) => `${f.text}→${f.suggestion}`,
  );
}

test('transcription: transliterated names that depart from 외래어 표기법 표 5', () => {
  const cases: [string, string[]][] = [
    // Not in the glossary, transliterated: checked.
    ['중커부하이(中科富海)', ['중커부하이→중커푸하이']],
    ['진강구(錦江區)', ['진강→진장']],
    ['우란차브(乌兰察布)', ['우란차브→우란차부']],
    ['룽지칭넝(隆基氫能), 주룽장(九龙江), 충칭(重慶)', []],
    // Suffixes on either side, or a Korean word added: the name part is compared.
    ['쓰촨성(四川省), 구이저우성(貴州), 펑페이그룹(鵬飛集團)', []],
    // Hanja readings and translations are not transcriptions: not checked.
    ['서수동송(西氢东送), 은력동력(恩力動力), 관성동치(冠盛東馳)', []],
    ['티베트(西藏)', []],
    // A transcribed name with a generic tail read in Hanja (建設 건설) is a company-name pattern.
    ['중지건설(中機建設)', []],
    ['중지젠설(中機建設)', ['중지젠설→중지젠서']],
    // Glossary spellings that are not allowed (위화퉁 is forbidden) are term-forbidden's finding.
    ['위화퉁(亿華通)', []],
    // Established glossary renderings are exempt (香港 → 홍콩, 上汽 → 상하이자동차).
    ['홍콩(香港), 상하이자동차(上汽)', []],
    // A policy concept's Hanja reading is fine.
    ['전정특신(專精特新)', []],
  ];
  for (const [draft, expected] of cases) assert.deepEqual(check(draft), expected, draft);
});

test('transcription: a glossary rendering that departs and is not marked established is flagged', () => {
  const r = buildRecognizer([
    { id: 1, category: 'place', zh: ['成都'], ko: [{ text: '성도', status: 'preferred', established: false }], note: null },
    { id: 2, category: 'policy', zh: ['西氢东送'], ko: [{ text: '서수동송', status: 'preferred', established: false }], note: null },
  ]);
  assert.deepEqual(check('성도(成都)', r), ['성도→청두']);
  assert.deepEqual(check('서수동송(西氢东送)', r), []);
});

test('transcription: the message shows the pinyin of each departing character', () => {
  const [finding] = runChecks([transcriptionFamily], { draft: '- 1\t위화퉁(亿華通)\t수소', sources: [], recognizer: buildRecognizer([]), archive: [] });
  assert.equal(finding?.message.en, "'위화퉁' (亿華通) departs from the official transcription '이화퉁' (亿 yì → 이).");
  // Particles agree with the words (퉁은, 퉁과), never 은(는)/와(과); the Chinese UI has its own text.
  assert.equal(finding?.message.ko, "亿華通의 '위화퉁'은 외래어 표기법에 따른 '이화퉁'과 다릅니다(亿 yì → 이).");
  assert.equal(finding?.message.zh, "'위화퉁'（亿華通）与外来语标记法的'이화퉁'不同（亿 yì → 이）。");
  assert.equal(finding?.severity, 'warning');
  assert.equal(finding?.column, 5);
});

test('transcription: the sample issue yields its known slips', () => {
  const sample = fs.readFileSync(new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url), 'utf8');
  assert.deepEqual(check(sample, buildRecognizer([])), [
    '위화퉁→이화퉁',
    '충수→충쑤',
    '궈푸칭녕→궈푸칭넝',
    '중커부하이→중커푸하이',
    '우란차브→우란차부',
    '진강→진장',
    // The colophon's address writes 북경시 where the articles write 베이징: one text, two spellings.
    '북경→베이징',
  ]);
});

// Press habits that split one official syllable into two (지엔/젠, 시아/샤, 리우/류, 쉬에/쉐, 지앙/장,
// 티엔/톈, 시에/셰, 니우/뉴): aligned by pinyin syllable and reported with the syllable meant.
test('transcription: one syllable written as two is flagged, with the official syllable', () => {
  const cases: [string, string[]][] = [
    ['덩시아오핑(邓小平)', ['덩시아오핑→덩샤오핑']],
    ['리우허(刘鹤) 부총리', ['리우허→류허']],
    ['시에전화(解振华) 특사', ['시에전화→셰전화']],
    ['쉬에치(薛其)', ['쉬에치→쉐치']],
    ['지앙쩌민(江泽民)', ['지앙쩌민→장쩌민']],
    ['티엔진(天津)', ['티엔진→톈진']],
    ['니우란(牛兰)', ['니우란→뉴란']],
    ['시진핑(习近平), 리지엔궈(李建国)', ['리지엔궈→리젠궈']],
    // The official spellings pass.
    ['덩샤오핑(邓小平), 류허(刘鹤), 셰전화(解振华), 장쩌민(江泽民), 톈진(天津), 뉴란(牛兰)', []],
  ];
  for (const [draft, expected] of cases) assert.deepEqual(check(draft, buildRecognizer([])), expected, draft);
});

test('transcription: a division of the gazetteer in its Sino-Korean reading departs; 州 stays in the name', () => {
  assert.deepEqual(check('항주(杭州)', buildRecognizer([])), ['항주→항저우']);
  assert.deepEqual(check('항저우(杭州), 항저우시(杭州市)', buildRecognizer([])), []);
});

test('transcription: the same place spelt two ways in one text (州 주/저우, 京 경/징)', () => {
  const r = buildRecognizer([]);
  assert.deepEqual(check('항저우(杭州)의 기업과 항주의 대학', r), ['항주→항저우']);
  assert.deepEqual(check('난징(南京)에서 만난 남경 사람', r), ['남경→난징']);
  const [mixed] = runChecks([transcriptionFamily], { draft: '베이징(北京)과 북경', sources: [], recognizer: r, archive: [] });
  assert.equal(mixed?.message.ko, "'북경'은 같은 글에 나오는 北京의 '베이징'과 같은 곳입니다. 한 가지 표기('베이징')로 통일하세요.");
  assert.equal(mixed?.message.zh, "'북경'与本文其他处的'베이징'（北京）是同一地方，请统一写作'베이징'。");
  // One spelling alone is no inconsistency; a Korean city (광주 Gwangju) is not 广州.
  assert.deepEqual(check('북경 대학', r), []);
  assert.deepEqual(check('광저우(广州)와 광주과학기술원', r), []);
});

test('transcription: a title after the name in a source makes it a person (解 Xiè, 单 Shàn)', () => {
  const run = (draft: string, sources: string[]) =>
    runChecks([transcriptionFamily], { draft, sources, recognizer: buildRecognizer([]), archive: [] }).map((f) => `${f.text}→${f.suggestion}`);
  // 제전화 follows 解 jiě; the source says 解振华 is a person (特使), so 解 is Xiè: 셰.
  assert.deepEqual(run('제전화(解振华) 특사', ['气候变化事务特使解振华特使表示']), ['제전화→셰전화']);
  assert.deepEqual(run('셰전화(解振华) 특사', ['解振华特使表示']), []);
});

test('transcription: a Chinese person read in Sino-Korean departs from the house style (왕지강 → 왕즈강)', () => {
  const run = (draft: string, sources: string[]) =>
    runChecks([transcriptionFamily], { draft, sources, recognizer: buildRecognizer([]), archive: [] }).map((f) => `${f.text}→${f.suggestion}`);
  // Some Korean papers write 王志刚 as 왕지강 (all Hanja readings); the source's title before the
  // name (原部长王志刚) says it is a person, and the bulletin writes persons by the official table.
  assert.deepEqual(run('왕지강(王志刚) 前 과학기술부 부장', ['科技部原部长王志刚出席并发言。']), ['왕지강→왕즈강']);
  assert.deepEqual(run('왕즈강(王志刚) 前 과학기술부 부장', ['科技部原部长王志刚出席并发言。']), []);
  // No sign of a person: a Hanja reading stays a choice of system, not checked.
  assert.deepEqual(run('왕지강(王志刚)', []), []);
  // A Korean written in Chinese keeps the Korean reading.
  assert.deepEqual(run('박근혜(朴槿惠) 前 대통령', ['韩国前总统朴槿惠访华。']), []);
});
