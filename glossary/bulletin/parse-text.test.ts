import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseIssueText, detectIssueForm } from './parse-text.ts';
import { allArticles, type Block } from './model.ts';
import { bodyLine, tableTitle, isLayoutArtefact } from './text-lines.ts';

const SAMPLE = new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url);
const sampleText = readFileSync(SAMPLE, 'utf8');
const issue = parseIssueText('kostec-weekly-2024-06-21.txt', sampleText);
const articles = allArticles(issue);
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');

test('the sample is read as the PDF-converted text form', () => {
  assert.equal(detectIssueForm(sampleText), 'pdf-text');
});

test('issue fields come from the colophon', () => {
  assert.equal(issue.title, '중국 과학기술 정책 주간동향');
  assert.equal(issue.date, '2024-06-21');
  assert.equal(issue.publisher, '한중과학기술협력센터');
  assert.deepEqual(issue.colophon.fields.map((f) => f.label), ['발행일', '발행인', '발행기관', '발행처']);
  assert.match(issue.colophon.fields[3]!.value, /^주소 : 북경시 .* 전자성과기빌딩 1308호/);
  assert.equal(issue.colophon.url, 'http://ww.kostec.re.kr');
  assert.equal(issue.colophon.organization, 'KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER');
});

test('every article is in its section with its category from CONTENTS', () => {
  assert.deepEqual(
    issue.sections.map((s) => [s.id, s.title, s.articles.map((a) => a.category)]),
    [
      ['policy', '정책동향', ['기술전략', '기초연구', '지역', '기업', '통계']],
      ['technology', '기술동향', ['기계', '바이오']],
    ],
  );
  assert.equal(articles[1]!.title, '23년도 중국 생태환경 분야 10대 연구성과 발표'); // CONTENTS has '23년도: matched anyway
  assert.equal(articles[6]!.title, "저장대, 'CG11837' 장수 유전자 신규 발견");
});

test('summary: one bullet per main article', () => {
  assert.equal(issue.summary.length, 5);
  assert.match(issue.summary[3]!.text, /^중국 공업신식화부와 재정부/);
});

test('leads keep their text and read (6.4) in the issue year; a lead without ■ or date is found too', () => {
  assert.deepEqual(
    articles.map((a) => a.lead?.date ?? null),
    ['2024-06-04', '2024-06-05', null, '2024-05-26', '2024-06-06', '2024-06-06', '2024-06-07'],
  );
  assert.equal(articles[0]!.lead?.text, '수소에너지 생산, 저장 및 운송, 수소연료 배터리 개발 장려');
  assert.equal(articles[2]!.lead?.text, "'26년까지 인공지능 핵심 산업 규모 1700억 위안(32조 2,813억 원)에 달함");
});

test('tables per article, with their row counts; a repeated page header row is kept once', () => {
  assert.deepEqual(
    articles.map((a) => tables(a.blocks).map((t) => t.rows.length)),
    [[6, 12], [8], [22], [7, 14], [], [], []],
  );
  const chengdu = tables(articles[2]!.blocks)[0]!;
  assert.equal(chengdu.title, "청두시 '인공지능 산업 고품질 발전 3개년 계획' 주요 내용");
  assert.equal(chengdu.rows.filter((r) => r.join('|') === '구분|분야|주요 내용').length, 1);
  assert.deepEqual(tables(articles[0]!.blocks)[0]!.rows[1], ['1', '위화퉁(亿華通)', '수소연료 배터리', '6', '룽지칭넝(隆基氫能)', '수소 생산']);
  // The table title the PDF lost its opening bracket for is still a table.
  assert.match(tables(articles[3]!.blocks)[1]!.title, /프로젝트$/);
});

test('a caption with no table under it is an image placeholder', () => {
  assert.deepEqual(
    articles[5]!.blocks.filter((b) => b.kind === 'image').map((b) => b.kind === 'image' && b.caption),
    ['3차원 구조 전자피부'],
  );
});

test('references per article, URLs repaired where the PDF broke them', () => {
  assert.deepEqual(articles.map((a) => a.references.length), [3, 1, 1, 3, 2, 1, 1]);
  assert.equal(articles[3]!.references[0]!.title, '或达60亿,中国计划投入资金扶持全固态电池研发'); // ▽ read as ☑
  assert.equal(articles[4]!.references[1]!.url, null);
  assert.equal(
    articles[5]!.references[0]!.url,
    'http://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2024-06/06/content_572702.htm?div=-1',
  );
  assert.match(articles[6]!.references[0]!.url ?? '', /^https:\/\/www\.sohu\.com\/a\/784279135_114760\?.*smpc\.channel_218/);
});

test('bullets, nested bullets, footnotes, notes, sources and sub-headings', () => {
  const kinds = (blocks: Block[]) => blocks.map((b) => b.kind + ('depth' in b ? b.depth : ''));
  assert.deepEqual(kinds(articles[0]!.blocks).slice(0, 9), ['bullet1', 'bullet1', 'footnote1', 'bullet1', 'bullet1', 'table', 'note0', 'note0', 'note0']);
  const stats = articles[4]!.blocks;
  assert.deepEqual(stats.filter((b) => b.kind === 'subheading').map((b) => b.kind === 'subheading' && b.text), [
    '1) R&D인력 규모 확대', '2) 과학기술 협력 네트워크 강화', '3) 특허 기술이전 감소', '4) 벤처 투자 기업 수 확대',
  ]);
  assert.deepEqual(stats.filter((b) => b.kind === 'source').map((b) => b.kind === 'source' && b.text), [
    'https://sghexport.shobserver.com/html/baijiahao/2024/06/06/1343449.html',
    '2024 장강삼각주 지역 협동 혁신지수 보고',
  ]);
  // A bullet the PDF wrapped over three lines is one bullet.
  const wrapped = articles[6]!.blocks.find((b) => b.kind === 'bullet' && b.text.startsWith('이중 4개의 핵 유전자'));
  assert.ok(wrapped && wrapped.kind === 'bullet');
  assert.match(wrapped.text, /초파리 등 6종 곤충을 .* 크게 단축$/);
  assert.equal(articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'paragraph').length, 0);
});

test('seven short items, numbered in order (①4 is item 4), each with its source', () => {
  assert.equal(issue.shortItems.length, 7);
  assert.deepEqual(issue.shortItems.map((i) => i.number), [1, 2, 3, 4, 5, 6, 7]);
  assert.equal(issue.shortItems[3]!.title, '톈진, 기술 성과 전환 및 혁신 18조 발표');
  assert.ok(issue.shortItems.every((i) => i.lead !== null && i.source?.url && i.source.date));
  assert.deepEqual(issue.shortItems[0]!.source, {
    name: '상하이시정부',
    date: '2024-06-07',
    url: 'https://www.shanghai.gov.cn/gwk/search/content/11dc42f0e0ff4ac9adcaf9e90178bd04',
  });
  assert.deepEqual(issue.shortItems[4]!.blocks.map((b) => b.kind + ('marker' in b ? b.marker : '')), ['bullet', 'footnote*', 'footnote**', 'bullet']);
});

test('only the garbled category tag before the first section is left unplaced', () => {
  // "기술전리" is the PDF's misreading of the 기술전략 tag; nothing else is lost.
  assert.deepEqual(issue.unplaced, [{ text: '기술전리', line: 38 }]);
});

const bodyLineCases: [string, ReturnType<typeof bodyLine>][] = [
  ['- 수소 생산', { kind: 'bullet', depth: 0, text: '수소 생산' }],
  [' - 기존 목록', { kind: 'bullet', depth: 1, text: '기존 목록' }],
  [' - * 생태, 환경', { kind: 'footnote', depth: 1, marker: '*', text: '생태, 환경' }],
  ['- ** 차량용 레이더', { kind: 'footnote', depth: 0, marker: '**', text: '차량용 레이더' }],
  ['- **장강삼각주** 지수', { kind: 'bullet', depth: 0, text: '**장강삼각주** 지수' }],
  ['- ▶ 수소 생산: 722MW', { kind: 'note', depth: 0, text: '수소 생산: 722MW' }],
  ['* 출처: KITA', { kind: 'source', text: 'KITA' }],
  [' - * 출처: https://a.cn/x', { kind: 'source', text: 'https://a.cn/x' }],
  ['참고자료', null],
];
for (const [line, expected] of bodyLineCases) {
  test(`body line ${JSON.stringify(line)}`, () => assert.deepEqual(bodyLine(line), expected));
}

test('table titles and layout residue', () => {
  assert.equal(tableTitle('〈※ 참고: 목록〉'), '※ 참고: 목록');
  assert.equal(tableTitle('깨진\t제목 프로젝트〉'), '깨진 제목 프로젝트');
  assert.equal(tableTitle('보통 문장'), null);
  assert.deepEqual(['12 —', '01', ' ', '— 3 —'].map(isLayoutArtefact), [true, true, true, true]);
  assert.equal(isLayoutArtefact('01 상하이, 발표'), false);
});
