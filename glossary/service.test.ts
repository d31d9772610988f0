// The service end to end on a real database: what both hosts and the CLI rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createService } from './service.ts';
import { repoRoot } from './paths.ts';

const SAMPLE = path.join(repoRoot, '..', 'shared', 'samples', 'kostec-weekly-2024-06-21.txt');

async function freshService() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-service-'));
  const service = await createService({ dbPath: path.join(dir, 'nested', 'donghyang.db'), who: 'tester' });
  return { service, dir };
}

test('a new database is seeded, and checks find glossary slips and number slips in a draft', async () => {
  const { service } = await freshService();
  const stats = await service.glossaryStats();
  assert.ok(stats.concepts > 50, `seeded concepts: ${stats.concepts}`);
  const issue = await service.createIssue({ number: '2024-23', date: '2024-06-28', rate: 190 });
  const article = await service.addArticle({ issueId: issue.id, section: 'policy', title: '청두' });
  const source = '成都市支持专精特新企业。跨境电商进出口2.38万亿元。';
  const draft = '- 청두시는 전정특신(專精特新)를 지원\n- 수출입 규모는 2.38억 위안(452억 원)';
  const result = await service.checkArticle({ articleId: article.id, draft, sources: [source] });
  const rules = result.findings.map((f) => `${f.rule}:${f.text}`);
  assert.ok(rules.includes('josa:전정특신(專精特新)를'), rules.join(' | '));
  assert.ok(rules.some((r) => r.startsWith('number-mismatch:2.38억')), rules.join(' | '));
  assert.equal(result.rateSource, 'issue');
  service.close();
});

test('accepting a finding hides it on later runs until it is restored', async () => {
  const { service } = await freshService();
  const draft = '정부는 올해부터 전정특신(專精特新)를 육성';
  const before = await service.checkText({ draft, sources: [] });
  const josa = before.findings.find((f) => f.rule === 'josa')!;
  await service.acceptFinding({ key: josa.key, rule: josa.rule, text: josa.text });
  const after = await service.checkText({ draft: `새 줄\n\n${draft}`, sources: [] });
  assert.equal(after.findings.find((f) => f.rule === 'josa')!.accepted, true);
  assert.equal((await service.listAccepted()).length, 1);
  await service.restoreAccepted({ key: josa.key });
  const restored = await service.checkText({ draft, sources: [] });
  assert.equal(restored.findings.find((f) => f.rule === 'josa')!.accepted, false);
  service.close();
});

test('versions of an article compare word by word, and comments follow their text', async () => {
  const { service } = await freshService();
  const issue = await service.createIssue({ number: '1', date: '2024-06-21', rate: null });
  const article = await service.addArticle({ issueId: issue.id, section: 'policy', title: 'A' });
  await service.saveArticle({ id: article.id, title: 'A', lead: '', body: '위화퉁을 지원한다', sources: [] });
  const comment = await service.addComment({ articleId: article.id, field: 'body', start: 4, end: 6, body: '확인' });
  const v1 = await service.saveVersion({ issueId: issue.id, articleId: article.id, label: '초안' });
  await service.saveArticle({ id: article.id, title: 'A', lead: '', body: '새로 이화퉁을 지원한다', sources: [] });
  const comparison = await service.compareVersions({ beforeId: v1.id, articleId: article.id });
  const json = JSON.stringify(comparison);
  assert.match(json, /"delete"/);
  assert.match(json, /"insert"/);
  const [moved] = await service.listComments({ articleId: article.id });
  assert.equal(moved!.id, comment.id);
  assert.equal(moved!.start, 7);
  assert.equal((await service.resolveComment({ id: comment.id })).resolvedBy, 'tester');
  service.close();
});

test('the sample issue imports, is reported, and exports as Markdown and HTML', async () => {
  const { service } = await freshService();
  const contentBase64 = fs.readFileSync(SAMPLE).toString('base64');
  const dry = await service.importIssue({ fileName: 'kostec.txt', contentBase64, dryRun: true });
  assert.equal(dry.issue, null);
  assert.equal((await service.listIssues()).length, 0);
  const imported = await service.importIssue({ fileName: 'kostec.txt', contentBase64 });
  assert.equal(imported.counts.articles, 7);
  assert.equal(imported.counts.shortItems, 7);
  assert.equal(imported.issue!.articleCount, 14);
  const report = await service.reviewReport({ issueId: imported.issue!.id });
  assert.ok(report.groups.length > 0);
  const md = Buffer.from((await service.exportIssue({ issueId: imported.issue!.id, format: 'md' })).contentBase64, 'base64').toString('utf8');
  assert.match(md, /청두시, '인공지능 산업 고품질 발전 3개년 계획' 마련/);
  const html = await service.exportReviewReport({ issueId: imported.issue!.id, format: 'html' });
  assert.match(Buffer.from(html.contentBase64, 'base64').toString('utf8'), /<html/);
  service.close();
});

test('glossary edits show in the very next recognition and check, without waiting for a rebuild', async () => {
  const { service } = await freshService();
  const source = '戴琼海院士出席。';
  assert.deepEqual(await service.recognize({ text: source }), []);
  const concept = await service.saveConcept({
    input: { category: 'person', terms: [{ lang: 'zh', text: '戴瓊海' }, { lang: 'ko', text: '다이충하이' }] },
  });
  const hits = await service.recognize({ text: source });
  assert.deepEqual(hits.map((h) => [h.text, h.concept.ko[0]!.text]), [['戴琼海', '다이충하이']]);

  const koTerm = concept.terms.find((t) => t.lang === 'ko')!;
  await service.setTermStatus({ termId: koTerm.id, status: 'forbidden' });
  const checked = await service.checkText({ draft: '다이충하이 원사가 참석', sources: [source] });
  assert.ok(checked.findings.some((f) => f.rule === 'term-forbidden' && f.text === '다이충하이'));

  await service.deleteConcept({ id: concept.id });
  assert.deepEqual(await service.recognize({ text: source }), []);
  service.close();
});
