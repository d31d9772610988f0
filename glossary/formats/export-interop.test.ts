// Exports of real glossaries (../shared/fixtures/interop) and of the bulletin's own kind of
// glossary: TBX passes the TBX-Core RELAX NG schema (xmllint) and keeps to the TBX-Basic
// picklists; TBX, CSV, XLSX and MultiTerm give back exactly what was exported; OmegaT gives
// back its source/target pairs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { ConceptInput } from '../model.ts';
import { exportCsv, exportMultiTerm, exportOmegaT, exportTbx, exportXlsx, readGlossaryFile } from './index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const RNG = path.join(FIXTURES, 'tbx-schemas/TBXcoreStructV03.rng');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-export-'));
after(() => fs.rmSync(dir, { recursive: true }));

const read = async (name: string) => (await readGlossaryFile(name, new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'interop', name))))).concepts;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** xmllint's verdict on a TBX text: '' when valid, else its complaints. */
function relaxNgErrors(name: string, tbx: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, tbx);
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', RNG, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const KOSTEC: ConceptInput[] = [
  {
    category: 'policy', approval: 'approved', externalId: 'zjtx', subjectField: '산업정책',
    definition: '专业化、精细化、特色化、新颖化的中小企业\n[ko] 전문화·정밀화·특색화·참신화 중소기업',
    terms: [
      { lang: 'zh', text: '专精特新', status: 'preferred', partOfSpeech: '명사', note: 'termType: fullForm\ncontext: 专精特新企业超过1.2万家' },
      { lang: 'zh-Hant', text: '專精特新', status: 'admitted' },
      { lang: 'ko', text: '전정특신', status: 'preferred', established: true, partOfSpeech: 'Proper Noun' },
      { lang: 'ko', text: '전문특화', status: 'forbidden', note: '예전 번역' },
    ],
  },
  { category: 'company', approval: 'proposed', terms: [{ lang: 'zh', text: '亿华通', status: 'preferred', partOfSpeech: 'noun' }, { lang: 'ko', text: '위화퉁', status: 'preferred' }] },
];

const TBX_SOURCES = ['ltac-basic_good.tbx', 'MicrosoftTermCollection-ug.tbx', 'weblate-glossary-zh_Hans.tbx', 'kde-cn-lokalize-terms.tbx', 'lshk-glossary.tsv', 'engineering-glossary.xlsx'];

describe('TBX export is valid TBX-Basic', () => {
  for (const name of [...TBX_SOURCES, 'the bulletin glossary']) {
    it(`${name}: passes TBXcoreStructV03.rng, TBX-Basic part-of-speech and status values, approval as transactional data`, async () => {
      const concepts = name === 'the bulletin glossary' ? KOSTEC : await read(name);
      const tbx = exportTbx(concepts);
      assert.equal(relaxNgErrors(`${name}.tbx`, tbx), '');
      for (const [, pos] of tbx.matchAll(/<termNote type="partOfSpeech">([^<]*)</g)) assert.match(pos!, /^(noun|verb|adjective|adverb|other)$/);
      for (const [, type] of tbx.matchAll(/<termNote type="termType">([^<]*)</g)) assert.match(type!, /^(fullForm|acronym|abbreviation|shortForm|variant|phrase)$/);
      assert.doesNotMatch(tbx, /donghyang:approval/);
      for (const [, type] of tbx.matchAll(/<descrip type="([^"]*)"/g)) assert.match(type!, /^(subjectField|context|definition)$/);
    });
  }

  it('maps parts of speech to the TBX-Basic picklist and keeps the original spelling', () => {
    const tbx = exportTbx(KOSTEC);
    assert.match(tbx, /<term>专精特新<\/term>\n\t+<termNote type="partOfSpeech">noun<\/termNote>/);
    assert.match(tbx, /<note>donghyang:pos=명사<\/note>/);
    assert.match(tbx, /<note>donghyang:pos=Proper Noun<\/note>/);
    assert.match(tbx, /<termNote type="termType">fullForm<\/termNote>/);
    assert.match(tbx, /<descrip type="context">专精特新企业超过1.2万家<\/descrip>/);
    assert.match(tbx, /<transacGrp>\n\t+<transac type="transactionType">modification<\/transac>\n\t+<note>approved<\/note>/);
    // The Korean definition sits in the Korean langSec.
    assert.match(tbx, /<langSec xml:lang="ko">\n\t+<descripGrp>\n\t+<descrip type="definition">전문화·정밀화·특색화·참신화 중소기업<\/descrip>/);
  });
});

/**
 * What a round trip must keep: the store's view of a concept. Terms are grouped by language (zh,
 * its variants, ko, then the rest, as every export groups them), a term without a status is
 * preferred (as the store saves it), and runs of spaces inside a line are one space (XML).
 */
function comparable(concepts: readonly ConceptInput[]): ConceptInput[] {
  const rank = (lang: string) => (lang === 'zh' ? 0 : lang.startsWith('zh-') ? 1 : lang === 'ko' ? 2 : 3);
  const squeeze = (text: string | undefined) => text?.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).join('\n');
  return concepts.map((concept) => {
    const order = [...new Set(concept.terms.map((t) => t.lang))];
    const terms = [...concept.terms]
      .sort((a, b) => rank(a.lang) - rank(b.lang) || order.indexOf(a.lang) - order.indexOf(b.lang))
      .map((t) => ({ ...t, status: t.status ?? 'preferred', ...(t.note === undefined ? {} : { note: squeeze(t.note) }) }));
    const out: ConceptInput = { ...concept, terms };
    if (concept.note !== undefined) out.note = squeeze(concept.note);
    return out;
  });
}

describe('round trips', () => {
  const sources = ['the bulletin glossary', 'ltac-basic_good.tbx', 'weblate-glossary-ko.tbx', 'kde-cn-lokalize-terms.tbx', 'popong-glossary.csv', 'rnd-chinese-glossary.xlsx', 'omegat-l10n-zh_CN-glossary.txt'];
  const load = (name: string) => (name === 'the bulletin glossary' ? Promise.resolve(KOSTEC) : read(name));

  for (const name of sources) {
    it(`${name}: TBX, CSV, XLSX and MultiTerm exports import back unchanged`, async () => {
      const concepts = await load(name);
      const expected = comparable(concepts);
      const tbx = (await readGlossaryFile('back.tbx', utf8(exportTbx(concepts)))).concepts;
      assert.deepEqual(comparable(tbx), expected);
      const csv = (await readGlossaryFile('back.csv', utf8(exportCsv(concepts)))).concepts;
      assert.deepEqual(comparable(csv), expected);
      const xlsx = (await readGlossaryFile('back.xlsx', await exportXlsx(concepts))).concepts;
      assert.deepEqual(comparable(xlsx), expected);
      const mtf = (await readGlossaryFile('back.xml', utf8(exportMultiTerm(concepts)))).concepts;
      assert.deepEqual(comparable(mtf), expected);
    });
  }

  it('OmegaT: the magic line, then source, target and comment; read back as the same pairs', async () => {
    const text = exportOmegaT(KOSTEC);
    assert.equal(text.split('\n')[0], '# Glossary in tab-separated format -*- coding: utf-8 -*-');
    const back = await readGlossaryFile('glossary.txt', utf8(text));
    const pairs = back.concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}`).join(' '));
    // Forbidden renderings are not offered to translators; each zh term gets its own line.
    assert.deepEqual(pairs, ['zh:专精特新 ko:전정특신', 'zh:專精特新 ko:전정특신', 'zh:亿华通 ko:위화퉁']);
    const l10n = await read('omegat-l10n-zh_CN-glossary.txt');
    const again = await readGlossaryFile('glossary.txt', utf8(exportOmegaT(l10n, { source: 'en', target: 'zh' })));
    assert.deepEqual(again.concepts, l10n);
  });
});
