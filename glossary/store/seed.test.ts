import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseGlossaryFile } from '../formats/index.ts';
import { repoRoot } from '../paths.ts';
import { fold } from '../text/fold.ts';
import { SEED_FILE, seedIfNew } from './seed.ts';
import { tempDir, tempStore } from './test-helpers.ts';

const SEED_CONCEPTS = 59;
const SAMPLE = path.resolve(repoRoot, '../shared/samples/kostec-weekly-2024-06-21.txt');

test(`the seed loads ${SEED_CONCEPTS} concepts once, and 专精特新 finds 전정특신`, async () => {
  const store = tempStore();
  assert.equal(await seedIfNew(store), SEED_CONCEPTS);
  assert.equal(store.counts().concepts, SEED_CONCEPTS);
  const hit = store.search('专精特新').hits[0]!;
  assert.equal(hit.rank, 'exact');
  assert.deepEqual(hit.concept.terms.map((t) => t.text), ['專精特新', '전정특신']);
  assert.equal(hit.concept.sourceIssue, '2024-06-21');
  assert.equal(store.history(hit.concept.id)[0]!.who, 'seed');

  // Never again, even after the glossary is emptied.
  for (const concept of [...store.allConcepts()]) store.deleteConcept(concept.id);
  assert.equal(await seedIfNew(store), 0);
  assert.equal(store.counts().concepts, 0);
  store.close();
});

test('the seed is not loaded into a glossary that already has data', async () => {
  const store = tempStore();
  store.createConcept({ category: 'place', terms: [{ lang: 'zh', text: '成都' }, { lang: 'ko', text: '청두' }] });
  assert.equal(await seedIfNew(store), 0);
  assert.equal(store.counts().concepts, 1);
  store.close();
});

test('every seed pair from the sample issue has its Chinese written as the sample writes it', async () => {
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  const inputs = await parseGlossaryFile('seed-glossary.csv', fs.readFileSync(SEED_FILE));
  const fromSample = inputs.filter((c) => c.sourceIssue === '2024-06-21');
  assert.equal(fromSample.length, 52);
  for (const concept of fromSample) {
    const zh = concept.terms.find((t) => t.lang === 'zh')!.text;
    assert.ok(sample.includes(`(${zh})`) || sample.includes(`·${zh})`), `${zh} is written in parentheses in the sample`);
  }
  // Every 한글(漢字) pair of the sample is in the seed, but for the generic one-character words
  // 성(省) and 시(市): as glossary entries they would be highlighted in every source and reported
  // missing from every draft.
  const pairs = [...sample.matchAll(/[가-힣]\s?\((?:[가-힣]+·)?([\u3400-\u9fff]+)\)/gu)].map((m) => m[1]!);
  const seeded = new Set(inputs.map((c) => fold(c.terms.find((t) => t.lang === 'zh')!.text)));
  assert.deepEqual([...new Set(pairs)].filter((zh) => !seeded.has(fold(zh))), ['省', '市']);
});

test('established renderings and corrected sample slips are in the seed', async () => {
  const store = tempStore();
  await seedIfNew(store);
  const ko = (zh: string) => store.search(zh, { lang: 'zh' }).hits.find((h) => h.rank === 'exact')!.concept;
  const hk = ko('香港');
  assert.deepEqual(hk.terms.map((t) => [t.text, t.established]), [['香港', false], ['홍콩', true]]);
  assert.equal(hk.sourceIssue, '외래어 표기법 관용');
  for (const zh of ['澳门', '孔子', '台湾', '上海', '北京']) assert.ok(ko(zh).terms[1]!.established, zh);
  // The sample's 궈푸칭녕 is recorded as 궈푸칭넝, with the observation in the note.
  const guofu = ko('国富氢能');
  assert.equal(guofu.terms[1]!.text, '궈푸칭넝');
  assert.match(guofu.note!, /궈푸칭녕/);
  assert.equal(ko('揭榜制').terms[1]!.text, '경쟁형 과제');
  store.close();
});

test('seeding works from a copy of the seed file elsewhere', async () => {
  const copy = path.join(tempDir(), 'seed-glossary.csv');
  fs.copyFileSync(SEED_FILE, copy);
  const store = tempStore();
  assert.equal(await seedIfNew(store, copy), SEED_CONCEPTS);
  store.close();
});
