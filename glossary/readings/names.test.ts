// The proof of issue 4: real names with the spellings Korean media and government use, every one
// produced by the rules (test-data/names.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { transcribe } from './transcription.ts';
import { suggest } from './suggest.ts';
import type { Category } from '../model.ts';

interface NameCase {
  zh: string;
  ko: string;
  category?: Category;
}

const names = (JSON.parse(fs.readFileSync(new URL('./test-data/names.json', import.meta.url), 'utf8')) as { names: NameCase[] }).names;

test('the name list covers places, persons and companies (at least 80 names)', () => {
  const count = (category: Category) => names.filter((n) => n.category === category).length;
  assert.ok(count('place') >= 30, `places: ${count('place')}`);
  assert.ok(count('person') >= 30, `persons: ${count('person')}`);
  assert.ok(count('company') >= 20, `companies: ${count('company')}`);
  assert.ok(names.length >= 80);
});

for (const { zh, ko, category } of names) {
  test(`${zh} → ${ko}`, () => {
    const { hangul, pinyin } = transcribe(zh, { person: category === 'person' });
    assert.equal(hangul.length, [...zh].length, 'one Hangul entry per character');
    assert.equal(hangul.join(''), ko, `pinyin ${pinyin.join(' ')}`);
    if (category) assert.equal(suggest(zh, { category }).recommended, ko);
  });
}
