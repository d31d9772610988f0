// Every file in ../shared/fixtures/interop (24 real glossaries from other tools and projects) is
// read, and what it holds is compared with the independent counts in its ORIGIN.md. A file
// added to the folder without an expectation here fails the test.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../errors.ts';
import type { ConceptInput } from '../model.ts';
import { readGlossaryFile } from './index.ts';
import type { ReadGlossary } from './index.ts';

const FOLDER = path.resolve(import.meta.dirname, '../../../shared/fixtures/interop');

interface Expected {
  concepts: number;
  /** Terms per (normalized BCP 47) language. */
  terms: Record<string, number>;
  /** Number of warnings, each naming a line ("line N: …"). */
  warnings?: number;
  check?: (read: ReadGlossary) => void;
}

const count = (concepts: ConceptInput[], test: (c: ConceptInput) => boolean) => concepts.filter(test).length;
const allTerms = (read: ReadGlossary) => read.concepts.flatMap((c) => c.terms);

function statuses(read: ReadGlossary): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const term of allTerms(read)) if (term.status !== undefined) tally[term.status] = (tally[term.status] ?? 0) + 1;
  return tally;
}

const ltac = (extra: (read: ReadGlossary) => void): Expected => ({ concepts: 45, terms: { en: 55, es: 52, zu: 6 }, check: extra });

const EXPECTED: Record<string, Expected> = {
  'weblate-glossary-ko.tbx': { concepts: 223, terms: { en: 223, ko: 214 }, warnings: 9, check: (r) => assert.equal(count(r.concepts, (c) => c.note !== undefined), 15) },
  'weblate-glossary-zh_Hans.tbx': { concepts: 222, terms: { en: 222, 'zh-Hans': 219 }, warnings: 3, check: (r) => assert.equal(count(r.concepts, (c) => c.note !== undefined), 14) },
  'weblate-glossary-zh_Hant.tbx': { concepts: 390, terms: { en: 390, 'zh-Hant': 378 }, warnings: 12, check: (r) => assert.equal(count(r.concepts, (c) => c.note !== undefined), 13) },
  'monal-ko.tbx': { concepts: 5, terms: { en: 5, ko: 5 } },
  'monal-zh_Hans.tbx': { concepts: 6, terms: { en: 6, 'zh-Hans': 6 } },
  'monal-zh_Hant_HK.tbx': { concepts: 5, terms: { en: 5, 'zh-Hant-HK': 1 }, warnings: 4 },
  'kde-cn-lokalize-terms.tbx': {
    concepts: 137, terms: { 'en-US': 147, 'zh-CN': 142 }, warnings: 2,
    check: (r) => {
      // 104 subjectField elements, one of them empty.
      assert.equal(count(r.concepts, (c) => c.subjectField !== undefined), 103);
      // 8 definitions: 6 at entry level, 2 in the zh-CN langSet, which keep their language.
      const definitions = r.concepts.flatMap((c) => c.definition?.split('\n') ?? []);
      assert.equal(definitions.length, 8);
      assert.equal(definitions.filter((d) => d.startsWith('[zh-CN] ')).length, 2);
    },
  },
  'lshk-glossary.tsv': {
    concepts: 16_621, terms: { en: 16_621, zh: 16_621 },
    check: (r) => {
      // ORIGIN counts 12,055 and 14,593 on untrimmed cells; two Chinese cells differ from others only by a trailing space.
      const zh = new Set(allTerms(r).filter((t) => t.lang === 'zh').map((t) => t.text));
      assert.equal(zh.size, 12_053);
      // The 14 columns that are not terms are kept as labelled note lines.
      assert.equal(r.concepts[0]!.note, 'D) 新編英漢語言學詞典: √\nSort1: 100');
      assert.equal(r.table?.columns.filter((c) => c.choice.startsWith('note:')).length, 14);
    },
  },
  'MicrosoftTermCollection-ug.tbx': {
    concepts: 5_783, terms: { 'en-US': 5_783, 'ug-CN': 5_916 },
    check: (r) => {
      assert.equal(count(r.concepts, (c) => c.definition?.startsWith('[en-US] ') === true), 5_783);
      assert.equal(allTerms(r).filter((t) => t.partOfSpeech !== undefined).length, 11_699);
    },
  },
  // "source","target": English and Uyghur (Arabic script, language undetermined until mapped).
  'Terms-ug.csv': { concepts: 5_146, terms: { en: 5_146, 'und-Arab': 5_146 } },
  'omegat-l10n-zh_CN-glossary.txt': { concepts: 98, terms: { en: 98, zh: 98 }, check: (r) => assert.equal(count(r.concepts, (c) => c.note !== undefined), 40) },
  'openchain-kr-glossary.txt': { concepts: 65, terms: { en: 65, ko: 65 } },
  'omegat-sampleTBXfile.tbx': {
    concepts: 1, terms: { en: 1, hu: 1 },
    check: (r) => {
      const [concept] = r.concepts;
      assert.ok(concept?.subjectField && concept.definition);
      assert.equal(allTerms(r).filter((t) => t.partOfSpeech !== undefined).length, 2);
      assert.match(concept.terms.map((t) => t.note ?? '').join('\n'), /^termType: /m);
    },
  },
  'omegat-testUTF16LE.txt': { concepts: 2, terms: { en: 4 }, check: (r) => assert.deepEqual(r.concepts.map((c) => c.note), ['Comment #1', 'Comment #2']) },
  'omegat-test.tab': { concepts: 4, terms: { en: 8 } },
  'omegat-project_CN_JP-glossary.txt': { concepts: 2, terms: { zh: 2, ja: 2 } },
  'ltac-basic_good.tbx': ltac((r) => {
    assert.deepEqual(statuses(r), { preferred: 12, admitted: 16, deprecated: 4 });
    assert.equal(allTerms(r).filter((t) => /^termType: /m.test(t.note ?? '')).length, 25);
  }),
  'ltac-basic_bad.tbx': ltac((r) => assert.deepEqual(statuses(r), { preferred: 12, admitted: 16, deprecated: 4 })),
  'ltac-core_structure_good.tbx': ltac((r) => assert.equal(allTerms(r).length, 113)),
  'ltac-min_good.tbx': ltac((r) => {
    assert.deepEqual(statuses(r), { preferred: 12, admitted: 16, deprecated: 4 });
    assert.equal(count(r.concepts, (c) => c.subjectField !== undefined), 39);
    assert.equal(allTerms(r).filter((t) => t.partOfSpeech !== undefined).length, 107);
  }),
  'rnd-chinese-glossary.xlsx': {
    concepts: 557, terms: { ja: 557, zh: 557 },
    check: (r) => {
      assert.deepEqual(r.sheets, ['rules']);
      assert.deepEqual(r.table?.columns.slice(0, 3).map((c) => c.choice), ['ja', 'zh', 'note:info']);
    },
  },
  'engineering-glossary.xlsx': {
    concepts: 824, terms: { en: 824, pt: 824, fr: 824, de: 824, it: 824, es: 824, ja: 825, ko: 824 },
    check: (r) => {
      // Korean_descr and the other *_descr columns are definitions in their language.
      assert.ok(r.concepts.every((c) => /^\[ko\] /m.test(c.definition ?? '')));
      // "Category" holds subject fields ("Coastal Engineering"), not our categories.
      assert.equal(r.concepts[0]!.subjectField, 'Coastal Engineering');
    },
  },
  'popong-glossary.csv': { concepts: 1_240, terms: { ko: 1_240, en: 1_213, zh: 1 } },
};

describe('real glossary files (../shared/fixtures/interop)', () => {
  const files = fs.readdirSync(FOLDER).filter((name) => name !== 'ORIGIN.md').sort();

  it('has an expectation for every file in the folder', () => {
    assert.equal(files.length, 24);
    assert.deepEqual(files.filter((f) => !(f in EXPECTED) && f !== 'ltac-poorly_formed_xml.tbx'), []);
  });

  for (const file of files) {
    const expected = EXPECTED[file];
    if (expected === undefined) continue;
    it(`${file}: ${expected.concepts} concepts, terms ${JSON.stringify(expected.terms)}`, async () => {
      const read = await readGlossaryFile(file, new Uint8Array(fs.readFileSync(path.join(FOLDER, file))));
      assert.equal(read.concepts.length, expected.concepts);
      assert.equal(read.lines.length, read.concepts.length);
      const tally: Record<string, number> = {};
      for (const term of allTerms(read)) tally[term.lang] = (tally[term.lang] ?? 0) + 1;
      assert.deepEqual(tally, expected.terms);
      assert.equal(read.warnings.length, expected.warnings ?? 0, read.warnings.join('\n'));
      for (const warning of read.warnings) assert.match(warning, /^line \d+: /);
      expected.check?.(read);
    });
  }

  it('refuses ltac-poorly_formed_xml.tbx naming the file and the line of the mismatched tag', async () => {
    const file = 'ltac-poorly_formed_xml.tbx';
    await assert.rejects(readGlossaryFile(file, new Uint8Array(fs.readFileSync(path.join(FOLDER, file)))), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.ok(error.line === 41 || error.line === 42, `line ${error.line}`);
      assert.match(error.message, /^ltac-poorly_formed_xml\.tbx:4[12]:\d+: malformed XML/);
      return true;
    });
  });
});
