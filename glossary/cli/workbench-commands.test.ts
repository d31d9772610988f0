import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { openStore } from '../store/store.ts';
import { registerWorkbenchCommands } from './workbench-commands.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-workbench-cli-'));
  dirs.push(dir);
  return dir;
}

async function run(db: string, ...args: string[]): Promise<string> {
  let text = '';
  const program = new Command('donghyang').option('--db <path>').exitOverride().configureOutput({ writeOut: (t) => (text += t), writeErr: () => {} });
  registerWorkbenchCommands(program, (t) => (text += t));
  await program.parseAsync(['--db', db, ...args], { from: 'user' });
  return text;
}

test('concordance --json prints every hit with issue, article, field, line and text', async () => {
  const db = path.join(tempDir(), 'g.db');
  const store = openStore(db);
  const issue = store.createIssue({ number: '2024-23', date: '2024-06-21', rate: null });
  const article = store.addArticle({ issueId: issue.id, section: 'policy', title: '위화퉁 수소' });
  store.saveArticle({ id: article.id, title: '위화퉁 수소', lead: '', body: '- 위화퉁(億華通)은 수소 기업', sources: [{ title: '', url: '', text: '亿华通发布新品' }] });
  store.close();
  const json = JSON.parse(await run(db, 'concordance', '亿华通', '--json'));
  // The shape the issue names, {"hits":[{"issue","article","field","line","text"}]} (with the query and total beside).
  assert.deepEqual(Object.keys(json).sort(), ['hits', 'query', 'total']);
  for (const hit of json.hits) for (const key of ['issue', 'article', 'field', 'line', 'text']) assert.ok(key in hit, key);
  assert.deepEqual(json.hits.map((h: Record<string, unknown>) => [h.issue, h.article, h.field, h.line, h.text]), [
    ['2024-23', '위화퉁 수소', 'body', 1, '- 위화퉁(億華通)은 수소 기업'],
    ['2024-23', '위화퉁 수소', 'source 1', 1, '亿华通发布新品'],
  ]);
  const text = await run(db, 'concordance', '위화퉁은');
  assert.match(text, /2024-06-21 2024-23 · 위화퉁 수소 · title:1: 위화퉁 수소/);
  assert.match(text, /2 occurrences of «위화퉁»/);
  await assert.rejects(run(db, 'concordance', 'x', '--limit', '0'), /--limit: "0" is not a positive whole number/);
});

test('names --glossary F --json lists the names the file lacks; --all adds the known ones', async () => {
  const dir = tempDir();
  const source = path.join(dir, 'source.txt');
  fs.writeFileSync(source, '中国科学院院士戴琼海在清华大学作报告。');
  const glossary = path.join(dir, 'terms.csv');
  fs.writeFileSync(glossary, 'zh,ko,category\n清華大學,칭화대학,organization\n');
  const db = path.join(dir, 'unused.db');
  const json = JSON.parse(await run(db, 'names', source, '--glossary', glossary, '--json'));
  assert.deepEqual(json.names.map((n: { zh: string; category: string; known: boolean }) => [n.zh, n.category, n.known]), [
    ['中国科学院', 'organization', false],
    ['戴琼海', 'person', false],
  ]);
  assert.equal(json.names[1].recommended, '다이충하이');
  assert.deepEqual(Object.keys(json), ['names']);
  for (const name of json.names) assert.deepEqual(Object.keys(name).sort(), ['category', 'count', 'hanjaReading', 'known', 'recommended', 'transcription', 'zh']);
  const all = JSON.parse(await run(db, 'names', source, '--glossary', glossary, '--all', '--json'));
  assert.deepEqual(all.names.find((n: { zh: string }) => n.zh === '清华大学'), {
    zh: '清华大学', category: 'organization', recommended: '칭화대학', transcription: '칭화다쉐', hanjaReading: '청화대학', known: true, count: 1,
  });
  assert.equal(fs.existsSync(db), false, 'with --glossary the database is not opened');
  await assert.rejects(run(db, 'names', path.join(dir, 'missing.txt')), /missing\.txt: cannot read the file \(no such file\)/);
});
