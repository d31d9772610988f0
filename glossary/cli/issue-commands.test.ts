import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { InputError } from '../errors.ts';
import { openStore } from '../store/store.ts';
import { parseIssueText } from '../bulletin/parse-text.ts';
import { withoutPositions } from '../bulletin/model.ts';
import { registerIssueCommands } from './issue-commands.ts';

const SAMPLE = fileURLPath(new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url));
const sampleText = fs.readFileSync(SAMPLE, 'utf8');
const sample = parseIssueText('kostec-weekly-2024-06-21.txt', sampleText);

function fileURLPath(url: URL): string {
  return decodeURIComponent(url.pathname);
}

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-issue-cli-'));
  dirs.push(dir);
  return dir;
}

/** Runs `donghyang --db DB …args` in-process with only the issue commands registered. */
async function run(db: string, ...args: string[]): Promise<string> {
  let text = '';
  const program = new Command('donghyang').option('--db <path>').exitOverride().configureOutput({ writeOut: (t) => (text += t), writeErr: () => {} });
  registerIssueCommands(program, (t) => (text += t));
  await program.parseAsync(['--db', db, ...args], { from: 'user' });
  return text;
}

/** What a user could see change in the database. */
function dbState(db: string): string {
  const store = openStore(db);
  try {
    const issues = store.listIssues().map((i) => store.getIssue(i.id));
    return JSON.stringify({ issues, glossary: store.counts() });
  } finally {
    store.close();
  }
}

test('issue import prints the counts, the pair merge and the unplaced lines; list shows the issue', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'g.db');
  const text = await run(db, 'issue', 'import', SAMPLE);
  assert.match(text, /: imported as issue #1 \(2024-06-21, 2024-06-21\)/);
  assert.match(text, /2 sections, 7 articles, 7 short items, 6 tables, 1 images, 12 references, 5 summary bullets/);
  const merge = /62 한글\(漢字\) pairs: (\d+) proposed, (\d+) confirmed, (\d+) conflicts/.exec(text);
  assert.ok(merge, text);
  // The seed glossary comes from the sample, so some pairs are already known.
  assert.ok(Number(merge[2]) > 0, 'no pair confirmed against the seed glossary');
  assert.match(text, /1 line could not be placed:\n {4}line 38: 기술전리\n/);
  assert.match(await run(db, 'issue', 'list'), /^#1 {2}2024-06-21 {2}2024-06-21 {2}14 articles\n$/);
});

test('issue import --dry-run --json reports and writes nothing', async () => {
  const db = path.join(tempDir(), 'g.db');
  const json = JSON.parse(await run(db, 'issue', 'import', SAMPLE, '--dry-run', '--json'));
  assert.equal(json.dryRun, true);
  assert.equal(json.issue, null);
  assert.deepEqual(json.counts, { sections: 2, articles: 7, shortItems: 7, tables: 6, images: 1, references: 12, summary: 5, pairs: 62 });
  assert.deepEqual(json.unplaced, [{ text: '기술전리', line: 38 }]);
  assert.equal(await run(db, 'issue', 'list'), 'no issues in the store\n');
});

const broken: [string, string, Uint8Array | string, RegExp][] = [
  ['a truncated file', 'cut.txt', sampleText.split('\n').slice(0, 200).join('\n'), /^cut\.txt:200: the file ends at line 200 without the colophon/],
  ['a binary file', 'issue.bin', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0xff, 0x13, 0x00, 0x9c]), /^issue\.bin:2:\d+: binary content/],
  ['an issue with no articles', 'empty.txt', 'CONTENTS\n\n중국 과학기술 정책 주/간/동/향\n\n| 발 행 일 | 2024. 6. 28.\n', /^empty\.txt:1: the issue has no articles/],
];
for (const [name, file, content, message] of broken) {
  test(`issue import of ${name} fails naming file and line, and changes nothing`, async () => {
    const dir = tempDir();
    const db = path.join(dir, 'g.db');
    await run(db, 'issue', 'import', SAMPLE);
    const before = dbState(db);
    const input = path.join(dir, file);
    fs.writeFileSync(input, content);
    await assert.rejects(run(db, 'issue', 'import', input), (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.match(error.message, message);
      return true;
    });
    assert.equal(dbState(db), before);
  });
}

test('importing the same issue again is refused and changes nothing', async () => {
  const db = path.join(tempDir(), 'g.db');
  await run(db, 'issue', 'import', SAMPLE);
  const before = dbState(db);
  await assert.rejects(run(db, 'issue', 'import', SAMPLE), /issue 2024-06-21 of 2024-06-21 is already in the store \(issue #1\)/);
  assert.equal(dbState(db), before);
});

test('issue export md/html/docx by id, date or number; the Markdown reads back as the sample', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'g.db');
  await run(db, 'issue', 'import', SAMPLE);
  const md = path.join(dir, 'out', 'issue.md');
  assert.equal(await run(db, 'issue', 'export', '1', '--format', 'md', '--out', md), `${md}: issue 2024-06-21 written as MD (7 articles, 7 short items)\n`);
  const { unplaced: _u, ...expected } = withoutPositions(sample);
  const { unplaced: _v, ...actual } = withoutPositions(parseIssueText('issue.md', fs.readFileSync(md, 'utf8')));
  assert.deepEqual(actual, expected);

  const html = path.join(dir, 'issue.html');
  await run(db, 'issue', 'export', '2024. 6. 21.', '--out', html);
  assert.match(fs.readFileSync(html, 'utf8'), /국가발전개혁위, 서부지역 수소에너지 장려 산업 목록 신규 공개/);
  const docx = path.join(dir, 'issue.docx');
  await run(db, 'issue', 'export', '2024-06-21', '--format', 'docx', '--out', docx);
  assert.equal(fs.readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'a temporary file was left behind');
});

// Without LibreOffice or Chromium this fails with the export's own message naming what to install.
test('issue export --format pdf writes a PDF', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'g.db');
  await run(db, 'issue', 'import', SAMPLE);
  const pdf = path.join(dir, 'issue.pdf');
  assert.match(await run(db, 'issue', 'export', '1', '--out', pdf), /written as PDF/);
  assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
});

test('issue export names what is wrong: an unknown issue, a format the file name does not tell', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'g.db');
  await run(db, 'issue', 'import', SAMPLE);
  await assert.rejects(run(db, 'issue', 'export', '2024-07-05', '--out', path.join(dir, 'x.md')), /no issue "2024-07-05" in the store/);
  await assert.rejects(run(db, 'issue', 'export', '1', '--out', path.join(dir, 'x.txt')), /x\.txt: say --format docx\|pdf\|html\|md/);
  assert.ok(!fs.existsSync(path.join(dir, 'x.md')));
});

test('issue import --rate sets the rate or refuses a bad one; issue pairs lists the merge', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'g.db');
  await assert.rejects(run(db, 'issue', 'import', SAMPLE, '--rate', '-3'), /--rate "-3" is not a positive number/);
  await run(db, 'issue', 'import', SAMPLE, '--rate', '190.5');
  assert.match(await run(db, 'issue', 'list'), /rate 190\.5/);
  const pairs = await run(db, 'issue', 'pairs', '1');
  const counts = /^issue 2024-06-21: (\d+) proposed, (\d+) confirmed, (\d+) conflicts\n/.exec(pairs);
  assert.ok(counts, pairs);
  // Each proposed or conflicting pair is listed with the article and body line it is written in.
  const listed = pairs.split('\n').filter((l) => /^ {2}(proposed|conflict): \S.*\(.+\) .*\[.+, line \d+\]$/.test(l));
  assert.equal(listed.length, Number(counts[1]) + Number(counts[3]));
  assert.ok(listed.length > 0);
});
