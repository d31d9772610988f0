import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseApproval, parseCategory, parseTbxStatus, parseTermStatus, parseYesNo } from './fields.ts';

describe('cell and picklist vocabularies', () => {
  const tbx: [string, ReturnType<typeof parseTbxStatus>][] = [
    ['preferredTerm-admn-sts', { status: 'preferred' }],
    ['AdmittedTerm-admn-sts', { status: 'admitted' }],
    ['deprecatedTerm-admn-sts', { status: 'deprecated' }],
    ['supersededTerm-admn-sts', { status: 'deprecated', remark: 'superseded term (TBX supersededTerm)' }],
    ['standardizedTerm', { status: 'preferred' }],
    ['legalTerm-admn-sts', { status: 'admitted' }],
    ['obsoleteTerm-admn-sts', undefined],
  ];
  for (const [value, expected] of tbx) {
    it(`TBX status ${value}`, () => assert.deepEqual(parseTbxStatus(value), expected));
  }

  const cells: [string, (value: string) => unknown, string, unknown][] = [
    ['term status', parseTermStatus, '금지', 'forbidden'],
    ['term status', parseTermStatus, 'Preferred', 'preferred'],
    ['term status', parseTermStatus, '허용', 'admitted'],
    ['term status', parseTermStatus, 'deprecatedTerm-admn-sts', 'deprecated'],
    ['term status', parseTermStatus, 'maybe', undefined],
    ['category', parseCategory, '인명', 'person'],
    ['category', parseCategory, 'Company', 'company'],
    ['category', parseCategory, '지명', 'place'],
    ['category', parseCategory, '사업', 'program'],
    ['category', parseCategory, 'startup', undefined],
    ['approval', parseApproval, '승인', 'approved'],
    ['approval', parseApproval, '검토중', 'proposed'],
    ['approval', parseApproval, 'done', undefined],
    ['yes/no', parseYesNo, 'O', true],
    ['yes/no', parseYesNo, '관용', true],
    ['yes/no', parseYesNo, 'x', false],
    ['yes/no', parseYesNo, 'maybe', undefined],
  ];
  for (const [kind, parse, value, expected] of cells) {
    it(`${kind} ${JSON.stringify(value)} → ${String(expected)}`, () => assert.equal(parse(value), expected));
  }
});
