import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type GlossaryStore } from '../store/store.ts';
import { parseIssueText } from './parse-text.ts';
import { exportMarkdown } from './export-markdown.ts';
import { withoutPositions, type Block, type BulletinIssue } from './model.ts';
import { bulletinFromStore } from './from-store.ts';
import { readArticleBody } from './article-reader.ts';
import { blockLines, importIssueIntoStore, issueMetaKey } from './to-store.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const sample = parseIssueText('kostec-weekly-2024-06-21.txt', fs.readFileSync(SAMPLE, 'utf8'));

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempStore(): GlossaryStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-issue-'));
  dirs.push(dir);
  return openStore(path.join(dir, 'glossary.db'), { who: 'tester' });
}

/** What a user sees of a store: issues, articles, meta keys and glossary size. */
function snapshot(store: GlossaryStore): string {
  const issues = store.listIssues().map((i) => store.getIssue(i.id));
  const meta = issues.map((i) => [store.meta(issueMetaKey.imported(i!.id)), store.meta(issueMetaKey.summary(i!.id))]);
  return JSON.stringify({ issues, meta, glossary: store.counts() });
}

test('the sample imports with every article, short item, table and reference in place', () => {
  const store = tempStore();
  const result = importIssueIntoStore(store, sample);
  assert.deepEqual(result.counts, {
    sections: 2, articles: 7, shortItems: 7, tables: 6, images: 1, references: 12, summary: 5, pairs: 62,
  });
  assert.deepEqual(result.unplaced, [{ text: '기술전리', line: 38 }]);
  const issue = store.getIssue(result.issue!.id)!;
  assert.equal(issue.date, '2024-06-21');
  assert.equal(issue.number, '2024-06-21'); // the sample prints no number: the date stands in
  // Its conversions disagree (2.38억 위안(451억 5,574만 원) is 189.73, the others 189.89): no rate is set.
  assert.equal(issue.rate, null);
  assert.deepEqual(
    issue.articles.map((a) => [a.section, a.category]),
    [
      ['policy', '기술전략'], ['policy', '기초연구'], ['policy', '지역'], ['policy', '기업'], ['policy', '통계'],
      ['technology', '기계'], ['technology', '바이오'],
      ...Array.from({ length: 7 }, () => ['brief', '']),
    ],
  );
  assert.ok(issue.articles.every((a) => a.state === 'approved'), 'a published issue is approved');
  const first = issue.articles[0]!;
  assert.equal(first.title, '국가발전개혁위, 서부지역 수소에너지 장려 산업 목록 신규 공개');
  assert.equal(first.lead, '수소에너지 생산, 저장 및 운송, 수소연료 배터리 개발 장려 (6.4)');
  const body = first.body.split('\n');
  for (const line of [
    ' - * \'산업구조조정 지도 목록\' 중의 장려 산업과 \'외국인 투자 장려 산업 목록\' 중의 장려 산업 해당',
    '〈서부지역 수소에너지 장려산업 목록〉',
    '1\t충칭(重慶)\t• 자동차 수소 충전(CNG/LNG), 지능형 차량 인프라 협력시스템(IVICS), 지능형 3차원 운송 장비',
    '- ▶ 수소연료 배터리: \'22년 연료전지 시스템의 누적 설비용량은 506MW로 전년 대비 2배 증가',
    '* 출처: https://baijiahao.baidu.com/s?id=1777454902092913842&wfr=spider&for=pc',
    '참고자료',
  ]) {
    assert.ok(body.includes(line), `body lacks: ${line}`);
  }
  const brief = issue.articles[7]!.body.split('\n');
  assert.deepEqual(brief.slice(-2), ['출처: 상하이시정부 (06.07)', 'https://www.shanghai.gov.cn/gwk/search/content/11dc42f0e0ff4ac9adcaf9e90178bd04']);
  // The printed 요약 is not the leads: each 정책동향 article keeps its bullet as its own 요약 sentence.
  assert.equal(store.meta(issueMetaKey.summary(issue.id)), undefined);
  assert.deepEqual(issue.articles.map((a) => a.summary !== ''), [true, true, true, true, true, false, false, false, false, false, false, false, false, false]);
  assert.match(issue.articles[3]!.summary, /^중국 공업신식화부와 재정부/);
  store.close();
});

test('sample → store → document has the same structure as the sample read directly', () => {
  const store = tempStore();
  const { issue } = importIssueIntoStore(store, sample);
  const again = bulletinFromStore(store, issue!.id);
  assert.deepEqual(withoutPositions(again), withoutPositions(sample));
  store.close();
});

test('exported from the store to Markdown and imported again, the structure is the same', () => {
  const store = tempStore();
  const { issue } = importIssueIntoStore(store, sample);
  const markdown = exportMarkdown(bulletinFromStore(store, issue!.id));
  const reread = parseIssueText('issue.md', markdown);
  const { unplaced: _u, ...expected } = withoutPositions(sample);
  const { unplaced, ...actual } = withoutPositions(reread);
  assert.deepEqual(actual, expected);
  assert.deepEqual(unplaced, []); // the garbled tag is no part of the Markdown body
  // The Markdown imports into a second store as the same issue.
  const other = tempStore();
  const imported = importIssueIntoStore(other, reread);
  assert.deepEqual(imported.counts, { ...importIssueIntoStore(tempStore(), sample, { dryRun: true }).counts });
  assert.deepEqual(
    other.getIssue(imported.issue!.id)!.articles.map((a) => [a.title, a.lead, a.body]),
    store.getIssue(issue!.id)!.articles.map((a) => [a.title, a.lead, a.body]),
  );
  store.close();
  other.close();
});

test('a failure halfway leaves nothing behind: no issue, no article, no meta key', () => {
  const store = tempStore();
  importIssueIntoStore(store, sample);
  const before = snapshot(store);
  const other: BulletinIssue = { ...sample, date: '2024-06-28' };
  // The last section is not one the store knows: the issue, its meta and the earlier articles are
  // written by then, and must all be rolled back.
  const broken = { ...other, sections: [...other.sections, { id: 'opinion', title: '논평', articles: [other.sections[0]!.articles[0]!] }] } as unknown as BulletinIssue;
  assert.throws(() => importIssueIntoStore(store, broken, { addProposed: true }), /section "opinion" is not one of policy, technology, brief/);
  assert.equal(snapshot(store), before);
  assert.equal(store.listIssues().length, 1);
  store.close();
});

test('the same issue twice is refused; a dry run writes nothing', () => {
  const store = tempStore();
  const dry = importIssueIntoStore(store, sample, { dryRun: true });
  assert.equal(dry.issue, null);
  assert.equal(dry.counts.articles, 7);
  assert.equal(store.listIssues().length, 0);
  const { issue } = importIssueIntoStore(store, sample);
  const before = snapshot(store);
  assert.throws(() => importIssueIntoStore(store, sample), new RegExp(`already in the store \\(issue #${issue!.id}\\)`));
  assert.equal(snapshot(store), before);
  store.close();
});

test('pairs merge with the glossary: known confirmed, other Hangul a conflict, new proposed and addable', () => {
  const store = tempStore();
  store.createConcept({ terms: [{ lang: 'zh', text: '亿华通' }, { lang: 'ko', text: '위화퉁' }] }); // 亿華通 in the issue: folds equal
  store.createConcept({ terms: [{ lang: 'zh', text: '隆基氢能' }, { lang: 'ko', text: '룽지 수소' }] });
  const result = importIssueIntoStore(store, sample, { addProposed: true });
  assert.deepEqual(result.merge.confirmed.map((p) => `${p.hangul}(${p.hanzi})`), ['위화퉁(亿華通)']);
  const conflict = result.merge.conflicts.find((c) => c.hanzi === '隆基氫能');
  assert.deepEqual(conflict && [conflict.hangul, conflict.glossaryKo], ['룽지칭넝', ['룽지 수소']]);
  assert.equal(result.proposedAdded, result.merge.proposed.length);
  assert.ok(result.merge.proposed.length > 40);
  assert.equal(store.counts().concepts, 2 + result.merge.proposed.length);
  const added = store.search('重慶').hits[0]!.concept;
  assert.equal(added.approval, 'proposed');
  assert.equal(added.sourceIssue, '2024-06-21');
  store.close();
});

test('an issue that states its number keeps it; conversions that disagree leave the rate unset', () => {
  const store = tempStore();
  // The cover line states the number; the one conversion the sample got wrong is corrected.
  const text = `중국 과학기술 정책 주간동향  제2024-23호\n${fs.readFileSync(SAMPLE, 'utf8')}`
    .replace('2.38억 위안(451억 5,574만 원)', '2.38억 위안(451억 9,382만 원)');
  const { issue } = importIssueIntoStore(store, parseIssueText('numbered.txt', text));
  assert.equal(issue!.number, '2024-23');
  assert.equal(issue!.rate, 189.89, 'all its conversions agree on 189.89');
  const disagreeing = parseIssueText('other.txt', text.replace('제2024-23호', '제2024-24호').replace('780억 위안(14조 8,114억 2,000만 원)', '780억 위안(15조 2,000억 원)'));
  assert.equal(importIssueIntoStore(store, disagreeing).issue!.rate, null, '780억 위안(15조 2,000억 원) is 194.87 won per yuan');
  assert.equal(importIssueIntoStore(store, sample, { rate: null }).issue!.rate, null, 'an explicit "no rate" wins');
  store.close();
});

test('the rate is derived from the issue\'s own exact conversions when asked', () => {
  const store = tempStore();
  const { issue } = importIssueIntoStore(store, sample, { rate: 'derive' });
  // 1,700억 위안(32조 2,813억 원) is the only exact conversion: 322,813 / 1,700.
  assert.equal(issue!.rate, 189.89);
  store.close();
});

const blockCases: [string, Block][] = [
  ['bullet', { kind: 'bullet', depth: 0, text: '**수소** 생산 (6.4)', line: 0 }],
  ['nested bullet', { kind: 'bullet', depth: 2, text: '기존 목록', line: 0 }],
  ['footnote', { kind: 'footnote', depth: 1, marker: '**', text: '차량용 레이더', line: 0 }],
  ['note', { kind: 'note', depth: 0, text: '수소 생산: 722MW', line: 0 }],
  ['sub-heading', { kind: 'subheading', text: '1) R&D인력 규모 확대', line: 0 }],
  ['table', { kind: 'table', title: '주요 내용', rows: [['', '지역명', '세부 내용'], ['1', '충칭(重慶)', '수소']], line: 0, rowLines: [0, 0] }],
  ['table with a chosen header row', { kind: 'table', title: '비교', rows: [['구분', '값'], ['a', '1']], line: 0, rowLines: [0, 0], header: true }],
  ['table with no header row', { kind: 'table', title: '목록', rows: [['a', '1']], line: 0, rowLines: [0], header: false }],
  ['table with a row holding only a short number', { kind: 'table', title: '증가율', rows: [['구분', '값'], ['', '12'], ['합계', '30']], line: 0, rowLines: [0, 0, 0] }],
  ['one-column table of short numbers', { kind: 'table', title: '순위', rows: [['순위'], ['1'], ['2'], ['10']], line: 0, rowLines: [0, 0, 0, 0] }],
  ['image', { kind: 'image', caption: '3차원 구조 전자피부', line: 0 }],
  ['source', { kind: 'source', text: 'https://a.cn/x', line: 0 }],
  ['paragraph', { kind: 'paragraph', text: '이에 따라 추진함', line: 0 }],
];
for (const [name, block] of blockCases) {
  test(`a ${name} is written as a line the article reader reads back`, () => {
    const lines = ['■ 리드', ...blockLines(block)].map((text, i) => ({ text, line: i }));
    assert.deepEqual(withoutPositions(readArticleBody(lines, '2024-06-21').blocks), withoutPositions([block]));
  });
}
