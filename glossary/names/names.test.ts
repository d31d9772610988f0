import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fold } from '../text/fold.ts';
import { extractNames } from './extract.ts';
import { isPlaceName, placeReading, splitPlace } from './places.ts';
import { namesToAdd } from './recommend.ts';

const dataDir = new URL('./test-data/', import.meta.url);
const gold = JSON.parse(fs.readFileSync(new URL('gold.json', dataDir), 'utf8')) as Record<string, (string | string[])[]>;

test('people by title and surname, places by suffix, organisations by suffix, each with its category', () => {
  const text = '中国科学院院士戴琼海在北京出席会议。科技部部长阴和俊表示，清华大学与四川省成都市合作。李强总理主持会议。该公司全部业务的格局未变。';
  const found = new Map(extractNames(text).map((n) => [n.zh, n.category]));
  assert.equal(found.get('戴琼海'), 'person'); // not 戴 + the place 琼海
  assert.equal(found.get('阴和俊'), 'person');
  assert.equal(found.get('李强'), 'person');
  assert.equal(found.get('中国科学院'), 'organization');
  assert.equal(found.get('科技部'), 'organization');
  assert.equal(found.get('清华大学'), 'organization');
  assert.equal(found.get('四川省'), 'place');
  assert.equal(found.get('成都市'), 'place');
  assert.equal(found.has('琼海'), false);
  // Common words ending like names are not names.
  for (const common of ['该公司', '全部', '格局', '公司', '会议']) assert.equal(found.has(common), false, common);
});

test('places: the administrative suffix decides, and is read in Sino-Korean', () => {
  assert.equal(isPlaceName('海淀区'), true);
  assert.equal(isPlaceName('示范区'), false);
  assert.equal(isPlaceName('城市'), false);
  assert.deepEqual(splitPlace('上海市浦东新区'), ['上海市', '浦东新区']);
  assert.equal(placeReading('成都市'), '청두시');
  assert.equal(placeReading('海淀区'), '하이뎬구');
});

test('places: the gazetteer knows divisions without their suffix and gives their official Korean form', () => {
  assert.equal(isPlaceName('义乌'), true, 'short form of 义乌市');
  assert.equal(isPlaceName('琼海'), true);
  assert.equal(placeReading('浙江'), '저장');
  assert.equal(placeReading('浙江省'), '저장성');
  assert.equal(placeReading('浦东新区'), '푸둥신구');
  assert.equal(placeReading('广西壮族自治区'), '광시좡족자치구');
  // Outside the gazetteer (a town), the suffix rule still reads the name.
  assert.equal(placeReading('周庄镇'), '저우좡진');
});

test('names the glossary has are left out unless all are asked for; each has its Korean forms and count', () => {
  const text = '戴琼海说，清华大学和清华大学的学生。';
  const known = new Set([fold('清華大學')]);
  const missing = namesToAdd(text, (k) => known.has(k));
  assert.deepEqual(missing.names.map((n) => n.zh), ['戴琼海']);
  assert.deepEqual(missing.names[0], { zh: '戴琼海', category: 'person', recommended: '다이충하이', transcription: '다이충하이', hanjaReading: missing.names[0]!.hanjaReading, known: false, count: 1 });
  const all = namesToAdd(text, (k) => known.has(k), { all: true });
  const qinghua = all.names.find((n) => n.zh === '清华大学')!;
  assert.equal(qinghua.known, true);
  assert.equal(qinghua.count, 2);
  assert.equal(qinghua.recommended, '칭화대학');
});

test('three realistic sources: precision and recall of the names found', () => {
  let found = 0;
  let correct = 0;
  let expected = 0;
  let recalled = 0;
  for (const [file, names] of Object.entries(gold)) {
    if (file === '_') continue;
    const text = fs.readFileSync(new URL(file, dataDir), 'utf8');
    const got = extractNames(text).map((n) => n.zh);
    const accepts = (zh: string) => names.some((g) => (Array.isArray(g) ? g.includes(zh) : g === zh));
    found += got.length;
    correct += got.filter(accepts).length;
    expected += names.length;
    recalled += names.filter((g) => (Array.isArray(g) ? g : [g]).some((form) => got.includes(form))).length;
  }
  const precision = correct / found;
  const recall = recalled / expected;
  console.log(`names: precision ${(precision * 100).toFixed(1)}% (${correct}/${found}), recall ${(recall * 100).toFixed(1)}% (${recalled}/${expected})`);
  assert.ok(precision >= 0.9, `precision ${precision}`);
  assert.ok(recall >= 0.85, `recall ${recall}`);
});
