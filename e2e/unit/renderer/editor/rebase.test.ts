import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../../glossary/checks/types.ts';
import { rebaseFindings } from '../../../../renderer/src/editor/rebase.ts';

const finding = (start: number, end: number): Finding => ({
  rule: 'spacing', severity: 'style', start, end, messageKey: 'k', line: 1, column: start + 1, text: '', message: { ko: '', en: '' }, key: `${start}`, accepted: false,
});

const oldText = '3억원 배정, 5억원 투자';
const cases: [string, string, [number, number][]][] = [
  ['typing after both findings keeps them', '3억원 배정, 5억원 투자함', [[0, 3], [8, 11]]],
  ['typing before the second shifts it', '3억원 배정함, 5억원 투자', [[0, 3], [9, 12]]],
  ['typing inside the first drops it until the next check', '3억 원 배정, 5억원 투자', [[9, 12]]],
  ['deleting text before shifts left', '3억원, 5억원 투자', [[0, 3], [5, 8]]],
];

for (const [name, newText, expected] of cases) {
  test(`rebaseFindings: ${name}`, () => {
    const moved = rebaseFindings([finding(0, 3), finding(8, 11)], oldText, newText);
    assert.deepEqual(moved.map((f) => [f.start, f.end]), expected);
  });
}
