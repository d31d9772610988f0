// Every kind of warning the core writes while reading and planning an import, made from files
// (the real ones in ../shared/fixtures/interop and small ones written here), reads wholly in the
// window's language: nothing of the core's English is left but the file's own text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import i18next from 'i18next';
import ko from '../../../../resources/locales/ko.json' with { type: 'json' };
import en from '../../../../resources/locales/en.json' with { type: 'json' };
import zh from '../../../../resources/locales/zh.json' with { type: 'json' };
import { readGlossaryFile } from '../../../../glossary/formats/index.ts';
import { openStore } from '../../../../glossary/store/index.ts';
import type { ConceptInput } from '../../../../glossary/model.ts';
import { localizeWarning } from '../../../../renderer/src/glossary/importLabels.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: { ko: { translation: ko }, en: { translation: en }, zh: { translation: zh } }, lng: 'ko', interpolation: { escapeValue: false } });
const tIn = (lang: string) => i18n.getFixedT(lang);
const utf8 = (text: string) => new TextEncoder().encode(text);
const warningsOf = async (fileName: string, text: string, options = {}) => (await readGlossaryFile(fileName, utf8(text), options)).warnings;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-import-warnings-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The warnings the planner writes for these entries (as the import preview gets them). */
function plannerWarnings(inputs: ConceptInput[], lines: number[]): string[] {
  const store = openStore(path.join(dir, `${lines.join('-')}.db`), { who: 'test' });
  try {
    return store.planImport('terms.csv', inputs, lines).warnings;
  } finally {
    store.close();
  }
}

const tbx = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n${body}\n</body></text></tbx>\n`;
const mtf = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<mtf>\n${body}\n</mtf>\n`;

/** Each kind: the warning the core wrote, and what a Korean and a Chinese window show. */
const KINDS: { name: string; warning: () => Promise<string>; ko: string; zh: string; en?: string }[] = [
  {
    name: 'a CSV cut short in its last row',
    warning: async () => (await warningsOf('cut.csv', 'zh,ko,definition\n专精特新,전정특신,중소기업\n揭榜制,경쟁'))[0]!,
    ko: '3행: 마지막 행의 셀이 3개 중 2개뿐이고 파일이 줄바꿈 없이 끝납니다. 파일이 잘리지 않았는지 확인하세요.',
    zh: '第 3 行: 最后一行只有 2 个单元格（应有 3 个），且文件末尾没有换行：文件是否被截断？',
  },
  {
    name: 'an empty TBX term',
    warning: async () =>
      (await warningsOf('t.tbx', tbx('<conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>专精特新</term></termSec></langSec><langSec xml:lang="ko"><termSec><term></term></termSec></langSec></conceptEntry>')))[0]!,
    ko: '4행: 비어 있는 <term> (ko)을 건너뛰었습니다',
    zh: '第 4 行: 空的 <term> (ko)，已跳过',
  },
  {
    name: 'a TBX entry without terms',
    warning: async () =>
      (await warningsOf('t.tbx', tbx('<conceptEntry id="c9"><descrip type="definition">없음</descrip></conceptEntry>\n<conceptEntry id="c2"><langSec xml:lang="zh"><termSec><term>量子</term></termSec></langSec></conceptEntry>')))[0]!,
    ko: '4행: 용어가 없는 항목 "c9"을 건너뛰었습니다',
    zh: '第 4 行: 条目 "c9"没有术语，已跳过',
  },
  {
    name: 'a MultiTerm entry without terms',
    warning: async () =>
      (await warningsOf('t.mtf.xml', mtf('<conceptGrp><concept>1</concept></conceptGrp>\n<conceptGrp><languageGrp><language lang="ZH" type="Chinese"/><termGrp><term>量子</term></termGrp></languageGrp></conceptGrp>')))[0]!,
    ko: '3행: 용어가 없는 항목을 건너뛰었습니다',
    zh: '第 3 行: 条目没有术语，已跳过',
  },
  {
    name: 'a space-aligned OmegaT line that cannot be split',
    warning: async () => (await warningsOf('g.txt', 'quantum 양자\n量子 quantum 양자\n'))[0]!,
    ko: '2행: 용어와 번역어가 어디서 나뉘는지 알 수 없어 건너뛰었습니다 ("量子 quantum 양자")',
    zh: '第 2 行: 无法判断术语与译文的分界（“量子 quantum 양자”），已跳过',
  },
  {
    name: 'a column repeating an earlier one',
    warning: async () => (await warningsOf('r.csv', 'zh,ko,한국어\n专精特新,전정특신,전정특신 기업\n'))[0]!,
    ko: '1행: 3열 "한국어": 앞의 열과 머리글이 같아 비고로 보관했습니다',
    zh: '第 1 行: 第 3 列“한국어”与前面的列重复，已作为备注保留',
  },
  {
    name: 'a title row above the header',
    warning: async () => (await warningsOf('t.csv', '2024년 과학기술 용어집,,\nzh,ko,note\n专精特新,전정특신,\n'))[0]!,
    ko: '1행: 머리글 위의 제목 행을 건너뛰었습니다 ("2024년 과학기술 용어집")',
    zh: '第 1 行: 已跳过表头上方的标题行（“2024년 과학기술 용어집”）',
  },
  {
    name: 'a row without a term',
    warning: async () => (await warningsOf('e.csv', 'zh,ko,note\n专精特新,전정특신,\n,,비고만 있는 행\n'))[0]!,
    ko: '3행: 용어 열에 용어가 없어 행을 건너뛰었습니다',
    zh: '第 3 行: 术语列中没有术语，已跳过该行',
  },
  {
    name: 'more rows without a term than are listed',
    warning: async () => (await warningsOf('e.csv', `zh,ko,note\n专精特新,전정특신,\n${',,비고\n'.repeat(23)}`)).at(-1)!,
    ko: '… 용어가 없는 행 3개를 더 건너뛰었습니다',
    zh: '… 另有 3 行没有术语，已跳过',
  },
  {
    name: 'no column holding terms',
    warning: async () => (await warningsOf('n.csv', 'zh,ko\n专精特新,전정특신\n', { columns: ['note', 'note'] })).find((w) => w.startsWith('no column'))!,
    ko: '용어가 든 열이 없습니다. 아래 매핑에서 각 열이 무엇인지 고르세요.',
    zh: '没有包含术语的列：请在下方的映射中选择各列的内容。',
    // The CLI's hint (--columns) is not the window's.
    en: 'No column holds terms: choose what each column is in the mapping below.',
  },
  {
    name: 'a term listed twice in one entry',
    warning: async () => plannerWarnings([{ category: 'place', terms: [{ lang: 'zh', text: '深圳' }, { lang: 'ko', text: '선전' }, { lang: 'ko', text: '선전' }] }], [6])[0]!,
    ko: '6행 (深圳): "선전": 한 항목에 두 번 있어 한 번만 남겼습니다',
    zh: '第 6 行 (深圳): "선전" 在同一条目中出现两次，只保留一次',
  },
];

for (const kind of KINDS) {
  test(`warning in the window's language: ${kind.name}`, async () => {
    const warning = await kind.warning();
    assert.ok(warning, 'the core wrote the warning');
    assert.equal(localizeWarning(warning, tIn('ko')), kind.ko);
    assert.equal(localizeWarning(warning, tIn('zh')), kind.zh);
    assert.equal(localizeWarning(warning, tIn('en')), kind.en ?? warning, 'the English window shows the core\'s own text');
  });
}

test('an entry the glossary refuses keeps the reason (the core\'s words) with its place and "skipped" translated', () => {
  const [warning] = plannerWarnings([{ category: 'planet' as never, terms: [{ lang: 'zh', text: '重慶' }] }], [4]);
  assert.equal(localizeWarning(warning!, tIn('ko')), '4행 (重慶): category "planet" is not one of person, organization, company, place, policy, program, technology, other (건너뜀)');
});

test('every warning the 24 real glossary files give is translated whole', async () => {
  const fixtures = path.join('..', 'shared', 'fixtures', 'interop');
  let seen = 0;
  for (const file of fs.readdirSync(fixtures)) {
    if (file === 'ORIGIN.md' || file.includes('poorly_formed')) continue;
    const { warnings } = await readGlossaryFile(file, new Uint8Array(fs.readFileSync(path.join(fixtures, file))));
    for (const warning of warnings) {
      seen++;
      const korean = localizeWarning(warning, tIn('ko'));
      // What is left in Latin letters is the file's own (a language tag, an element name).
      assert.doesNotMatch(korean.replace(/<term>|\([a-zA-Z-]+\)/g, ''), /[A-Za-z]{3,}/, `${file}: ${korean}`);
    }
  }
  assert.ok(seen >= 20, `the real files gave ${seen} warnings`);
});
