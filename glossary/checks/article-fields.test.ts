import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkArticleText } from './article-fields.ts';
import { checkWithRate } from './index.ts';
import { buildRecognizer } from '../match/index.ts';

const recognizer = buildRecognizer([
  { id: 1, category: 'policy', zh: ['专精特新'], ko: [{ text: '전정특신', status: 'preferred', established: false }], note: null },
]);
const check = (sources: string[]) => (draft: string) =>
  checkWithRate({ draft, sources, issueDrafts: [draft], recognizer, archive: [], accepted: new Set() });

test('findings in the title, the lead and the body come back with offsets, line and column of their field', () => {
  const article = { title: '3억원 투자', lead: '전정특신를 지원(6.4)', body: '- 첫 줄\n- 1조원 규모' };
  const result = checkArticleText(article, check([]));
  const seen = result.findings.map((f) => [f.field, f.rule, f.text, f.line, f.column]);
  assert.deepEqual(seen, [
    ['title', 'spacing', '3억원', 1, 1],
    ['lead', 'josa', '전정특신를', 1, 1],
    ['body', 'spacing', '1조원', 2, 3],
  ]);
  for (const f of result.findings) assert.equal(article[f.field!].slice(f.start, f.end), f.text);
});

test('a term written only in the title is not reported missing from the article', () => {
  const withTitle = checkArticleText({ title: '전정특신 기업 지원', lead: '', body: '- 내용' }, check(['支持专精特新企业']));
  assert.deepEqual(withTitle.findings.filter((f) => f.rule === 'term-missing'), []);
  const without = checkArticleText({ title: '기업 지원', lead: '', body: '- 내용' }, check(['支持专精特新企业']));
  assert.deepEqual(without.findings.map((f) => f.rule), ['term-missing']);
});
