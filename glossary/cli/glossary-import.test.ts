// `donghyang glossary import` on real files: the detected mapping is printed, and --columns,
// --lang-map, --sheet and --duplicates change what is imported. The real bin, a temp database.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import writeXlsxFile from 'write-excel-file/node';
import { repoRoot } from '../paths.ts';

const BIN = path.join(repoRoot, 'glossary', 'bin', 'donghyang.mjs');
const INTEROP = path.join(repoRoot, '..', 'shared', 'fixtures', 'interop');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-cli-import-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function donghyang(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, DONGHYANG_DB: db }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('a headerless OmegaT glossary: the preview shows the columns found by script; --columns changes them', () => {
  const db = path.join(dir, 'omegat.db');
  const file = path.join(INTEROP, 'omegat-l10n-zh_CN-glossary.txt');
  const dry = donghyang(db, 'glossary', 'import', file, '--dry-run');
  assert.equal(dry.code, 0, dry.err);
  // 7 entries share a Chinese term with an earlier line: kept as concepts of their own by default.
  assert.match(dry.out, /91 to add, 0 to update, 0 conflicts, 7 duplicates/);
  assert.match(dry.out, /columns \(no header row; languages detected from the scripts\): 1 → en, 2 → zh, 3 → note/);
  const remapped = donghyang(db, 'glossary', 'import', file, '--columns', 'en,zh-Hans,ignore', '--dry-run');
  assert.match(remapped.out, /1 → en, 2 → zh-Hans, 3 → ignore/);
  assert.match(remapped.out, /terms: en 98, zh-Hans 98/);
});

test('a file without Chinese or Korean is said so; --lang-map names the undetermined language', () => {
  const db = path.join(dir, 'ug.db');
  const file = path.join(INTEROP, 'Terms-ug.csv');
  const dry = donghyang(db, 'glossary', 'import', file, '--dry-run');
  assert.match(dry.out, /terms: en 5146, und-Arab 5146/);
  assert.match(dry.out, /note: the file holds no Chinese \(zh\) and no Korean \(ko\) term/);
  const mapped = donghyang(db, 'glossary', 'import', file, '--lang-map', 'und-Arab=ug', '--dry-run');
  assert.match(mapped.out, /terms: en 5146, ug 5146/);
});

test('--sheet picks a sheet of a workbook; the preview lists them all', async () => {
  const db = path.join(dir, 'sheets.db');
  const file = path.join(dir, 'two-sheets.xlsx');
  const cell = (value: string) => ({ value });
  await writeXlsxFile([
    { sheet: '人名', data: [[cell('中文'), cell('한국어')], [cell('戴琼海'), cell('다이충하이')]] },
    { sheet: '기관', data: [[cell('中文'), cell('한국어')], [cell('中国科学院'), cell('중국과학원')], [cell('科技部'), cell('과학기술부')]] },
  ]).toFile(file);
  const first = donghyang(db, 'glossary', 'import', file, '--dry-run');
  assert.match(first.out, /1 to add/);
  assert.match(first.out, /sheets: 人名, 기관 \(reading "人名"; choose with --sheet\)/);
  const second = donghyang(db, 'glossary', 'import', file, '--sheet', '기관');
  assert.match(second.out, /2 to add/);
  assert.match(second.out, /imported: 2 added/);
});

test('duplicates are listed with file lines and kept by default; --duplicates merge makes one concept', () => {
  const file = path.join(dir, 'dupes.csv');
  fs.writeFileSync(file, 'zh,ko\n漠河,모허\n乌镇,우전\n漠河,막하\n');
  const kept = donghyang(path.join(dir, 'keep.db'), 'glossary', 'import', file);
  assert.match(kept.out, /duplicate: line 4 漠河 shares a Chinese term with line 2 \(모허\): keep/);
  assert.match(kept.out, /imported: 3 added/);
  const merged = donghyang(path.join(dir, 'merge.db'), 'glossary', 'import', file, '--duplicates', 'merge');
  assert.match(merged.out, /imported: 2 added/);
  assert.match(donghyang(path.join(dir, 'merge.db'), 'glossary', 'search', '漠河').out, /漠河 → 모허; 막하/);
});

test('export writes XLSX, MultiTerm and OmegaT files that import back', () => {
  const db = path.join(dir, 'export.db');
  donghyang(db, 'glossary', 'import', path.join(INTEROP, 'openchain-kr-glossary.txt'));
  for (const name of ['out.xlsx', 'out.mtf.xml', 'out.tbx', 'out.csv']) {
    const written = donghyang(db, 'glossary', 'export', path.join(dir, name));
    assert.equal(written.code, 0, written.err);
    const back = donghyang(path.join(dir, `${name}.db`), 'glossary', 'import', path.join(dir, name), '--dry-run');
    assert.match(back.out, /65 to add/, `${name}: ${back.out}${back.err}`);
  }
});
