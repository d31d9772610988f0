import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempStore } from '../store/test-helpers.ts';
import { ConcordanceCorpus } from './corpus.ts';
import { concordanceKey, searchConcordance } from './search.ts';

function storeWithIssues() {
  const store = tempStore();
  const old = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  const a = store.addArticle({ issueId: old.id, section: 'policy', title: '전정특신 기업 육성' });
  store.saveArticle({
    id: a.id,
    title: '전정특신 기업 육성',
    lead: '중국, 전정특신(專精特新) 기업 1만 개 육성 (6.4)',
    body: '- 공업정보화부는 전정특신을 강조\n- 둘째 줄에도 전정특신이 있다',
    sources: [{ title: '工信部通知', url: '', text: '第一行\r\n培育专精特新企业一万家' }],
  });
  const recent = store.createIssue({ number: '2024-30', date: '2024-08-09', rate: null });
  const b = store.addArticle({ issueId: recent.id, section: 'brief', title: '새 기사' });
  store.saveArticle({ id: b.id, title: '새 기사', lead: '', body: '전정특신 지원 확대', sources: [{ title: '', url: '', text: '支持專精特新中小企業' }] });
  return { store, a, b };
}

test('a Korean query drops its particles; both Chinese scripts find each other', () => {
  assert.equal(concordanceKey('전정특신을'), '전정특신');
  assert.equal(concordanceKey('국가'), '국가');
  assert.equal(concordanceKey('專精特新'), '专精特新');
});

test('every occurrence, newest issue first, with issue, article, field, line and the text around it', () => {
  const { store, a, b } = storeWithIssues();
  const corpus = new ConcordanceCorpus(store);
  const ko = searchConcordance(corpus.issues(), '전정특신은');
  assert.equal(ko.total, 5);
  assert.deepEqual(ko.hits.map((h) => [h.issue, h.articleId, h.field, h.line]), [
    ['2024-30', b.id, 'body', 1],
    ['2024-23', a.id, 'title', 1],
    ['2024-23', a.id, 'lead', 1],
    ['2024-23', a.id, 'body', 1],
    ['2024-23', a.id, 'body', 2],
  ]);
  const second = ko.hits[4]!;
  assert.equal(second.text.slice(second.start, second.end), '전정특신');
  assert.equal(store.getArticle(a.id)!.body.slice(second.fieldStart, second.fieldEnd), '전정특신');

  const zh = searchConcordance(corpus.issues(), '专精特新');
  assert.deepEqual(zh.hits.map((h) => [h.issue, h.field, h.line, h.text.slice(h.start, h.end)]), [
    ['2024-30', 'source', 1, '專精特新'],
    ['2024-23', 'lead', 1, '專精特新'],
    ['2024-23', 'source', 2, '专精特新'],
  ]);
  // The source's line 2 after a CRLF: its offset in the field points at the match.
  const crlf = zh.hits[2]!;
  assert.equal(store.getArticle(a.id)!.sources[0]!.text.slice(crlf.fieldStart, crlf.fieldEnd), '专精特新');
  store.close();
});

test('an edit is found at once; a limit keeps the count', () => {
  const { store, b } = storeWithIssues();
  const corpus = new ConcordanceCorpus(store);
  assert.equal(searchConcordance(corpus.issues(), '위성 인터넷').total, 0);
  store.saveArticle({ id: b.id, title: '새 기사', lead: '', body: '위성 인터넷 구축', sources: [] });
  assert.equal(searchConcordance(corpus.issues(), '위성 인터넷').total, 1);
  const limited = searchConcordance(corpus.issues(), '전정특신', 2);
  assert.equal(limited.hits.length, 2);
  assert.equal(limited.total, 4);
  assert.throws(() => searchConcordance(corpus.issues(), '  '), /give a Chinese or Korean string/);
  store.close();
});
