import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../../glossary/checks/types.ts';
import { createFieldFindings, findingsByField } from '../../../../renderer/src/editor/fieldFindings.ts';

const checked = { title: '이화퉁를 지원', lead: '3억원 투자', body: '- 청두을 포함\n- 3억원 배정' };
const finding = (field: Finding['field'], text: string, extra: Partial<Finding> = {}): Finding => {
  const start = checked[field ?? 'body'].indexOf(text);
  return { rule: 'josa', severity: 'error', start, end: start + text.length, messageKey: 'k', line: 1, column: start + 1, text, message: { ko: '', en: '' }, key: text, accepted: false, ...(field ? { field } : {}), ...extra };
};
const findings = [finding('title', '이화퉁를'), finding('lead', '3억원'), finding(undefined, '청두을'), finding('body', '3억원'), finding('body', '포함', { accepted: true })];

const texts = (draft: typeof checked) => {
  const by = findingsByField(findings, checked, draft);
  return { title: by.title.map((f) => draft.title.slice(f.start, f.end)), lead: by.lead.map((f) => draft.lead.slice(f.start, f.end)), body: by.body.map((f) => draft.body.slice(f.start, f.end)) };
};

test('each finding goes to its field; no field means the body; accepted ones are left out', () => {
  assert.deepEqual(texts(checked), { title: ['이화퉁를'], lead: ['3억원'], body: ['청두을', '3억원'] });
});

test('an edit in the title moves only title findings; a body finding keeps its offsets', () => {
  assert.deepEqual(texts({ ...checked, title: '[속보] 이화퉁를 지원' }), { title: ['이화퉁를'], lead: ['3억원'], body: ['청두을', '3억원'] });
});

test('editing the flagged text of the lead drops that finding until the next check', () => {
  assert.deepEqual(texts({ ...checked, lead: '3억 원 투자' }).lead, []);
});

test('before the first check there is nothing to show', () => {
  assert.deepEqual(findingsByField(null, null, checked), { title: [], lead: [], body: [] });
});

test('typing in the body gives the title and lead the same arrays, and keeps body findings before the caret', () => {
  const fieldFindings = createFieldFindings();
  const first = fieldFindings(findings, checked, checked);
  const typed = fieldFindings(findings, checked, { ...checked, body: `${checked.body} 지원` });
  assert.equal(typed, first, 'nothing moved: the same record');
  const inserted = fieldFindings(findings, checked, { ...checked, body: `[1] ${checked.body}` });
  assert.equal(inserted.title, first.title);
  assert.equal(inserted.lead, first.lead);
  assert.notEqual(inserted.body, first.body);
  assert.deepEqual(inserted.body.map((f) => f.start), first.body.map((f) => f.start + 4));
});

test('a new result with the same open findings per field keeps the arrays', () => {
  const fieldFindings = createFieldFindings();
  const first = fieldFindings(findings, checked, checked);
  const again = fieldFindings([...findings], checked, checked);
  assert.equal(again, first);
  const oneLess = fieldFindings(findings.filter((f) => f.field !== 'lead'), checked, checked);
  assert.equal(oneLess.title, first.title);
  assert.deepEqual(oneLess.lead, []);
});
