import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { CheckResult } from '../api.ts';
import type { Finding, RuleId, Severity } from '../checks/types.ts';
import type { Article, Issue } from '../model.ts';
import { buildReviewReport, reviewReportCsv, reviewReportHtml, REVIEW_CSV_HEADER, type ArticleCheck } from './review-report.ts';

function article(id: number, title: string, section: Article['section'] = 'policy'): Article {
  return { id, issueId: 1, section, category: '', position: id, title, lead: '', body: '', summary: '', state: 'review', sources: [], updatedAt: '2024-06-21' };
}

const ISSUE: Issue = {
  id: 1,
  number: '2024-23',
  date: '2024-06-21',
  rate: null,
  title: '중국 과학기술 정책 주간동향',
  publisher: '한중과학기술협력센터',
  createdAt: '2024-06-20',
  updatedAt: '2024-06-21',
  // bulletin order: 10 before 20 before 30
  articles: [article(10, '위화퉁, 수소 연료전지 확대'), article(20, '<script>alert(1)</script> & "따옴표"'), article(30, '단신', 'brief')],
};

let keys = 0;
function finding(rule: RuleId, severity: Severity, line: number, column: number, text: string, ko: string, extra: Partial<Finding> = {}): Finding {
  return {
    rule, severity, start: 0, end: text.length, messageKey: 'k', line, column, text,
    message: { ko, en: `EN ${ko}` }, key: `${rule}␟${text}␟${keys++}`, accepted: false, ...extra,
  };
}

function result(findings: Finding[], rate: number | null = 190.5, rateSource: CheckResult['rateSource'] = 'derived'): CheckResult {
  return { findings, rate, rateSource };
}

const CHECKS: ArticleCheck[] = [
  // given out of bulletin order on purpose
  {
    articleId: 20,
    result: result([
      finding('spacing', 'style', 1, 4, '25억원', '단위 앞 띄어쓰기', { suggestion: '25억 원' }),
      finding('currency-unit', 'error', 2, 1, '60억 원', '元은 위안', { suggestion: '60억 위안' }),
    ]),
  },
  {
    articleId: 10,
    result: result([
      finding('currency-unit', 'error', 3, 7, '1,700억 원', '元은 위안'),
      finding('spacing', 'warning', 1, 2, '1조원', '띄어쓰기', { suggestion: '1조 원' }),
      finding('josa', 'warning', 2, 5, '위화퉁를', '받침 없는 말 뒤에는 를', { accepted: true, suggestion: '위화퉁을' }),
      finding('currency-unit', 'error', 1, 1, '<b>원</b>', '"원" & <위안>', { accepted: true }),
    ]),
  },
  { articleId: 30, result: result([]) },
];

const report = buildReviewReport(ISSUE, CHECKS);

test('open findings are grouped by rule, errors first, each group in bulletin order', () => {
  assert.deepEqual(
    report.groups.map((g) => [g.rule, g.severity, g.count]),
    [['currency-unit', 'error', 2], ['spacing', 'warning', 2]],
  );
  assert.deepEqual(report.groups[0]!.findings.map((f) => [f.articleTitle, f.line, f.column]), [
    ['위화퉁, 수소 연료전지 확대', 3, 7],
    ['<script>alert(1)</script> & "따옴표"', 2, 1],
  ]);
  // a group takes its most severe finding's severity; findings keep their own
  assert.deepEqual(report.groups[1]!.findings.map((f) => [f.articleId, f.severity, f.suggestion]), [
    [10, 'warning', '1조 원'],
    [20, 'style', '25억 원'],
  ]);
  assert.deepEqual(report.severities, { error: 2, warning: 1, style: 1, info: 0 });
});

test('accepted findings are kept apart and counted per article', () => {
  assert.equal(report.accepted.count, 2);
  assert.deepEqual(report.accepted.groups.map((g) => [g.rule, g.count]), [['currency-unit', 1], ['josa', 1]]);
  assert.ok(report.groups.every((g) => g.findings.every((f) => !f.accepted)));
  assert.deepEqual(report.articles.map((a) => [a.articleId, a.open, a.accepted]), [[10, 2, 2], [20, 2, 0], [30, 0, 0]]);
});

test('the rate is the issue rate when set, else the one the checks derived', () => {
  assert.deepEqual(report.rate, { value: 190.5, source: 'derived' });
  assert.deepEqual(buildReviewReport({ ...ISSUE, rate: 189.9 }, CHECKS).rate, { value: 189.9, source: 'issue' });
  assert.deepEqual(buildReviewReport(ISSUE, [{ articleId: 30, result: result([], null, 'none') }]).rate, { value: null, source: 'none' });
});

test('results for an article outside the issue are refused', () => {
  assert.throws(() => buildReviewReport(ISSUE, [{ articleId: 99, result: result([]) }]), /article 99, which is not in issue 2024-23/);
});

test('HTML: self-contained, in the chosen language, open findings before the accepted section', () => {
  const ko = reviewReportHtml(report, 'ko');
  assert.match(ko, /^<!doctype html>\n<html lang="ko">/);
  assert.doesNotMatch(ko, /<script|<link|<img|\ssrc=/i);
  assert.match(ko, /Content-Security-Policy" content="default-src 'none'/);
  const order = ['<h1>검토 보고서', '통화 단위', '띄어쓰기', '<h2>허용된 결과 (2)</h2>', '조사'];
  let at = -1;
  for (const piece of order) {
    const next = ko.indexOf(piece, at + 1);
    assert.ok(next > at, `"${piece}" is missing or out of order`);
    at = next;
  }
  assert.match(ko, /190\.5 \(본문에서 추정\)/);
  assert.match(ko, /元은 위안/);
  const en = reviewReportHtml(report, 'en');
  assert.match(en, /<html lang="en">/);
  assert.match(en, /<h2>Accepted findings \(2\)<\/h2>/);
  assert.match(en, /Currency unit/);
  assert.match(en, /EN 元은 위안/);
  assert.doesNotMatch(en, /본문에서|검토 보고서/);
});

test('HTML: every user text is escaped', () => {
  const html = reviewReportHtml(report, 'ko');
  assert.ok(!html.includes('<script>alert(1)</script>'), 'an article title cannot inject markup');
  assert.ok(!html.includes('<b>원</b>'), 'finding text cannot inject markup');
  assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;따옴표&#34;'));
  assert.ok(html.includes('&#60;b&#62;원&#60;/b&#62;'));
  assert.ok(html.includes('&#34;원&#34; &#38; &#60;위안&#62;'));
});

test('HTML: an issue without findings says so in both sections', () => {
  const empty = reviewReportHtml(buildReviewReport(ISSUE, []), 'ko');
  assert.match(empty, /검사 결과가 없습니다\./);
  assert.match(empty, /허용된 결과가 없습니다\./);
});

test('CSV: BOM, header, one row per finding with open ones first, quoting that survives a round trip', () => {
  const csv = reviewReportCsv(report);
  assert.ok(csv.startsWith('\uFEFFarticle,rule,severity,line,column,text,message,suggestion,accepted\r\n'));
  const rows = parse(csv.slice(1), { record_delimiter: '\r\n' }) as string[][];
  assert.deepEqual(rows[0], [...REVIEW_CSV_HEADER]);
  assert.equal(rows.length, 1 + 6);
  assert.deepEqual(rows.slice(1).map((r) => [r[1], r[8]]), [
    ['currency-unit', 'no'], ['currency-unit', 'no'], ['spacing', 'no'], ['spacing', 'no'], ['currency-unit', 'yes'], ['josa', 'yes'],
  ]);
  // commas, quotes and markup come back exactly
  assert.deepEqual(rows[2], ['<script>alert(1)</script> & "따옴표"', 'currency-unit', 'error', '2', '1', '60억 원', '元은 위안', '60억 위안', 'no']);
  assert.deepEqual(rows[1]!.slice(5, 6), ['1,700억 원']);
  assert.match(csv, /"1,700억 원"/);
  assert.match(csv, /"<script>alert\(1\)<\/script> & ""따옴표"""/);
  assert.equal((parse(reviewReportCsv(report, 'en').slice(1)) as string[][])[1]![6], 'EN 元은 위안');
});

test('CSV: a line break inside a finding stays inside its cell', () => {
  const multi = buildReviewReport(ISSUE, [{ articleId: 30, result: result([finding('spacing', 'info', 1, 1, '첫째\n둘째', '줄바꿈')]) }]);
  const csv = reviewReportCsv(multi);
  assert.match(csv, /"첫째\n둘째"/);
  const rows = parse(csv.slice(1)) as string[][];
  assert.equal(rows.length, 2);
  assert.equal(rows[1]![5], '첫째\n둘째');
});

test('CSV: draft text that starts like a formula is not run by the spreadsheet', () => {
  const risky = buildReviewReport(ISSUE, [{ articleId: 30, result: result([finding('spacing', 'info', 1, 1, '=1+2', '@ 띄어쓰기')]) }]);
  const rows = parse(reviewReportCsv(risky).slice(1)) as string[][];
  assert.equal(rows[1]![5], "'=1+2");
  assert.equal(rows[1]![6], "'@ 띄어쓰기");
});
