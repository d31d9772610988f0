// `donghyang suggest` as a user runs it: --historical, places, titled persons, other readings.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../paths.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-suggest-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function suggest(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'suggest', ...args], {
    cwd: dir,
    env: { ...process.env, DONGHYANG_DB: path.join(dir, 'suggest.db') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

test('--historical gives the Sino-Korean reading of a name of the past', () => {
  assert.equal(JSON.parse(suggest('会稽', '--historical', '--json')).recommended, '회계');
  assert.equal(JSON.parse(suggest('会稽', '--json')).recommended, '콰이지');
  assert.match(suggest('曾国藩', '--category', 'person', '--historical'), /曾国藩 → 증국번/);
});

test('places get the suffix rule, titled persons their surname reading, polyphones their other readings', () => {
  assert.match(suggest('浦东新区'), /浦东新区 → 푸둥신구/);
  assert.match(suggest('解振华院士'), /→ 셰전화/);
  assert.match(suggest('嫦娥六号'), /→ 창어 6호/);
  assert.match(suggest('快乐', '--category', 'policy'), /乐 also: +악 \(音乐 음악\), 요 \(乐山乐水 요산요수\)/);
});

test('--lang picks the language of the explanation, Chinese included', () => {
  assert.match(suggest('长兴县'), /why: .*'县'은 한자음 '현'으로/);
  assert.match(suggest('长兴县', '--lang', 'en'), /why: .*administrative suffix 县 takes the Sino-Korean reading 현/);
  assert.match(suggest('长兴县', '--lang', 'zh'), /why: .*行政区划通名"县"按汉字音读作"현"/);
});
