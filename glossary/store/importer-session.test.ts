// A file's import as the app and the CLI run it (ImportSession): planned row by row, applied by
// reading the file again. It must do exactly what planning and applying the whole entry list does,
// while its preview holds only the first items of each list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.ts';
import type { DuplicateChoice } from '../model.ts';
import { readGlossaryFile } from '../formats/index.ts';
import type { GlossaryStore } from './store.ts';
import { PREVIEW_LIMIT } from './importer-session.ts';
import { tempStore } from './test-helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

// Stored before the import: 成都/청두 (updated by line 2), 重庆/충칭 (line 5 renders it otherwise).
function seeded(): GlossaryStore {
  const store = tempStore();
  store.createConcept({ category: 'place', terms: [{ lang: 'zh', text: '成都' }, { lang: 'ko', text: '청두' }] });
  store.createConcept({ category: 'place', terms: [{ lang: 'zh', text: '重庆' }, { lang: 'ko', text: '충칭' }] });
  return store;
}

const CSV = [
  'zh,ko,note',
  '成都,청두,사천성 성도', // update of a stored concept
  '深圳,선전,',
  '深圳,선전,', // identical repeat: skip
  '重庆,중경,옛 표기', // conflict with the stored rendering
  '深圳,썬전,다른 표기', // same Chinese, other Korean: keep both
  '量子,양자;양자,', // a term twice in one cell: one term (the reader's rule, no warning)
  '合肥,허페이,',
  '合肥,허페이,별칭', // merges into line 8 when asked
].join('\n');

function state(store: GlossaryStore) {
  return [...store.allConcepts()]
    .map((c) => ({ note: c.note, terms: c.terms.map((t) => `${t.lang}:${t.text}:${t.status}`).join(' ') }))
    .sort((a, b) => a.terms.localeCompare(b.terms) || String(a.note).localeCompare(String(b.note)));
}

const cases: [string, Record<number, DuplicateChoice> | undefined, DuplicateChoice | undefined][] = [
  ['the preselected choices', undefined, undefined],
  ['every duplicate merged', undefined, 'merge'],
  ['every duplicate skipped', undefined, 'skip'],
  ['one merge, the rest kept', { 3: 'merge' }, 'keep'],
];
for (const [name, choices, all] of cases) {
  test(`a file's import gives what planning and applying the entry list gives: ${name}`, async () => {
    const read = await readGlossaryFile('g.csv', utf8(CSV));
    const byList = seeded();
    const plan = byList.planImport('g.csv', read.concepts, read.lines);
    const listChoices = Object.fromEntries(plan.duplicates!.map((d) => [d.id, choices?.[d.id] ?? all ?? d.choice]));
    const expected = byList.applyImport(plan, { choices: listChoices });

    const byFile = seeded();
    const session = byFile.importFile({ fileName: 'g.csv', bytes: utf8(CSV), options: {} });
    const preview = await session.preview();
    assert.deepEqual(preview.plan.duplicates, plan.duplicates);
    assert.deepEqual(preview.plan.warnings, plan.warnings);
    assert.deepEqual(preview.counts, { adds: 3, updates: 1, conflicts: 1, duplicates: 4, warnings: 0 });
    assert.deepEqual(preview.languages, { zh: 8, ko: 8 });
    const result = session.apply({ who: 'tester', ...(choices ? { choices } : {}), ...(all ? { allDuplicates: all } : {}) });
    assert.deepEqual(result, expected);
    assert.deepEqual(state(byFile), state(byList));
    byList.close();
    byFile.close();
  });
}

test('the preview of a long file lists its first entries and counts them all; all are imported', async () => {
  const rows = Array.from({ length: 2 * PREVIEW_LIMIT + 5 }, (_, i) => `术语${i},용어${i}`);
  const store = tempStore();
  const session = store.importFile({ fileName: 'long.csv', bytes: utf8(`zh,ko\n${rows.join('\n')}\n`), options: {} });
  const { plan, counts } = await session.preview();
  assert.equal(plan.adds.length, PREVIEW_LIMIT);
  assert.equal(counts.adds, 2 * PREVIEW_LIMIT + 5);
  assert.deepEqual(session.apply({ who: 'tester' }), { file: 'long.csv', added: 2 * PREVIEW_LIMIT + 5, updated: 0, conflicts: 0 });
  assert.equal(store.counts().concepts, 2 * PREVIEW_LIMIT + 5);
  assert.throws(() => session.apply({ who: 'tester' }), /applied already/);
  store.close();
});

test('a stored concept deleted between preview and apply: nothing is written, the error says to preview again', async () => {
  const store = seeded();
  const session = store.importFile({ fileName: 'g.csv', bytes: utf8(CSV), options: {} });
  await session.preview();
  const chengdu = store.search('成都').hits[0]!.concept;
  store.deleteConcept(chengdu.id);
  const before = store.counts();
  assert.throws(() => session.apply({ who: 'tester' }), (error: unknown) => error instanceof InputError && /preview the file again/.test(error.message));
  assert.deepEqual(store.counts(), before);
  store.close();
});
