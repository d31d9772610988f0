import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { InputError } from '../errors.ts';
import type { ConceptInput } from '../model.ts';
import { parseGlossaryFile } from './index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('CSV headers', () => {
  const cases: { name: string; csv: string; expected: ConceptInput[] }[] = [
    {
      name: 'Korean header names (원어, 번역어, 분류, 정의, 비고, 상태, 출처, 관용)',
      csv: '원어,번역어,분류,정의,비고,상태,출처,관용\n专精特新,전정특신,정책,전문화·정밀화 중소기업,첫 등장,승인,2024-06-21; https://www.miit.gov.cn/,o\n',
      expected: [{
        category: 'policy', definition: '전문화·정밀화 중소기업', note: '첫 등장', approval: 'approved',
        sourceIssue: '2024-06-21', sourceUrl: 'https://www.miit.gov.cn/',
        terms: [
          { lang: 'zh', text: '专精特新', status: 'preferred' },
          { lang: 'ko', text: '전정특신', status: 'preferred', established: true },
        ],
      }],
    },
    {
      name: 'English names in any case, 중국어/한국어/영어 and 메모',
      csv: 'CHINESE,Korean,english,Category,Definition,Note\n亿华通,위화퉁,SinoHytec,company,,수소 기업\n',
      expected: [{
        category: 'company', note: '수소 기업',
        terms: [
          { lang: 'zh', text: '亿华通', status: 'preferred' },
          { lang: 'ko', text: '위화퉁', status: 'preferred' },
          { lang: 'en', text: 'SinoHytec', status: 'preferred' },
        ],
      }],
    },
    {
      name: 'BCP 47 tags as language columns (zh-hant → zh-Hant, ja) and 중국어/한국어/메모',
      csv: '중국어,zh-hant,한국어,ja,메모\n人工智能,人工智慧,인공지능,人工知能,\n',
      expected: [{
        category: 'other',
        terms: [
          { lang: 'zh', text: '人工智能', status: 'preferred' },
          { lang: 'zh-Hant', text: '人工智慧', status: 'preferred' },
          { lang: 'ko', text: '인공지능', status: 'preferred' },
          { lang: 'ja', text: '人工知能', status: 'preferred' },
        ],
      }],
    },
    {
      name: 'several terms in a cell with ; and |: first preferred, others admitted',
      csv: 'zh,ko\n揭榜挂帅; 揭榜制 | 揭榜挂帅制,경쟁형 과제|공모형 과제\n',
      expected: [{
        category: 'other',
        terms: [
          { lang: 'zh', text: '揭榜挂帅', status: 'preferred' },
          { lang: 'zh', text: '揭榜制', status: 'admitted' },
          { lang: 'zh', text: '揭榜挂帅制', status: 'admitted' },
          { lang: 'ko', text: '경쟁형 과제', status: 'preferred' },
          { lang: 'ko', text: '공모형 과제', status: 'admitted' },
        ],
      }],
    },
    {
      name: 'term detail columns: one value for all terms or one per term; escaped separators',
      csv: 'zh,ko,ko:status,한국어 품사,ko note,established\n香港,홍콩; 샹강,preferred; 금지,noun,; 원음 표기 금지,yes;\n中\\;国,중국,,,,\n',
      expected: [
        {
          category: 'other',
          terms: [
            { lang: 'zh', text: '香港', status: 'preferred' },
            { lang: 'ko', text: '홍콩', status: 'preferred', partOfSpeech: 'noun', established: true },
            { lang: 'ko', text: '샹강', status: 'forbidden', partOfSpeech: 'noun', note: '원음 표기 금지' },
          ],
        },
        {
          category: 'other',
          terms: [{ lang: 'zh', text: '中;国', status: 'preferred' }, { lang: 'ko', text: '중국', status: 'preferred' }],
        },
      ],
    },
    {
      name: 'id, subject, url and issue columns; blank lines and empty rows skipped',
      csv: 'id,zh,ko,subject,url,issue\n\n17,新质生产力,신질 생산력,경제,https://example.cn/a,2024-06-21\n,,,,,\n',
      expected: [{
        category: 'other', externalId: '17', subjectField: '경제', sourceUrl: 'https://example.cn/a', sourceIssue: '2024-06-21',
        terms: [{ lang: 'zh', text: '新质生产力', status: 'preferred' }, { lang: 'ko', text: '신질 생산력', status: 'preferred' }],
      }],
    },
    {
      name: 'a quoted cell spanning two lines keeps its line break',
      csv: 'zh,ko,definition\r\n量子,양자,"첫 줄\r\n둘째 줄"\r\n',
      expected: [{
        category: 'other', definition: '첫 줄\n둘째 줄',
        terms: [{ lang: 'zh', text: '量子', status: 'preferred' }, { lang: 'ko', text: '양자', status: 'preferred' }],
      }],
    },
  ];
  for (const { name, csv, expected } of cases) {
    it(name, async () => {
      assert.deepEqual(await parseGlossaryFile('terms.csv', utf8(csv)), expected);
    });
  }
});

describe('TSV', () => {
  it('reads a .tsv file and a tab-separated file named .csv (Excel "Unicode text")', async () => {
    const tsv = 'zh\tko\tnote\n专精特新\t전정특신\t"따옴표" 그대로\n';
    const expected = [{
      category: 'other', note: '"따옴표" 그대로',
      terms: [{ lang: 'zh', text: '专精特新', status: 'preferred' }, { lang: 'ko', text: '전정특신', status: 'preferred' }],
    }];
    assert.deepEqual(await parseGlossaryFile('terms.tsv', utf8(tsv)), expected);
    assert.deepEqual(await parseGlossaryFile('terms.txt', utf8(tsv)), expected);
  });
});

describe('CSV encodings', () => {
  const korean = '원어,번역어,정의\n專精特新,전정특신,전문화 정밀화 특색화 참신화 중소기업\n億華通,위화퉁,수소연료전지 기업\n';
  const koreanExpected = [
    ['專精特新', '전정특신'],
    ['億華通', '위화퉁'],
  ];
  const simplified = 'zh,en,definition\n专业化,specialization,专业化、精细化、特色化、新颖化的中小企业\n亿华通,SinoHytec,北京亿华通科技股份有限公司\n';
  const traditional = 'zh-Hant,en,definition\n專精特新,SRDI,專業化、精細化、特色化、新穎化的中小企業\n億華通,SinoHytec,北京億華通科技股份有限公司\n揭榜制,open competition,科技項目揭榜掛帥制度\n';
  const withBom = (bom: number[], body: Uint8Array): Uint8Array => new Uint8Array([...bom, ...body]);

  const cases: { name: string; bytes: Uint8Array; first: string[]; count: number }[] = [
    { name: 'UTF-8 without BOM', bytes: utf8(korean), first: koreanExpected[0]!, count: 2 },
    { name: 'UTF-8 with BOM', bytes: withBom([0xef, 0xbb, 0xbf], utf8(korean)), first: koreanExpected[0]!, count: 2 },
    { name: 'UTF-16 LE with BOM', bytes: withBom([0xff, 0xfe], iconv.encode(korean, 'utf-16le')), first: koreanExpected[0]!, count: 2 },
    { name: 'UTF-16 BE with BOM', bytes: withBom([0xfe, 0xff], iconv.encode(korean, 'utf-16be')), first: koreanExpected[0]!, count: 2 },
    { name: 'EUC-KR', bytes: iconv.encode(korean, 'euc-kr'), first: koreanExpected[0]!, count: 2 },
    { name: 'GB18030', bytes: iconv.encode(simplified, 'gb18030'), first: ['专业化', 'specialization'], count: 2 },
    { name: 'Big5', bytes: iconv.encode(traditional, 'big5'), first: ['專精特新', 'SRDI'], count: 3 },
  ];
  for (const { name, bytes, first, count } of cases) {
    it(`decodes ${name}`, async () => {
      const concepts = await parseGlossaryFile('legacy.csv', bytes);
      assert.equal(concepts.length, count);
      assert.deepEqual(concepts[0]!.terms.map((t) => t.text), first);
    });
  }

  it('refuses an encoding it cannot read, naming the detected one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-csv-'));
    const file = path.join(dir, 'japanese.csv');
    fs.writeFileSync(file, iconv.encode('ja,en\nこんにちは世界,hello world\nありがとうございます,thank you\n', 'shift_jis'));
    await assert.rejects(parseGlossaryFile('japanese.csv', new Uint8Array(fs.readFileSync(file))), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /^japanese\.csv: unsupported text encoding Shift_JIS/);
      return true;
    });
    fs.rmSync(dir, { recursive: true });
  });
});

describe('CSV progress', () => {
  it('reports progress every 1,000 rows and at the end', async () => {
    const rows = Array.from({ length: 2100 }, (_, i) => `术语${i},용어${i}`);
    const calls: [number, number][] = [];
    const concepts = await parseGlossaryFile('big.csv', utf8(`zh,ko\n${rows.join('\n')}\n`), (done, total) => calls.push([done, total]));
    assert.equal(concepts.length, 2100);
    assert.deepEqual(calls, [[1000, 2100], [2000, 2100], [2100, 2100]]);
  });
});
