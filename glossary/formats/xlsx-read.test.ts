import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { InputError } from '../errors.ts';
import { parseGlossaryFile } from './index.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-xlsx-'));
after(() => fs.rmSync(dir, { recursive: true }));

async function workbook(name: string, rows: SheetData): Promise<Uint8Array> {
  const file = path.join(dir, name);
  await writeXlsxFile(rows).toFile(file);
  return new Uint8Array(fs.readFileSync(file));
}

const text = (value: string) => ({ value });

describe('XLSX import', () => {
  it('reads the first sheet like a CSV: Korean headers, several terms per cell, number and date cells', async () => {
    const bytes = await workbook('glossary.xlsx', [
      [text('id'), text('원어'), text('번역어'), text('분류'), text('정의'), text('출처'), text('관용')],
      [{ value: 17 }, text('专精特新; 專精特新'), text('전정특신'), text('정책'), text('전문화·정밀화 중소기업'), { value: new Date(Date.UTC(2024, 5, 21)), format: 'yyyy-mm-dd' }, { value: true }],
      [null, null, null, null, null, null, null],
      [null, text('香港'), text('홍콩 | 샹강'), text('지명'), null, text('https://zh.wikipedia.org/wiki/香港'), null],
    ]);
    const concepts = await parseGlossaryFile('glossary.xlsx', bytes);
    assert.deepEqual(concepts, [
      {
        category: 'policy', externalId: '17', definition: '전문화·정밀화 중소기업', sourceIssue: '2024-06-21',
        terms: [
          { lang: 'zh', text: '专精特新', status: 'preferred' },
          { lang: 'zh', text: '專精特新', status: 'admitted' },
          { lang: 'ko', text: '전정특신', status: 'preferred', established: true },
        ],
      },
      {
        category: 'place', sourceUrl: 'https://zh.wikipedia.org/wiki/香港',
        terms: [
          { lang: 'zh', text: '香港', status: 'preferred' },
          { lang: 'ko', text: '홍콩', status: 'preferred' },
          { lang: 'ko', text: '샹강', status: 'admitted' },
        ],
      },
    ]);
  });

  it('names the sheet row and column of a bad cell', async () => {
    const bytes = await workbook('bad.xlsx', [
      [text('zh'), text('ko'), text('ko:status')],
      [text('亿华通'), text('위화퉁'), text('preferred')],
      [text('戴琼海'), text('다이충하이'), text('maybe')],
    ]);
    await assert.rejects(parseGlossaryFile('bad.xlsx', bytes), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.line, 3);
      assert.equal(error.column, 3);
      assert.match(error.message, /^bad\.xlsx:3:3: unknown term status "maybe"/);
      return true;
    });
  });

  it('refuses a ZIP that is not a workbook', async () => {
    // Starts like a ZIP (as every XLSX does) but holds no workbook.
    const emptyZipWithSignature = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)]);
    await assert.rejects(parseGlossaryFile('archive.xlsx', emptyZipWithSignature), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /^archive\.xlsx: not a readable XLSX workbook/);
      return true;
    });
  });
});
