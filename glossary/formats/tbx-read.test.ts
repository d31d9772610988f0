import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import type { ConceptInput } from '../model.ts';
import { exportTbx, parseGlossaryFile } from './index.ts';

const fixture = (name: string): URL => new URL(`../../../shared/fixtures/tbx/${name}`, import.meta.url);

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

async function readFixture(name: string): Promise<ConceptInput[]> {
  return parseGlossaryFile(name, new Uint8Array(fs.readFileSync(fixture(name))));
}

describe('TBX v3 TBX-Basic fixtures (LTAC astronomy sample)', () => {
  for (const style of ['dca', 'dct'] as const) {
    const name = `ltac-basic-astronomy-${style}.tbx`;

    it(`${style.toUpperCase()}: 45 concepts, 113 terms (en 55, es 52, zu 6)`, async () => {
      const concepts = await readFixture(name);
      const terms = concepts.flatMap((c) => c.terms);
      assert.equal(concepts.length, 45);
      assert.equal(terms.length, 113);
      assert.deepEqual(tally(terms, (t) => t.lang), { en: 55, es: 52, zu: 6 });
    });

    it(`${style.toUpperCase()}: maps administrative statuses, superseded → deprecated with a note`, async () => {
      const terms = (await readFixture(name)).flatMap((c) => c.terms);
      assert.deepEqual(tally(terms, (t) => t.status ?? 'none'), { preferred: 12, admitted: 16, deprecated: 4, none: 81 });
      const superseded = terms.find((t) => t.text === 'galactic cluster');
      assert.equal(superseded?.status, 'deprecated');
      assert.match(superseded?.note ?? '', /^superseded term \(TBX supersededTerm\)\ncontext: In contrast, the galactic cluster .*\nAnother name for an open star cluster\./);
    });

    it(`${style.toUpperCase()}: keeps ids, subject fields, definitions, notes, parts of speech`, async () => {
      const concepts = await readFixture(name);
      const first = concepts[0]!;
      assert.equal(first.externalId, 'c1');
      assert.equal(first.category, 'other');
      assert.equal(first.subjectField, 'General');
      assert.equal(first.note, 'G-Source: http://www.physics.drexel.edu/observatory/dump.shtml');
      assert.equal(
        first.definition,
        '[en] A group of stars formed together in the spiral arms of a galaxy.\n' +
          '[es] Una acumulación de una docena hasta varios miles de jóvenes estrellas en el plano de las galaxias.',
      );
      assert.deepEqual(first.terms[0], {
        lang: 'en', text: 'open cluster', partOfSpeech: 'noun', status: 'preferred',
        // The context sentence is kept, as a labelled line of the term note.
        note: 'context: Over 1100 open clusters are known in our Milky Way Galaxy, and this is probably only a small percentage of the total population which is probably some factor higher; estimates of as many as about 100,000 Milky Way open clusters have been given.',
      });
      assert.equal(concepts.filter((c) => c.subjectField !== undefined).length, 39);
      assert.equal(concepts.filter((c) => c.definition !== undefined).length, 38);
    });

    it(`${style.toUpperCase()}: export → import gives the same 45 concepts and 113 terms`, async () => {
      const concepts = await readFixture(name);
      const back = await parseGlossaryFile('astronomy.tbx', new TextEncoder().encode(exportTbx(concepts)));
      assert.equal(back.length, 45);
      assert.equal(back.flatMap((c) => c.terms).length, 113);
      assert.deepEqual(back, concepts);
    });
  }

  it('DCA and DCT styles of the same data give the same concepts apart from the notes the files differ in', async () => {
    const withoutNotes = (concepts: ConceptInput[]) => concepts.map(({ note: _note, ...rest }) => rest);
    assert.deepEqual(
      withoutNotes(await readFixture('ltac-basic-astronomy-dca.tbx')),
      withoutNotes(await readFixture('ltac-basic-astronomy-dct.tbx')),
    );
  });
});

// A termbase as SDL MultiTerm / memoQ write TBX v2: <martif>, termEntry, langSet, tig and ntig,
// statuses with and without the -admn-sts suffix, a DOCTYPE, a header and transactions.
const MARTIF = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader>
    <fileDesc>
      <sourceDesc><p>Exported from SDL MultiTerm 2019 termbase "KOSTEC"</p></sourceDesc>
    </fileDesc>
    <encodingDesc><p type="XCSURI">TBXXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="_7">
        <descrip type="subjectField">산업정책</descrip>
        <note>Source: 工业和信息化部通知</note>
        <transacGrp>
          <transac type="transactionType">origination</transac>
          <date>2024-06-21T10:12:00</date>
          <transacNote type="responsibility">kim</transacNote>
        </transacGrp>
        <langSet xml:lang="zh-CN">
          <tig>
            <term>专精特新</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <tig>
            <term>專精特新</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="ko-KR">
          <descripGrp>
            <descrip type="definition">전문화·정밀화·특색화·참신화 중소기업</descrip>
            <admin type="source">중소벤처기업부</admin>
          </descripGrp>
          <ntig>
            <termGrp>
              <term>전정특신</term>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            </termGrp>
            <descrip type="context">중국의 전정특신 기업은 1만 2천 개를 넘었다.</descrip>
          </ntig>
          <tig>
            <term>전문 특화 신기술 기업</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <note>예전 번역</note>
          </tig>
        </langSet>
      </termEntry>
      <termEntry id="_8">
        <langSet xml:lang="zh">
          <tig><term>亿华通</term><termNote type="normativeAuthorization">preferredTerm</termNote></tig>
        </langSet>
        <langSet xml:lang="ko">
          <tig><term>위화퉁</term><termNote type="normativeAuthorization">standardizedTerm</termNote></tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
`;

describe('TBX v2 (martif) import', () => {
  it('reads a MultiTerm-style termbase written to disk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-tbx2-'));
    const file = path.join(dir, 'kostec-multiterm.tbx');
    fs.writeFileSync(file, MARTIF);
    const concepts = await parseGlossaryFile(path.basename(file), new Uint8Array(fs.readFileSync(file)));
    assert.deepEqual(concepts, [
      {
        category: 'other',
        externalId: '_7',
        subjectField: '산업정책',
        note: 'Source: 工业和信息化部通知',
        // A langSet's definition keeps its language.
        definition: '[ko-KR] 전문화·정밀화·특색화·참신화 중소기업',
        terms: [
          { lang: 'zh-CN', text: '专精特新', partOfSpeech: 'noun', status: 'preferred' },
          { lang: 'zh-CN', text: '專精特新', status: 'admitted' },
          { lang: 'ko-KR', text: '전정특신', status: 'preferred', note: 'context: 중국의 전정특신 기업은 1만 2천 개를 넘었다.' },
          { lang: 'ko-KR', text: '전문 특화 신기술 기업', status: 'deprecated', note: '예전 번역' },
        ],
      },
      {
        category: 'other',
        externalId: '_8',
        terms: [
          { lang: 'zh', text: '亿华通', status: 'preferred' },
          { lang: 'ko', text: '위화퉁', status: 'preferred' },
        ],
      },
    ]);
    fs.rmSync(dir, { recursive: true });
  });

  it('reads the same termbase saved as UTF-16 LE with BOM (MultiTerm default) and as declared GB18030', async () => {
    const expected = await parseGlossaryFile('kostec.tbx', new TextEncoder().encode(MARTIF));
    const utf16 = MARTIF.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16Bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(utf16, 'utf-16le')]);
    assert.deepEqual(await parseGlossaryFile('kostec-utf16.tbx', utf16Bytes), expected);
    // GB18030 covers Hangul too, so the whole file survives.
    const gb = iconv.encode(MARTIF.replace('encoding="UTF-8"', 'encoding="GB18030"'), 'gb18030');
    assert.deepEqual(await parseGlossaryFile('kostec-gb.tbx', new Uint8Array(gb)), expected);
  });
});

describe('TBX progress', () => {
  it('reports progress every 1,000 concepts and at the end', async () => {
    const concepts: ConceptInput[] = Array.from({ length: 2500 }, (_, i) => ({
      category: 'other',
      terms: [{ lang: 'zh', text: `术语${i}` }, { lang: 'ko', text: `용어${i}` }],
    }));
    const calls: [number, number][] = [];
    const back = await parseGlossaryFile('big.tbx', new TextEncoder().encode(exportTbx(concepts)), (done, total) => calls.push([done, total]));
    assert.equal(back.length, 2500);
    assert.deepEqual(calls, [[1000, 2500], [2000, 2500], [2500, 2500]]);
  });
});
