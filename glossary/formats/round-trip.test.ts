import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Concept, ConceptInput } from '../model.ts';
import { exportCsv, exportTbx, parseGlossaryFile } from './index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// A glossary as the bulletin's editors keep it: simplified and traditional Chinese (both as
// variants under "zh" and as "zh-Hant" terms), Korean, English; every category, status and field.
// Terms are grouped by language in export order (zh, zh-Hant, ko, others), as both formats group them.
const glossary: ConceptInput[] = [
  {
    category: 'policy',
    definition: '专业化、精细化、特色化、新颖化的中小企业',
    note: '2024-06-21 호 정책동향 첫 기사\n중기부 용어와 다름',
    subjectField: '산업정책',
    sourceIssue: '2024-06-21',
    sourceUrl: 'https://www.miit.gov.cn/zwgk/zcwj/2024/art_1.html',
    approval: 'approved',
    externalId: 'zjtx',
    terms: [
      { lang: 'zh', text: '专精特新', status: 'preferred', partOfSpeech: 'noun' },
      { lang: 'zh', text: '專精特新', status: 'admitted', note: '번체 표기' },
      { lang: 'ko', text: '전정특신', status: 'preferred', established: true },
      { lang: 'en', text: 'specialized, refined, distinctive and innovative', status: 'preferred', partOfSpeech: 'adjective' },
    ],
  },
  {
    category: 'company',
    definition: '北京亿华通科技股份有限公司, 수소연료전지 기업',
    pinyin: 'yì huá tōng',
    approval: 'proposed',
    externalId: '2024-17',
    terms: [
      { lang: 'zh', text: '亿华通', status: 'preferred' },
      { lang: 'zh-Hant', text: '億華通', status: 'preferred' },
      { lang: 'ko', text: '위화퉁', status: 'preferred' },
      { lang: 'ko', text: '억화통', status: 'forbidden', note: '한자음 읽기 금지' },
      { lang: 'en', text: 'SinoHytec', status: 'preferred' },
    ],
  },
  {
    category: 'person',
    sourceIssue: '2024-06-21',
    terms: [
      { lang: 'zh', text: '戴琼海', status: 'preferred' },
      { lang: 'ko', text: '다이충하이', status: 'preferred' },
      { lang: 'ko', text: '대경해', status: 'deprecated' },
    ],
  },
  {
    category: 'organization',
    terms: [
      { lang: 'zh', text: '中国科学院', status: 'preferred' },
      { lang: 'zh', text: '中科院', status: 'admitted' },
      { lang: 'ko', text: '중국과학원', status: 'preferred' },
    ],
  },
  {
    category: 'place',
    terms: [
      { lang: 'zh', text: '香港', status: 'preferred' },
      { lang: 'ko', text: '홍콩', status: 'preferred', established: true },
      { lang: 'ko', text: '샹강', status: 'forbidden' },
    ],
  },
  {
    category: 'program',
    sourceUrl: 'https://www.most.gov.cn/',
    terms: [
      { lang: 'zh', text: '揭榜制', status: 'admitted' },
      { lang: 'zh', text: '揭榜挂帅', status: 'preferred' },
      { lang: 'ko', text: '경쟁형 과제', status: 'preferred', partOfSpeech: 'noun' },
    ],
  },
  {
    category: 'technology',
    subjectField: 'AI',
    terms: [
      { lang: 'zh', text: '人工智能', status: 'preferred' },
      { lang: 'zh-Hant', text: '人工智慧', status: 'preferred' },
      { lang: 'ko', text: '인공지능', status: 'preferred' },
      { lang: 'en', text: 'AI', status: 'admitted' },
    ],
  },
  {
    category: 'other',
    note: 'XML <special> & "quoted" \'text\'; with | pipes',
    terms: [
      { lang: 'zh', text: '研发<核心>&"引号"', status: 'preferred' },
      { lang: 'ko', text: 'R&D; 연구·개발 | "핵심"', status: 'preferred', note: 'a;b|c\\d' },
      { lang: 'ja', text: '研究開発', status: 'preferred' },
    ],
  },
];

describe('export → import round trip', () => {
  for (const [name, fileName, exporter] of [
    ['TBX', 'glossary.tbx', exportTbx],
    ['CSV', 'glossary.csv', exportCsv],
  ] as const) {
    it(`${name} gives back every concept with all its fields`, async () => {
      const text = exporter(glossary);
      const back = await parseGlossaryFile(fileName, utf8(text));
      assert.deepEqual(back, glossary);
    });
  }

  it('TBX keeps a stored concept without an external id free of generated ids', async () => {
    const stored: Concept = {
      id: 7, category: 'policy', definition: null, note: null, pinyin: null, subjectField: null, sourceIssue: null, sourceUrl: null,
      approval: 'approved', externalId: null, createdAt: '2024-06-21T09:00:00Z', updatedAt: '2024-06-21T09:00:00Z',
      terms: [
        { id: 1, conceptId: 7, lang: 'zh', text: '新质生产力', folded: '新质生产力', status: 'preferred', partOfSpeech: null, note: null, established: false },
        { id: 2, conceptId: 7, lang: 'ko', text: '신질 생산력', folded: '신질 생산력', status: 'preferred', partOfSpeech: null, note: null, established: false },
      ],
    };
    for (const [fileName, exporter] of [['a.tbx', exportTbx], ['a.csv', exportCsv]] as const) {
      const back = await parseGlossaryFile(fileName, utf8(exporter([stored])));
      assert.deepEqual(back, [{
        category: 'policy',
        approval: 'approved',
        terms: [
          { lang: 'zh', text: '新质生产力', status: 'preferred' },
          { lang: 'ko', text: '신질 생산력', status: 'preferred' },
        ],
      }], fileName);
    }
  });
});

describe('TBX export', () => {
  const tbx = exportTbx(glossary);

  it('is TBX-Basic DCA with the dialect schema references', () => {
    assert.match(tbx, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
    assert.ok(tbx.includes('<tbx type="TBX-Basic" style="dca" xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed-2">'));
    assert.ok(tbx.includes('TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>'));
    assert.ok(tbx.includes('TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>'));
  });

  it('writes only TBX-Basic administrative statuses (forbidden becomes deprecatedTerm plus a marker)', () => {
    const statuses = [...tbx.matchAll(/<termNote type="administrativeStatus">([^<]*)</g)].map((m) => m[1]);
    assert.deepEqual(new Set(statuses), new Set(['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts']));
    assert.match(tbx, /<term>억화통<\/term>\n\t+<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>\n\t+<note>donghyang:status=forbidden<\/note>/);
  });

  it('escapes XML special characters in terms and notes', () => {
    assert.ok(tbx.includes('<term>研发&lt;核心&gt;&amp;&quot;引号&quot;</term>'));
    assert.ok(tbx.includes('<note>XML &lt;special&gt; &amp; &quot;quoted&quot; &apos;text&apos;; with | pipes</note>'));
  });

  it('writes a conceptEntry id that is an XML name and keeps other external ids in a marker', () => {
    assert.ok(tbx.includes('<conceptEntry id="zjtx">'));
    assert.ok(tbx.includes('<conceptEntry id="dh-c2">'));
    assert.ok(tbx.includes('<note>donghyang:externalId=2024-17</note>'));
  });
});

describe('CSV export', () => {
  const csv = exportCsv(glossary);
  const lines = csv.split('\r\n');

  it('starts with a UTF-8 BOM and a header naming every column in use', () => {
    assert.ok(csv.startsWith('\uFEFF'));
    assert.equal(lines[0], '\uFEFFid,category,zh,zh:status,zh:pos,zh:note,zh-Hant,ko,ko:status,ko:pos,ko:note,established,en,en:status,en:pos,ja,definition,note,pinyin,subject,source,status');
  });

  it('quotes cells with commas, quotes and line breaks, and escapes list separators inside terms', () => {
    assert.ok(csv.includes('"2024-06-21 호 정책동향 첫 기사\n중기부 용어와 다름"'));
    assert.ok(csv.includes('"specialized, refined, distinctive and innovative"'));
    assert.ok(csv.includes('"R&D\\; 연구·개발 \\| ""핵심"""'));
    assert.ok(csv.includes(',other,"研发<核心>&""引号""",'));
  });

  it('writes statuses only where the term order cannot express them', () => {
    const row = lines.find((line) => line.startsWith('zjtx,'));
    assert.ok(row?.startsWith('zjtx,policy,专精特新; 專精特新,,noun; ,; 번체 표기,,전정특신,,,,yes,'), row);
    const company = lines.find((line) => line.startsWith('2024-17,'));
    assert.ok(company?.includes(',위화퉁; 억화통,preferred; forbidden,,; 한자음 읽기 금지,'), company);
  });
});

describe('CSV and spreadsheets', () => {
  const risky: ConceptInput[] = [{
    category: 'company',
    note: '=HYPERLINK("http://evil.example","클릭")',
    definition: '- 수소연료전지 기업',
    terms: [
      { lang: 'zh', text: '+亿华通', status: 'preferred' },
      { lang: 'ko', text: '@이화퉁', status: 'preferred' },
    ],
  }];

  it('a cell a spreadsheet would run as a formula is written with a leading apostrophe, and read back without it', async () => {
    const csv = exportCsv(risky);
    const row = csv.split('\r\n')[1]!;
    assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example"",""클릭"")"`), row);
    assert.ok(row.includes("'+亿华通") && row.includes("'@이화퉁") && row.includes("'- 수소연료전지 기업"), row);
    assert.deepEqual(await parseGlossaryFile('risky.csv', utf8(csv)), risky);
  });

  it('a semicolon-separated CSV (spreadsheets in decimal-comma locales) is read by its header', async () => {
    const csv = 'zh;ko;category;note\n专精特新;전정특신;policy;1,5억 위안 규모\n';
    assert.deepEqual(await parseGlossaryFile('semicolons.csv', utf8(csv)), [{
      category: 'policy',
      note: '1,5억 위안 규모',
      terms: [
        { lang: 'zh', text: '专精特新', status: 'preferred' },
        { lang: 'ko', text: '전정특신', status: 'preferred' },
      ],
    }]);
  });
});
