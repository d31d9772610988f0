// Several writers on one database file, as users run them: two `donghyang glossary import`
// processes at once while this process keeps saving an article and editing concepts. Nobody gets
// "database is locked": every write transaction takes the write lock when it begins (IMMEDIATE) and
// a writer waits for its turn; both imports are whole, and the last save is what is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths.ts';
import { exportCsv } from '../formats/index.ts';
import { syntheticConcepts } from '../bench/synthetic.ts';
import { openStore } from './store.ts';
import { tempDir } from './test-helpers.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');

function importInOtherProcess(db: string, file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--db', db, 'glossary', 'import', file], { env: { ...process.env, DONGHYANG_DB: db } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

test('two imports in two processes and edits here at the same time: all succeed, all kept', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'shared.db');
  const store = openStore(db, { who: 'editor' });
  try {
    const issue = store.createIssue({ number: '1', date: '2024-06-21', rate: null });
    const article = store.addArticle({ issueId: issue.id, section: 'policy' });
    const files = [1, 2].map((seed) => {
      const file = path.join(dir, `import-${seed}.csv`);
      // Different seeds, different entries: both imports add theirs.
      fs.writeFileSync(file, exportCsv(syntheticConcepts(8_000, seed * 7919)));
      return file;
    });
    const before = store.counts().concepts;

    const imports = Promise.all(files.map((file) => importInOtherProcess(db, file)));
    let finished = false;
    void imports.then(() => (finished = true));
    const failures: string[] = [];
    let saves = 0;
    let body = '';
    let edited = 0;
    // Edits until both imports are done (and a few after), each one a write transaction here.
    let after = 0;
    for (let i = 0; !finished || after++ < 3; i++) {
      body = `- 저장 ${i}`;
      try {
        store.saveArticle({ id: article.id, title: '제목', lead: '', body, sources: [{ title: '', url: '', text: `源文${i}` }] });
        saves++;
        if (i % 5 === 0) {
          store.createConcept({ category: 'organization', terms: [{ lang: 'zh', text: `测试机构${i}` }, { lang: 'ko', text: `시험기관${i}` }] });
          edited++;
        }
      } catch (error) {
        failures.push((error as Error).message);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const results = await imports;
    assert.deepEqual(failures, [], 'no write here failed');
    for (const result of results) assert.equal(result.code, 0, result.out);
    assert.ok(saves > 10, `${saves} saves`);
    const imported = results.map((r) => Number(/(\d[\d,]*) added/.exec(r.out)?.[1]?.replace(/,/g, '') ?? NaN));
    assert.ok(imported.every((n) => n > 7_500), `added: ${imported.join(', ')}\n${results[0]!.out}`);
    assert.equal(store.counts().concepts, before + imported[0]! + imported[1]! + edited);
    assert.equal(store.getArticle(article.id)!.body, body);
  } finally {
    store.close();
  }
});
