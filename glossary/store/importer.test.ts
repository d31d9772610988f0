import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../errors.ts';
import { openDatabase } from './database.ts';
import type { Category, ConceptInput } from '../model.ts';
import type { GlossaryStore } from './store.ts';
import { tempStore } from './test-helpers.ts';

function entry(zh: string, ko: string | string[], category: Category = 'company', extra: Partial<ConceptInput> = {}): ConceptInput {
  const kos = Array.isArray(ko) ? ko : [ko];
  return { category, ...extra, terms: [{ lang: 'zh', text: zh }, ...kos.map((text) => ({ lang: 'ko', text }))] };
}

function snapshot(store: GlossaryStore) {
  return {
    counts: store.counts(),
    concepts: [...store.allConcepts()],
    history: [...store.allConcepts()].map((c) => store.history(c.id).length),
  };
}

test('planImport sorts entries into adds, updates and conflicts and writes nothing', () => {
  const store = tempStore();
  const zjtx = store.createConcept(entry('專精特新', '전정특신', 'policy'));
  const guofu = store.createConcept(entry('國富氫能', '궈푸칭넝'));
  const ext = store.createConcept(entry('吉利', '지리', 'company', { externalId: 'c-7' }));
  const before = snapshot(store);

  const plan = store.planImport('new.csv', [
    entry('专精特新', '전정특신', 'policy', { note: 'same zh in the other script, same ko' }),
    entry('国富氢能', '궈푸칭녕'),
    entry('吉利汽车', '지리자동차', 'company', { externalId: 'c-7' }),
    entry('成都', '청두', 'place'),
  ]);
  assert.deepEqual(plan.updates.map((u) => u.existingId), [zjtx.id, ext.id]);
  assert.deepEqual(plan.conflicts.map((c) => [c.existingId, c.existingKo, c.incomingKo]), [[guofu.id, ['궈푸칭넝'], ['궈푸칭녕']]]);
  assert.deepEqual(plan.adds.map((a) => a.terms[0]!.text), ['成都']);
  assert.deepEqual(plan.warnings, []);
  assert.deepEqual(snapshot(store), before);
  store.close();
});

test('planImport lists entries sharing a Chinese term as duplicates (keep both by default, skip an exact repeat) and names file lines', () => {
  const store = tempStore();
  const plan = store.planImport('list.csv', [
    entry('成都', '청두', 'place'),
    entry('成都', '청두', 'place'),
    entry('重慶', '충칭', 'planet' as Category),
    entry('成都', '쳉두', 'place'),
    { category: 'place', terms: [{ lang: 'zh', text: '深圳' }, { lang: 'ko', text: '선전' }, { lang: 'ko', text: '선전' }] },
  ], [2, 3, 4, 5, 6]);
  assert.deepEqual(plan.adds.map((a) => a.terms.map((t) => t.text)), [['成都', '청두'], ['深圳', '선전']]);
  // In file order.
  assert.deepEqual(plan.warnings, [
    'line 4 (重慶): category "planet" is not one of person, organization, company, place, policy, program, technology, other; skipped',
    'line 6 (深圳): "선전" listed twice in the entry; kept once',
  ]);
  assert.deepEqual(plan.duplicates!.map((d) => [d.line, d.withLine, d.identical, d.choice, d.otherKo]), [
    [3, 2, true, 'skip', ['청두']],
    [5, 2, false, 'keep', ['청두']],
  ]);
  // Default: the different rendering becomes a concept of its own; nothing is lost.
  assert.deepEqual(store.applyImport(plan), { file: 'list.csv', added: 3, updated: 0, conflicts: 0 });
  assert.equal(store.search('成都').total, 2);
  store.close();
});

test('a duplicate merged on request becomes one concept holding both renderings', () => {
  const store = tempStore();
  const plan = store.planImport('list.csv', [entry('成都', '청두', 'place', { note: '표기 원칙' }), entry('成都', '쳉두', 'place', { note: '옛 표기' })]);
  store.applyImport(plan, { choices: { [plan.duplicates![0]!.id]: 'merge' } });
  const [chengdu] = [...store.allConcepts()];
  assert.equal(store.counts().concepts, 1);
  assert.deepEqual(chengdu!.terms.map((t) => [t.text, t.status]), [['成都', 'preferred'], ['청두', 'preferred'], ['쳉두', 'admitted']]);
  assert.equal(chengdu!.note, '표기 원칙\n옛 표기');
  store.close();
});

test('applyImport adds and updates, records the history and reports progress', () => {
  const store = tempStore();
  const zjtx = store.createConcept(entry('專精特新', '전정특신', 'policy'));
  store.approveConcept(zjtx.id);
  const inputs = [
    entry('专精特新', '전정특신', 'policy', { note: '중소기업 육성 정책', approval: 'proposed' }),
    ...['成都', '重慶', '廣西'].map((zh, i) => entry(zh, ['청두', '충칭', '광시'][i]!, 'place')),
  ];
  const plan = store.planImport('places.csv', inputs);
  const progress: [number, number][] = [];
  const result = store.applyImport(plan, { who: 'importer', onProgress: (done, total) => progress.push([done, total]) });
  assert.deepEqual(result, { file: 'places.csv', added: 3, updated: 1, conflicts: 0 });
  assert.deepEqual(progress.at(-1), [4, 4]);
  assert.deepEqual(store.counts(), { concepts: 4, terms: 8 });

  const updated = store.getConcept(zjtx.id)!;
  assert.equal(updated.note, '중소기업 육성 정책');
  assert.equal(updated.approval, 'approved', 'an import never lowers an approval');
  assert.deepEqual(updated.terms.map((t) => t.text), ['專精特新', '전정특신'], 'same key in the other script is not added twice');
  const [last] = store.history(zjtx.id);
  assert.equal(last!.action, 'import');
  assert.equal(last!.who, 'importer');
  assert.equal(last!.before!.note, null);
  assert.equal(store.search('重庆').hits[0]!.concept.terms[1]!.text, '충칭');
  store.close();
});

test('a conflict (same Chinese, other Korean) is a concept of its own by default, skipped or merged on request', () => {
  const store = tempStore();
  const guofu = store.createConcept(entry('國富氫能', '궈푸칭넝'));
  const plan = store.planImport('x.csv', [entry('国富氢能', '궈푸칭녕')]);
  assert.deepEqual(plan.duplicates!.map((d) => [d.existingId, d.choice, d.otherKo]), [[guofu.id, 'keep', ['궈푸칭넝']]]);
  assert.deepEqual(store.applyImport(plan, { resolveConflicts: 'skip' }), { file: 'x.csv', added: 0, updated: 0, conflicts: 1 });
  assert.equal(store.counts().concepts, 1);
  assert.deepEqual(store.applyImport(plan, { choices: { 0: 'merge' } }), { file: 'x.csv', added: 0, updated: 1, conflicts: 0 });
  assert.deepEqual(store.getConcept(guofu.id)!.terms.map((t) => t.text), ['國富氫能', '궈푸칭넝', '国富氢能', '궈푸칭녕']);
  assert.deepEqual(store.applyImport(plan), { file: 'x.csv', added: 1, updated: 0, conflicts: 0 });
  assert.equal(store.counts().concepts, 2);
  store.close();
});

const BREAKERS: [string, (input: ConceptInput) => void, RegExp][] = [
  ['an empty term', (input) => void (input.terms[1]!.text = ''), /entry 地100: term 2 \(ko\) has no text/],
  ['an invalid category', (input) => void (input.category = 'galaxy' as Category), /entry 地100: category "galaxy" is not one of/],
];
for (const [name, breakIt, message] of BREAKERS) {
  test(`an import that meets ${name} half-way changes nothing`, () => {
    const store = tempStore();
    const existing = store.createConcept(entry('地1', '지1', 'place'));
    const inputs = Array.from({ length: 200 }, (_, i) => entry(`地${i + 1}`, `지${i + 1}`, 'place', { note: `n${i}` }));
    const plan = store.planImport('big.csv', inputs);
    assert.equal(plan.adds.length, 199);
    assert.equal(plan.updates.length, 1);
    const before = snapshot(store);
    const revision = store.revision;

    breakIt(plan.adds[98]!); // entry 地100, after 98 successful adds
    assert.throws(
      () => store.applyImport(plan),
      (error: unknown) => error instanceof InputError && error.file === 'big.csv' && message.test(error.message),
    );
    assert.deepEqual(snapshot(store), before);
    assert.equal(store.history(existing.id).length, 1);
    assert.equal(store.search('지150').total, 0);
    assert.equal(store.revision, revision);
    store.close();
  });
}

test('an update whose concept was deleted after the preview fails as a whole', () => {
  const store = tempStore();
  const gone = store.createConcept(entry('成都', '청두', 'place'));
  const plan = store.planImport('late.csv', [entry('成都', '청두', 'place'), entry('重慶', '충칭', 'place')]);
  store.deleteConcept(gone.id);
  assert.throws(() => store.applyImport(plan), new RegExp(`late.csv: concept ${gone.id} does not exist any more`));
  assert.equal(store.counts().concepts, 0);
  store.close();
});

test('a large import refused by the database half-way names the entry and changes nothing', () => {
  const store = tempStore();
  const inputs = Array.from({ length: 2100 }, (_, i) => entry(`地${i + 1}`, `지${i + 1}`, 'place', { note: i === 1499 ? 'refuse' : `n${i}` }));
  const plan = store.planImport('big.csv', inputs);
  // A rule of the database itself (not of validation), met in the middle of a multi-row batch.
  const other = openDatabase(store.path);
  other.exec("CREATE TRIGGER refuse BEFORE INSERT ON concepts WHEN new.note = 'refuse' BEGIN SELECT RAISE(ABORT, 'not this one'); END");
  other.close();
  assert.throws(
    () => store.applyImport(plan),
    (error: unknown) => error instanceof InputError && error.file === 'big.csv' && /entry 地1500: not this one/.test(error.message),
  );
  assert.deepEqual(store.counts(), { concepts: 0, terms: 0 });
  assert.equal(store.search('地').total, 0);
  store.close();
});

test('a large import is added, recorded and searchable like a small one', () => {
  const store = tempStore();
  const inputs = Array.from({ length: 2100 }, (_, i) => entry(`地${i + 1}`, [`지${i + 1}`, `지${i + 1}시`], 'place'));
  const result = store.applyImport(store.planImport('big.csv', inputs), { who: 'importer' });
  assert.deepEqual(result, { file: 'big.csv', added: 2100, updated: 0, conflicts: 0 });
  assert.deepEqual(store.counts(), { concepts: 2100, terms: 6300 });
  const last = [...store.allConcepts()].at(-1)!;
  assert.deepEqual(last.terms.map((t) => t.text), ['地2100', '지2100', '지2100시']);
  const [history] = store.history(last.id);
  assert.equal(history!.action, 'import');
  assert.equal(history!.who, 'importer');
  assert.deepEqual(history!.after, last);
  // 지2100 and 지2100시 share characters: the concept is one hit.
  assert.deepEqual(store.search('지2').hits.length, 50);
  assert.equal(store.search('지2').total, 1 + 10 + 100 + 101); // 지2, 지20…, 지200…, 지2000…2100
  assert.equal(store.search('地2100').hits[0]!.concept.id, last.id);
  store.close();
});

test('a large import leaves its checkpoint to the next write, which moves it into the file', () => {
  const store = tempStore();
  const fileSize = () => fs.statSync(store.path).size;
  const empty = fileSize();
  // Long notes: more than SQLite's 1,000-page threshold for an automatic checkpoint (16 KB pages).
  const inputs = Array.from({ length: 2100 }, (_, i) => entry(`地${i + 1}`, `지${i + 1}`, 'place', { note: `${i} ${'x'.repeat(12_000)}` }));
  store.applyImport(store.planImport('big.csv', inputs));
  // Committed and readable at once, from the WAL; the file itself is not yet rewritten.
  assert.equal(store.search('地2100').total, 1);
  assert.equal(fileSize(), empty);
  // Automatic checkpoints are back on: the next commit copies the import into the file.
  store.createConcept(entry('成都', '청두', 'place'));
  assert.ok(fileSize() > 24_000_000, `${fileSize()} bytes after the next write`);
  store.close();
});

test("an imported concept's history shows it as the import added it, after later edits and its deletion too", () => {
  const store = tempStore();
  store.applyImport(store.planImport('terms.csv', [entry('成都', '청두', 'place'), entry('吉利', '지리')]), { who: 'importer' });
  const added = store.search('成都').hits[0]!.concept;
  // Nothing changed it yet: the import's entry shows the concept as it is.
  assert.deepEqual(store.history(added.id).map((h) => [h.action, h.who, h.before, h.after]), [['import', 'importer', null, added]]);

  const edited = store.updateConcept(added.id, { ...entry('成都', '청두시', 'place'), note: 'capital of Sichuan' }, 'editor');
  store.updateConcept(added.id, entry('成都', '청두', 'place'), 'editor');
  const [second, first, imported] = store.history(added.id);
  assert.deepEqual([second!.action, first!.action, imported!.action], ['update', 'update', 'import']);
  assert.deepEqual(imported!.after, added, 'the import entry still shows the concept as added, not as edited');
  assert.deepEqual(first!.after, edited);

  store.deleteConcept(added.id, 'editor');
  const entries = store.history(added.id);
  assert.equal(entries[0]!.action, 'delete');
  assert.deepEqual(entries.at(-1)!.after, added);
  // The other concept of the file keeps its own snapshot.
  const other = store.search('吉利').hits[0]!.concept;
  assert.deepEqual(store.history(other.id)[0]!.after, other);
  store.close();
});

test('only an exact repeat of an entry is preselected to skip: a change in any field, or text moved between fields, is kept', () => {
  const store = tempStore();
  const base = entry('成都', '청두', 'place', { definition: '四川省会' });
  const variants: ConceptInput[] = [
    { ...base, terms: base.terms.map((t) => ({ ...t, text: ` ${t.text} ` })) }, // the same once trimmed
    { ...base, definition: '四川', note: '省会' }, // the definition's text split over two fields
    { ...base, terms: [...base.terms.slice(0, 1), { lang: 'ko', text: '청두', status: 'admitted' }] },
    { ...base, terms: [...base.terms.slice(0, 1), { lang: 'ko', text: '청두', established: true }] },
    { ...base, terms: [...base.terms, { lang: 'en', text: 'Chengdu' }] },
    { ...base, approval: 'approved' },
  ];
  const plan = store.planImport('list.csv', [base, ...variants]);
  assert.deepEqual(plan.duplicates!.map((d) => [d.identical, d.choice]), [
    [true, 'skip'],
    ...variants.slice(1).map(() => [false, 'keep']),
  ]);
  store.close();
});
