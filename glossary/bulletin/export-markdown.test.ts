import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseIssueText, detectIssueForm } from './parse-text.ts';
import { exportMarkdown } from './export-markdown.ts';
import { withoutPositions, type BulletinIssue } from './model.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const issue = parseIssueText('kostec-weekly-2024-06-21.txt', readFileSync(SAMPLE, 'utf8'));

/** The structural parts: everything but provenance and what the importer could not place. */
function structure(value: BulletinIssue): Omit<BulletinIssue, 'unplaced'> {
  const { unplaced: _unplaced, ...rest } = withoutPositions(value);
  return rest;
}

test('the sample exported to Markdown and imported again has the same structure', () => {
  const markdown = exportMarkdown(issue);
  assert.equal(detectIssueForm(markdown), 'markdown');
  const again = parseIssueText('kostec.md', markdown);
  assert.deepEqual(structure(again), structure(issue));
  assert.deepEqual(again.unplaced, []);
  // And the Markdown itself is stable: exporting the re-imported issue gives the same text.
  assert.equal(exportMarkdown(again), markdown);
});

test('the Markdown reads as the house layout', () => {
  const markdown = exportMarkdown(issue);
  for (const line of [
    '## 1. 정책동향', '### 국가발전개혁위, 서부지역 수소에너지 장려 산업 목록 신규 공개', '분야: 기술전략',
    '■ 수소에너지 생산, 저장 및 운송, 수소연료 배터리 개발 장려 (6.4)', '〈서부지역 수소에너지 장려산업 목록〉',
    '| 1 | 충칭(重慶) | • 자동차 수소 충전(CNG/LNG), 지능형 차량 인프라 협력시스템(IVICS), 지능형 3차원 운송 장비 |',
    '  - \\* \'산업구조조정 지도 목록\' 중의 장려 산업과 \'외국인 투자 장려 산업 목록\' 중의 장려 산업 해당',
    '#### 1) R&D인력 규모 확대', '## 3. 단신동향', '### 04 톈진, 기술 성과 전환 및 혁신 18조 발표',
    '출처: 상하이시정부 (06.07) <https://www.shanghai.gov.cn/gwk/search/content/11dc42f0e0ff4ac9adcaf9e90178bd04>',
  ]) {
    assert.ok(markdown.split('\n').includes(line), `missing line: ${line}`);
  }
});

test('user text that looks like markup stays text and survives the round trip', () => {
  const article = issue.sections[0]!.articles[0]!;
  const tricky: BulletinIssue = {
    ...issue,
    sections: [{ ...issue.sections[0]!, articles: [{
      ...article,
      title: '# <script>alert(1)</script> [link](javascript:x)',
      blocks: [
        { kind: 'paragraph', text: '- not a bullet | &amp; 〈not a table〉', line: 0 },
        { kind: 'paragraph', text: '1) not a sub-heading', line: 0 },
        { kind: 'table', title: 'a | b', rows: [['x|y', '\\back'], ['', '<b>']], line: 0, rowLines: [0, 0] },
        { kind: 'bullet', depth: 2, text: '`code` and \\* star', line: 0 },
      ],
    }] }],
  };
  const markdown = exportMarkdown(tricky);
  assert.ok(!markdown.includes('<script>'), 'raw <script> in the Markdown');
  assert.ok(!markdown.includes('[link](javascript'), 'a live link made from user text');
  assert.deepEqual(structure(parseIssueText('tricky.md', markdown)), structure(tricky));
});
