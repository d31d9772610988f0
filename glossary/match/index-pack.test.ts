import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_GLOSSARY } from '../checks/terms-test-glossary.ts';
import { ConceptIndex } from './index-set.ts';
import { packGlossary, unpackGlossary } from './index-pack.ts';
import { Recognizer, buildRecognizer } from './recognizer.ts';

const built = buildRecognizer(TEST_GLOSSARY);
built.prepareDraftIndexes();
const chunks = [JSON.stringify(TEST_GLOSSARY.slice(0, 3)), JSON.stringify(TEST_GLOSSARY.slice(3))];

function takenOver(bytes: Uint8Array): Recognizer {
  const { parts, conceptChunks } = unpackGlossary(bytes);
  return Recognizer.fromIndex(ConceptIndex.fromParts(conceptChunks.flatMap((c) => JSON.parse(c)), parts));
}

test('a packed index, unpacked (even from an unaligned copy), recognizes exactly what the built one does', () => {
  const bytes = packGlossary(built.parts(), chunks);
  const odd = new Uint8Array(bytes.byteLength + 3);
  odd.set(bytes, 3);
  for (const copy of [bytes, odd.subarray(3)]) {
    const recognizer = takenOver(copy);
    const source = '亿華通和专精特新企业在成都、香港获得揭榜制项目，国富氢能';
    const draft = '위화퉁를 포함한 전정특신 기업과 궈푸칭녕, 청두에서 경쟁형 과제를';
    assert.deepEqual(recognizer.findInSource(source), built.findInSource(source));
    assert.ok(recognizer.findInSource(source).length >= 5);
    assert.deepEqual(recognizer.findInDraft(draft), built.findInDraft(draft));
    assert.deepEqual(recognizer.nearRenderings('궈푸칭녕'), built.nearRenderings('궈푸칭녕'));
    assert.equal(recognizer.nearRenderings('궈푸칭녕')[0]?.rendering.text, '궈푸칭넝');
    assert.equal(recognizer.conceptByZh('專精特新')?.id, 1);
  }
});

test('bytes of another format, or cut short, are refused with the reason', () => {
  const bytes = packGlossary(built.parts(), chunks);
  assert.throws(() => unpackGlossary(new TextEncoder().encode('{"not":"packed"}')), /not a packed glossary/);
  const newer = bytes.slice();
  new DataView(newer.buffer).setUint32(4, 99, true);
  assert.throws(() => unpackGlossary(newer), /format 99, this reader knows 1/);
  assert.throws(() => unpackGlossary(bytes.subarray(0, bytes.byteLength - 64)), /cut short/);
  assert.throws(() => unpackGlossary(bytes.subarray(0, 8)), /too short/);
});
