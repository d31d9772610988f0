// readPinyin skips pinyin-pro's word pass for texts whose characters each have one reading: the
// result must be what the word pass gives (tones included), and 一/不 still change tone by context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinyin as pinyinPro } from 'pinyin-pro';
import { readPinyin } from './pinyin.ts';

const NAMES = ['王伟', '李秀英', '张一鸣', '刘不凡', '陈涛', '杨慧', '黄海鹏', '赵子轩', '戴琼海', '韦福'];

test('names of one-reading characters read as pinyin-pro reads them in context', () => {
  for (const name of NAMES) {
    for (const person of [true, false]) {
      const expected = pinyinPro(name, { type: 'array', toneType: 'symbol', surname: person ? 'head' : 'off' });
      assert.deepEqual(readPinyin(name, { person }).map((c) => c.pinyin), expected, `${name} person=${person}`);
    }
  }
  // Tone sandhi: 一 before a fourth tone is yí, 不 before a fourth tone is bú.
  assert.equal(readPinyin('一定')[0]!.pinyin, 'yí');
  assert.equal(readPinyin('不要')[0]!.pinyin, 'bú');
});
