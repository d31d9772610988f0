import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLead, leadDateFromIso, leadIsoDate, splitLead } from '../../../../renderer/src/editor/leadParts.ts';

test('a lead splits into its text and its date, and joins back to the same text', () => {
  for (const lead of ['수소 산업 목록 공개 (6.4)', '10대 성과 해당(6.5)', '날짜 없는 리드', '', '타이핑 중 ']) {
    assert.equal(joinLead(splitLead(lead)), lead);
  }
  assert.deepEqual(splitLead('수소 산업 목록 공개 (06.04)'), { text: '수소 산업 목록 공개', date: '6.4', gap: ' ' });
  assert.deepEqual(splitLead('리드'), { text: '리드', date: '', gap: ' ' });
});

test('typing a space at the end of the text keeps it (the date stays after it)', () => {
  const parts = splitLead('수소 (6.4)');
  const typed = joinLead({ ...parts, text: '수소 ' });
  assert.equal(typed, '수소  (6.4)');
  assert.equal(splitLead(typed).text, '수소 ');
});

test('the date input shows the lead date in the issue\'s year and writes it back as printed', () => {
  assert.equal(leadIsoDate('6.4', '2024-06-21'), '2024-06-04');
  assert.equal(leadIsoDate('12.30', '2025-01-03'), '2024-12-30');
  assert.equal(leadIsoDate('', '2024-06-21'), '');
  assert.equal(leadDateFromIso('2024-06-04'), '6.4');
  assert.equal(leadDateFromIso(''), '');
  assert.equal(joinLead({ ...splitLead('리드'), date: leadDateFromIso('2024-05-28') }), '리드 (5.28)');
});
