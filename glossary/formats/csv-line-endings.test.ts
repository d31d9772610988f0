// CSV files as other tools and other machines end their lines (Excel's \r\n, Unix \n, old Mac \r,
// rows pasted together from several), and files that stop in the middle of their last row.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../errors.ts';
import { readGlossaryFile } from './index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const pairs = (read: Awaited<ReturnType<typeof readGlossaryFile>>) => read.concepts.map((c) => c.terms.map((t) => t.text).join('='));

describe('CSV line endings', () => {
  const rows = ['zh,ko,note', '专精特新,전정특신,', '揭榜制,경쟁형 과제,"첫 줄{BREAK}둘째 줄"', '量子,양자,'];
  for (const [name, lineBreak] of [['Unix \\n', '\n'], ['Windows \\r\\n', '\r\n'], ['old Mac \\r', '\r']] as const) {
    it(`reads a file with ${name} line ends: same rows, same lines, a note's line break kept as \\n`, async () => {
      const read = await readGlossaryFile('terms.csv', utf8(rows.join(lineBreak).replace('{BREAK}', lineBreak) + lineBreak));
      assert.deepEqual(pairs(read), ['专精特新=전정특신', '揭榜制=경쟁형 과제', '量子=양자']);
      assert.equal(read.concepts[1]!.note, '첫 줄\n둘째 줄');
      // The row after the two-line cell starts on line 5.
      assert.deepEqual(read.lines, [2, 3, 5]);
    });
  }

  it('reads rows pasted together with different line ends as separate rows, on their lines', async () => {
    const read = await readGlossaryFile('mixed.csv', utf8('zh,ko\r\n专精特新,전정특신\n揭榜制,경쟁형 과제\r\n量子,양자\r算力,컴퓨팅 파워\n'));
    assert.deepEqual(pairs(read), ['专精特新=전정특신', '揭榜制=경쟁형 과제', '量子=양자', '算力=컴퓨팅 파워']);
    assert.deepEqual(read.lines, [2, 3, 4, 5]);
  });

  it('names the line of an error in a \\r\\n file as in a \\n file, after a two-line cell too', async () => {
    for (const lineBreak of ['\n', '\r\n']) {
      const csv = ['zh,ko,note', `专精特新,전정특신,"첫 줄${lineBreak}둘째 줄"`, '量子,양자,', '揭榜制,경쟁형 "과제",', '算力,컴퓨팅 파워,'].join(lineBreak);
      await assert.rejects(readGlossaryFile('bad.csv', utf8(csv)), (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.line, 5, `with ${JSON.stringify(lineBreak)}`);
        return true;
      });
    }
  });
});

describe('a CSV cut short in its last row', () => {
  it('cut inside a quoted cell: refused, naming the line where the cell opens', async () => {
    const csv = 'zh,ko,definition\n专精特新,전정특신,중소기업\n揭榜制,경쟁형 과제,"과제를 공개하고\n해결';
    await assert.rejects(readGlossaryFile('cut.csv', utf8(csv)), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.file, 'cut.csv');
      assert.match(error.problem, /quoted cell is never closed/);
      assert.equal(error.line, 3);
      return true;
    });
  });

  it('cut before its last cells: imported with a warning naming the line', async () => {
    const read = await readGlossaryFile('cut.csv', utf8('zh,ko,definition\r\n专精特新,전정특신,중소기업\r\n揭榜制,경쟁'));
    assert.deepEqual(pairs(read), ['专精特新=전정특신', '揭榜制=경쟁']);
    assert.deepEqual(read.warnings, ['line 3: the last row has 2 of 3 cells and the file ends without a line break: was the file cut short?']);
  });

  it('a complete file without a final line break is not warned about', async () => {
    const read = await readGlossaryFile('whole.csv', utf8('zh,ko,definition\n专精特新,전정특신,중소기업'));
    assert.deepEqual(read.warnings, []);
  });
});
