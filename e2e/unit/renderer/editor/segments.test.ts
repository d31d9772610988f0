import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../../../renderer/src/editor/segments.ts';

const cases: [string, string, [number, number][], [string, boolean][]][] = [
  ['no ranges: one plain run', '成都市', [], [['成都市', false]]],
  ['a range in the middle', '在成都市', [[1, 3]], [['在', false], ['成都', true], ['市', false]]],
  ['ranges at both ends', '成都专精特新', [[0, 2], [2, 6]], [['成都', true], ['专精特新', true]]],
  ['overlap: the earlier range wins, the later is clipped', 'abcdef', [[0, 3], [2, 5]], [['abc', true], ['de', true], ['f', false]]],
  ['a range past the end is clipped', 'abc', [[1, 9]], [['a', false], ['bc', true]]],
  ['empty ranges are ignored', 'abc', [[1, 1]], [['abc', false]]],
];

for (const [name, text, ranges, expected] of cases) {
  test(`segmentText: ${name}`, () => {
    const segments = segmentText(text, ranges.map(([start, end]) => ({ start, end, data: true })));
    assert.deepEqual(segments.map((s) => [s.text, s.data === true]), expected);
    assert.equal(segments.map((s) => s.text).join(''), text);
  });
}
