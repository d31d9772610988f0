import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptRuns } from './script-runs.ts';

test('Chinese in Korean text is its own run, simplified or traditional', () => {
  assert.deepEqual(scriptRuns('위화퉁(亿華通)과 궈칭커지(国氢科技)'), [
    { text: '위화퉁(', lang: 'ko' },
    { text: '亿華通', lang: 'zh-Hant' },
    { text: ')과 궈칭커지(', lang: 'ko' },
    { text: '国氢科技', lang: 'zh-Hans' },
    { text: ')', lang: 'ko' },
  ]);
});

test('a lone hanja used as Korean stays Korean', () => {
  assert.deepEqual(scriptRuns('中 과기부, 성(省) 플랫폼'), [{ text: '中 과기부, 성(省) 플랫폼', lang: 'ko' }]);
});

test('Chinese punctuation between Han characters stays in the Chinese run', () => {
  const runs = scriptRuns('☑ 京融智库《中国氢能企业》排行榜 https://x');
  assert.deepEqual(runs.map((r) => r.lang), ['ko', 'zh-Hans', 'ko']);
  assert.equal(runs[1]!.text, '京融智库《中国氢能企业》排行榜');
});
