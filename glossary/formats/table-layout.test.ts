import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readGlossaryFile } from './index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string, options = {}) => readGlossaryFile(name, utf8(text), options);

describe('spreadsheet layouts as people make them', () => {
  it('skips a title row above the header, with a warning naming its line', async () => {
    const got = await read('t.csv', '2024 과기 용어집,,\n중국어,한국어,비고\n专精特新,전정특신,첫 등장\n');
    assert.deepEqual(got.concepts, [{ category: 'other', note: '첫 등장', terms: [{ lang: 'zh', text: '专精特新', status: 'preferred' }, { lang: 'ko', text: '전정특신', status: 'preferred' }] }]);
    assert.deepEqual(got.warnings, ['line 1: title row above the header skipped ("2024 과기 용어집")']);
    assert.equal(got.table?.headerLine, 2);
  });

  it('reads a headerless file by script: Hangul → ko, Han → zh, kana → ja, Latin → en', async () => {
    const got = await read('h.csv', '专精特新,전정특신,specialized,専門\n亿华通,위화퉁,SinoHytec,エスアイ\n');
    assert.deepEqual(got.table?.columns.map((c) => c.choice), ['zh', 'ko', 'en', 'ja']);
    assert.equal(got.table?.headerless, true);
    assert.equal(got.concepts.length, 2);
  });

  it('a headerless column that mixes scripts is read by its majority script, and the preview says how many cells each has', async () => {
    // Like a team's exported term list: Chinese terms, some of them Latin acronyms; Korean with a
    // few English product names; English, with one Chinese cell pasted into the wrong column.
    const rows = [
      ['人工智能', '인공지능', 'artificial intelligence'],
      ['5G', '5G', '5G'],
      ['ChatGPT', 'ChatGPT', 'ChatGPT'],
      ['大模型', '대형 모델', 'large model'],
      ['芯片', '반도체 칩', 'chip'],
      ['CRISPR', '크리스퍼', 'CRISPR'],
      ['量子计算', '양자 컴퓨팅', 'quantum computing'],
      ['专精特新', '전정특신', '专精特新'],
      ['新型储能', '신형 에너지 저장', 'new energy storage'],
      ['北斗', '베이더우', 'BeiDou'],
    ];
    const got = await read('mixed.csv', rows.map((r) => r.join(',')).join('\n'));
    assert.deepEqual(got.table?.columns.map((c) => c.choice), ['zh', 'ko', 'en']);
    assert.deepEqual(got.table?.columns.map((c) => c.scripts), [
      { Hani: 7, Latn: 3 },
      { Hang: 8, Latn: 2 },
      { Latn: 9, Hani: 1 },
    ]);
    assert.ok(got.table?.columns.every((c) => c.byScript));
    // Every row is read, the minority cells in their column's language.
    assert.equal(got.concepts.length, 10);
    assert.deepEqual(got.concepts[5]!.terms.map((t) => `${t.lang}:${t.text}`), ['zh:CRISPR', 'ko:크리스퍼', 'en:CRISPR']);
  });

  it('reads rows shorter than the header, keeps unknown columns and other categories as notes and subject fields', async () => {
    const got = await read('s.csv', 'Chinese,Korean,category,Remarks2\n量子,양자,Quantum physics,x\n亿华通\n');
    assert.deepEqual(got.concepts, [
      { category: 'other', subjectField: 'Quantum physics', note: 'Remarks2: x', terms: [{ lang: 'zh', text: '量子', status: 'preferred' }, { lang: 'ko', text: '양자', status: 'preferred' }] },
      { category: 'other', terms: [{ lang: 'zh', text: '亿华通', status: 'preferred' }] },
    ]);
    assert.deepEqual(got.lines, [2, 3]);
  });

  it('warns when the file stops in the middle of its last row', async () => {
    const got = await read('cut.csv', 'zh,ko,note\n专精特新,전정특신,ok\n亿华通,위화');
    assert.equal(got.concepts.length, 2);
    assert.deepEqual(got.warnings, ['line 3: the last row has 2 of 3 cells and the file ends without a line break: was the file cut short?']);
  });

  it('removes a byte order mark inside a cell', async () => {
    const got = await read('bom.csv', 'zh,ko\n\uFEFF专精特新,\uFEFF전정특신\n');
    assert.deepEqual(got.concepts[0]!.terms.map((t) => t.text), ['专精特新', '전정특신']);
  });

  it('"source" next to zh and ko is where the entry comes from; "source"/"target" alone are term columns', async () => {
    const withTerms = await read('a.csv', 'zh,ko,source\n专精特新,전정특신,2024-06-21\n');
    assert.equal(withTerms.concepts[0]!.sourceIssue, '2024-06-21');
    const pair = await read('b.csv', 'source,target\nquantum,양자\n');
    assert.deepEqual(pair.table?.columns.map((c) => c.choice), ['en', 'ko']);
  });

  it('a file with no term column at all imports nothing and says to map the columns', async () => {
    const got = await read('n.csv', '1,2\n3,4\n');
    assert.equal(got.concepts.length, 0);
    assert.match(got.warnings.join('\n'), /no column holds terms: choose what each column is in the mapping/);
    const mapped = await read('n.csv', '1,2\n3,4\n', { columns: ['zh', 'ko'] });
    assert.equal(mapped.concepts.length, 2);
  });

  it('--lang-map renames a detected language; a term twice in a cell is one term', async () => {
    const got = await read('u.csv', 'source,target\nfile,ھۆججەت; ھۆججەت\n', { langMap: { 'und-Arab': 'ug' } });
    assert.deepEqual(got.concepts[0]!.terms.map((t) => `${t.lang}:${t.text}`), ['en:file', 'ug:ھۆججەت']);
  });
});
