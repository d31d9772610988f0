// Characters with several Sino-Korean readings: the reading in context, and the others listed.
// Every entry of resources/readings-hanja.json (words, chars, alternatives) is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import overrides from '../../resources/readings-hanja.json' with { type: 'json' };
import { hanjaAlternatives, hanjaReading } from './hanja-reading.ts';
import { suggest } from './suggest.ts';

test('the readings the issue names, in context', () => {
  const cases: [string, string][] = [
    ['音樂', '음악'], ['樂園', '낙원'], ['快樂', '쾌락'], ['樂山樂水', '요산요수'],
    ['敗北', '패배'], ['南北', '남북'],
    ['人力車', '인력거'], ['汽車', '기차'],
    ['復活', '부활'], ['復興', '부흥'], ['恢復', '회복'],
    ['宅內', '댁내'], ['住宅', '주택'],
    ['人參', '인삼'], ['參加', '참가'],
    ['安寧', '안녕'], ['寧波', '영파'],
    ['比率', '비율'], ['效率', '효율'], ['增長率', '증장률'], ['率先', '솔선'], ['統率', '통솔'],
  ];
  for (const [zh, ko] of cases) assert.equal(hanjaReading(zh), ko, zh);
  // 金 as a surname is 김; 于 as a surname stays 우 (it is not 於 어).
  assert.equal(hanjaReading('金正恩', { person: true }), '김정은');
  assert.equal(hanjaReading('金屬'), '금속');
  assert.equal(hanjaReading('于偉國', { person: true }), '우위국');
  assert.equal(hanjaReading('于', { person: true }), '우');
  assert.equal(hanjaReading('于是'), '어시', 'in running text 于 is 於');
});

test('every word and character reading of the data file holds', () => {
  for (const [zh, ko] of Object.entries(overrides.words)) assert.equal(hanjaReading(zh), ko, zh);
  assert.equal(hanjaReading('寧靜').charAt(0), '영', '寧 녕 takes 두음법칙 at the start');
});

test('every listed alternative reading has an example that reads so', () => {
  for (const [char, list] of Object.entries(overrides.alternatives)) {
    assert.ok(list.length >= 2, `${char} has several readings`);
    for (const [reading = '', example = '', exampleKo = ''] of list) {
      assert.equal(hanjaReading(example, { person: reading === '김' }), exampleKo, `${char} ${reading}: ${example}`);
      assert.ok(exampleKo.includes(reading), `${exampleKo} shows ${reading}`);
    }
  }
});

test('a suggestion lists the other readings of its polyphonic characters', () => {
  const s = suggest('快乐教育', { category: 'policy' });
  assert.equal(s.recommended, '쾌락교육');
  const [alt] = s.hanjaAlternatives ?? [];
  assert.equal(alt?.char, '乐');
  assert.equal(alt?.reading, '락');
  assert.deepEqual(alt?.readings.map((r) => r.reading), ['락', '악', '요']);
  assert.deepEqual(hanjaAlternatives('数据'), []);
});

test('historical: a name of the past gets the Sino-Korean reading', () => {
  assert.equal(suggest('会稽', { historical: true }).recommended, '회계');
  assert.equal(suggest('会稽', { category: 'place', historical: true }).recommended, '회계');
  assert.equal(suggest('会稽', { category: 'place' }).recommended, '콰이지');
});
