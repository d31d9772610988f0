import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreedRate, printedIssueNumber, statedIssueNumber } from './issue-stated.ts';

test('the issue number as stated: 제2024-23호 in any spacing', () => {
  assert.equal(statedIssueNumber('중국 과학기술 정책 주간동향\n제2024-23호  2024. 6. 21.'), '2024-23');
  assert.equal(statedIssueNumber('| 호 수 | 제 2024 - 7 호'), '2024-7');
  assert.equal(printedIssueNumber('2024-23'), '제2024-23호');
  assert.equal(printedIssueNumber('2024-06-21'), '2024-06-21');
  assert.equal(statedIssueNumber('2024. 6. 21.'), null);
});

test('conversions that agree give the rate; one that disagrees gives none', () => {
  // 1,700억 × 189.89 = 32조 2,813억; 780억 × 189.89 = 14조 8,114억 2,000만; 60억 → 약 1조 (rounded: agrees).
  const agree = '1,700억 위안(32조 2,813억 원) … 780억 위안(14조 8,114억 2,000만 원) … 60억 위안(약 1조 원)';
  const rate = agreedRate(agree);
  assert.ok(rate !== null && Math.abs(rate - 189.89) < 0.01, `rate ${rate}`);
  assert.equal(agreedRate('1,700억 위안(32조 2,813억 원), 100억 위안(2조 1,000억 원)'), null, '2조 1,000억 is 210 won per yuan');
  assert.equal(agreedRate('60억 위안(약 1조 원)'), null, 'a rounded figure alone does not fix a rate');
  assert.equal(agreedRate('원문에 환산이 없음'), null);
});
