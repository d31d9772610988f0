// term-typo is conservative on purpose. What it does NOT catch (documented limits):
//   - two-syllable words at all, unless followed by the concept's own Chinese in parentheses,
//     and then only one jamo away (청뚜(成都));
//   - two jamo away unless the sources or the draft's pairs name that concept, and the word has 4+
//     syllables (3+ when followed by the concept's Chinese in parentheses);
//   - slips that add or drop a whole syllable outside the concepts named in the sources;
//   - multi-word renderings (전고체 배터리) — only single Hangul words are compared;
//   - a word that is itself a rendering of another concept, or equally near two concepts;
//   - an ordinary Korean word that happens to be one jamo from a 3+ syllable rendering: it is
//     flagged (a warning the reviewer accepts once); the rule has no Korean dictionary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from './engine.ts';
import { termFamily } from './terms.ts';
import { termTypoFamily } from './terms-typo.ts';
import { testRecognizer } from './terms-test-glossary.ts';
import { slipKind } from './terms-typo-evidence.ts';
import { buildRecognizer } from '../match/index.ts';

const recognizer = testRecognizer();

function check(draft: string, sources: string[] = []) {
  return runChecks([termFamily, termTypoFamily], { draft, sources, recognizer, archive: [] })
    .filter((f) => f.rule !== 'term-missing')
    .map((f) => `${f.rule}:${f.text}→${f.suggestion}`);
}

test('term-typo: words one or two jamo from a glossary rendering', () => {
  const cases: [string, string[], string[]][] = [
    // The sample issue's slip, in a pair: reported once, as a typo (not also as term-mismatch).
    ['궈푸칭녕(國富氫能)', [], ['term-typo:궈푸칭녕→궈푸칭넝']],
    // Running text, with a particle: distance 1 against the whole glossary.
    ['궈푸칭녕은 저장탱크를 출시', [], ['term-typo:궈푸칭녕→궈푸칭넝']],
    // Two jamo (ㅜ→ㅗ, ㅓ→ㅕ): only when the source names the concept.
    ['궈포칭녕은 출시', [], []],
    ['궈포칭녕은 출시', ['国富氢能推出'], ['term-typo:궈포칭녕→궈푸칭넝']],
    // Two syllables: only with the concept's Chinese in parentheses, and one jamo.
    ['청뚜는 발표', [], []],
    ['청뚜(成都)는 발표', [], ['term-typo:청뚜→청두']],
    ['청뚜시(成都市)는 발표', [], ['term-typo:청뚜→청두']],
    // Parentheses naming another or an unknown Chinese term: a different name, not a slip.
    ['궈푸칭녕(国鸿氢能)', [], ['term-mismatch:궈푸칭녕→궈훙칭넝']],
    ['궈푸칭녕(國寶氫能)', [], []],
    // Three syllables two jamo away is another name (칭다오, not a slip for 칭하이), even when the
    // draft names 靑海 elsewhere; one jamo away it is a slip.
    ['칭하이성(靑海)과 칭다오는', [], []],
    ['칭하이성(靑海)과 칭하오는', [], ['term-typo:칭하오→칭하이']],
    // Exact renderings and unrelated words are left alone.
    ['궈푸칭넝과 궈훙칭넝은 수소 기업', [], []],
    ['웨이란 신에너지', [], []],
  ];
  for (const [draft, sources, expected] of cases) assert.deepEqual(check(draft, sources), expected, draft);
});

test('term-typo: equally near two concepts is ambiguous and not reported', () => {
  // 궈흥칭넝 is one jamo from 궈훙칭넝 (ㅡ/ㅜ) and three from 궈푸칭넝: reported.
  assert.deepEqual(check('궈흥칭넝은'), ['term-typo:궈흥칭넝→궈훙칭넝']);
  // 궈후칭넝: one jamo from 궈훙칭넝 (no ㅇ) and one from 궈푸칭넝 (ㅎ/ㅍ): ambiguous.
  assert.deepEqual(check('궈후칭넝은'), []);
});

test('term-typo: the message names the glossary rendering and the Chinese', () => {
  const [finding] = runChecks([termTypoFamily], { draft: '궈푸칭녕은', sources: [], recognizer, archive: [] });
  assert.equal(finding?.severity, 'warning');
  assert.equal(finding?.message.en, "'궈푸칭녕' looks like a typo for the glossary rendering '궈푸칭넝' (国富氢能).");
  assert.equal(finding?.line, 1);
  assert.equal(finding?.column, 1);
});

test('term-typo: what is not a slip (a missing syllable, a rendering + suffix + institution, 2 syllables without evidence)', () => {
  // 과학기술 is 과학기술부 without its last syllable: another word, not a typo.
  assert.deepEqual(check('과학기술 혁신을 강조', ['科技部发布']), []);
  // A rendering, a name suffix, then an institution noun.
  assert.deepEqual(check('청두시정부는 발표', ['成都市政府']), []);
  // Two syllables with a name suffix: a slip only when a source names the concept.
  assert.deepEqual(check('청뚜시는 발표', []), []);
  assert.deepEqual(check('청뚜시는 발표', ['成都市发布']), ['term-typo:청뚜→청두']);
});

test('term-typo: a real place the source writes is not a typo of a glossary place one jamo away', () => {
  // The test glossary has 칭하이 (青海); 칭하오 is near it, but a source writing 庆豪 (칭하오) makes it a name.
  assert.deepEqual(check('칭하오는 발표', ['青海']), ['term-typo:칭하오→칭하이']);
  assert.deepEqual(check('칭하오는 발표', ['青海与庆豪']), []);
});

test('term-typo: the message says typo only for a typo', () => {
  const concept = { id: 1, category: 'company' as const, zh: ['中科富海'], ko: [], note: null };
  assert.deepEqual(slipKind('중커부하이', '중커푸하이', concept), { kind: 'hanja-syllable', written: '부', official: '푸', char: '富' });
  assert.deepEqual(slipKind('충수', '충쑤', { ...concept, zh: ['重塑'] }), { kind: 'departs', written: '수', official: '쑤' });
  assert.deepEqual(slipKind('궈푸칭녕', '궈푸칭넝', { ...concept, zh: ['國富氫能'] }), { kind: 'typo' });
  const [finding] = runChecks([termTypoFamily], { draft: '중커부하이는', sources: [], recognizer: buildRecognizer([{ ...concept, ko: [{ text: '중커푸하이', status: 'preferred', established: false }] }]), archive: [] });
  assert.equal(finding?.message.ko, "'중커부하이'는 中科富海의 용어집 표기 '중커푸하이'와 다릅니다. '부'는 富의 한자음이고, 외래어 표기법으로는 '푸'입니다.");
  assert.doesNotMatch(finding!.message.ko, /오타/);
});
