// The command line as a user runs it: the real `donghyang` bin in a child process, on a temp database.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');
const TBX = path.join(repoRoot, '..', 'shared', 'fixtures', 'tbx', 'ltac-basic-astronomy-dca.tbx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-cli-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function donghyang(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, DONGHYANG_DB: db },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('--help lists the commands', () => {
  const { code, out } = donghyang(path.join(dir, 'help.db'), '--help');
  assert.equal(code, 0);
  for (const command of ['glossary', 'check', 'suggest', 'issue']) assert.match(out, new RegExp(`\\n  ${command}\\b`));
});

test('glossary import --dry-run writes nothing; import, search, add and export work on the --db database', () => {
  const db = path.join(dir, 'glossary.db');
  const dry = donghyang(db, 'glossary', 'import', TBX, '--dry-run');
  assert.equal(dry.code, 0, dry.err);
  assert.match(dry.out, /45 to add, 0 to update, 0 conflicts, 0 duplicates\n[\s\S]*dry run: nothing written/);
  assert.match(donghyang(db, 'glossary', 'search', 'galaxy').out, /no concept matches "galaxy"/);

  const real = donghyang(db, 'glossary', 'import', TBX);
  assert.match(real.out, /imported: 45 added, 0 updated/);
  assert.match(donghyang(db, 'glossary', 'search', 'galaxy').out, /\[other, (exact|prefix)\]/);

  const added = donghyang('', '--db', db, 'glossary', 'add', '--zh', '揭榜挂帅', '--ko', '경쟁형 과제', '--category', 'policy');
  assert.match(added.out, /added #\d+ 揭榜挂帅 → 경쟁형 과제 \(policy, proposed\)/);
  const hits = JSON.parse(donghyang(db, 'glossary', 'search', '揭榜掛帥', '--json').out);
  assert.equal(hits.hits[0].concept.terms.find((t: { lang: string }) => t.lang === 'ko').text, '경쟁형 과제');

  const csv = path.join(dir, 'out', 'glossary.csv');
  assert.match(donghyang(db, 'glossary', 'export', csv, '--format', 'csv').out, /concepts, \d+ terms written as CSV/);
  assert.match(fs.readFileSync(csv, 'utf8'), /揭榜挂帅/);
});

test('check prints findings as JSON with rule, position and suggestion, and exits 0', () => {
  const db = path.join(dir, 'check.db');
  const draft = path.join(dir, 'draft.txt');
  const source = path.join(dir, 'source.txt');
  fs.writeFileSync(draft, '- 청두시는 전정특신(專精特新)를 지원\n- 투자 규모는 1.5억 위안\n');
  fs.writeFileSync(source, '成都市支持专精特新企业，投资规模1.5万亿元。');
  const { code, out } = donghyang(db, 'check', draft, '--source', source, '--json');
  assert.equal(code, 0);
  const findings = JSON.parse(out).findings as {
    rule: string;
    severity: string;
    line: number;
    column: number;
    text: string;
    suggestion: string | null;
    source?: { index: number; title: string; start: number; end: number; line: number };
  }[];
  const josa = findings.find((f) => f.rule === 'josa')!;
  assert.deepEqual([josa.line, josa.column, josa.suggestion], [1, 8, '전정특신(專精特新)을']);
  const number = findings.find((f) => f.rule === 'number-mismatch' && f.severity === 'error')!;
  assert.deepEqual([number.line, number.text, number.suggestion], [2, '1.5억 위안', '1.5조 위안']);
  // The finding says where in which source its evidence is.
  assert.deepEqual(number.source, { index: 0, start: 16, end: 22, title: '成都市支持专精特新企业，投资规模1.5万亿元。', line: 1 });
});

test('suggest gives the official transcription of a person name as JSON', () => {
  const { code, out } = donghyang(path.join(dir, 'suggest.db'), 'suggest', '戴琼海', '--category', 'person', '--json');
  assert.equal(code, 0);
  assert.equal(JSON.parse(out).recommended, '다이충하이');
});

test('bad input exits non-zero with a message naming the file and the problem', () => {
  const db = path.join(dir, 'bad.db');
  const broken = path.join(dir, 'broken.tbx');
  fs.writeFileSync(broken, '<?xml version="1.0"?>\n<tbx>\n  <text><body>\n</tbx>\n');
  const bad = donghyang(db, 'glossary', 'import', broken);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /broken\.tbx:\d+:\d+: /);
  const missing = donghyang(db, 'check', path.join(dir, 'no-such-draft.txt'));
  assert.notEqual(missing.code, 0);
  assert.match(missing.err, /no-such-draft\.txt: cannot read the file \(no such file\)/);
  const rate = donghyang(db, 'check', broken, '--rate', 'abc');
  assert.notEqual(rate.code, 0);
  assert.match(rate.err, /--rate: "abc" is not a positive number/);
});
