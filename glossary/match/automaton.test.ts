import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Automaton } from './automaton.ts';
import { prng } from '../bench/synthetic.ts';


/** Every occurrence of every key, by indexOf: what the automaton must report. */
function naive(keys: string[], text: string): string[] {
  const out: string[] = [];
  keys.forEach((key, k) => {
    if (key === '' || keys.indexOf(key) !== k) return; // the first of duplicate keys wins
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) out.push(`${at}-${at + key.length}:${k}`);
  });
  return out.sort();
}

function scanned(automaton: Automaton, text: string): string[] {
  const out: string[] = [];
  automaton.scan(text, (start, end, payload) => out.push(`${start}-${end}:${payload}`));
  return out.sort();
}

test('every occurrence, overlapping and nested, as indexOf finds them', () => {
  // Small alphabets make long failure chains; a 12-letter one gives the busiest first letters more
  // than eight children, so their complete transition rows are used too.
  const cases: [alphabet: string, keyCount: number, maxLength: number][] = [
    ['ab', 30, 6],
    ['abc', 200, 5],
    ['abcdefghijkl', 2000, 4],
    ['中国华东南西北京上海', 500, 4],
  ];
  cases.forEach(([alphabet, keyCount, maxLength], c) => {
    const random = prng(c + 1);
    const word = (max: number) => {
      let out = '';
      const length = 1 + Math.floor(random() * max);
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
      return out;
    };
    const keys = Array.from({ length: keyCount }, () => word(maxLength));
    const automaton = new Automaton(keys);
    for (let t = 0; t < 5; t++) {
      const text = word(400);
      assert.deepEqual(scanned(automaton, text), naive(keys, text), `${alphabet}: ${text}`);
    }
  });
});

test('no keys, empty keys and an empty text find nothing', () => {
  assert.deepEqual(scanned(new Automaton([]), 'abc'), []);
  assert.deepEqual(scanned(new Automaton(['', 'b']), 'abc'), ['1-2:1']);
  assert.deepEqual(scanned(new Automaton(['a']), ''), []);
});

test('a long text (scanned in four stretches at once) finds every occurrence, across stretch boundaries too', () => {
  // 5,003 code units: above the length where the scan splits, not a multiple of four (the last
  // stretch takes the remainder), and a small alphabet so that keys straddle every boundary.
  const random = prng(11);
  const alphabet = 'abcd';
  const word = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const keys = Array.from({ length: 300 }, () => word(1 + Math.floor(random() * 7)));
  const text = word(5003);
  const automaton = new Automaton(keys);
  assert.deepEqual(scanned(automaton, text), naive(keys, text));
  // Reported in order of end, the longer key first at the same end (what the recognizer relies on).
  const ends: [number, number][] = [];
  automaton.scan(text, (start, end) => ends.push([end, start]));
  const ordered = [...ends].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  assert.deepEqual(ends, ordered);
});

test('payloads are the given values of the keys, the first of duplicates winning', () => {
  const automaton = new Automaton(['ab', 'b', 'ab'], [70, 80, 90]);
  const seen: string[] = [];
  automaton.scan('xabx', (start, end, payload) => seen.push(`${start}-${end}:${payload}`));
  assert.deepEqual(seen, ['1-3:70', '2-3:80']);
});
