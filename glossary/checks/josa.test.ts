// josa: particles that disagree with the final sound of the word before them.
//
// Which particles are checked (and the limits, on purpose):
//   - after a glossary rendering (recognizer.findInDraft), including name suffixes: 청두시을 → 청두시를;
//     not after a one-syllable rendering (성 for 省: 성과, 성가 are other words) unless a gloss follows;
//   - after a parenthesised gloss, agreeing with the word before the parentheses: 전정특신(專精特新)를;
//   - after a number, % or a Latin token read aloud: 1를 → 1을 (일), 10를 → 10을 (십), 1조을 → 1조를,
//     CATL는 → CATL은 (씨에이티엘: ㄹ final, so also CATL로), BYD은 → BYD는, Group와 → Group과.
//   - NOT after ordinary Korean words (사람는 stays unflagged): without the glossary we cannot tell a
//     particle from the end of a verb or noun (하는, 가는, 오를), and a false alarm costs more than a miss.
//   - NOT after Latin words of unknown reading (polymer와, IVICS는) or single letters (L를).
//   - Copula particles (이라는/라는, 이며/며 …) are flagged only when the short form follows a consonant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { josaRules } from './josa.ts';
import { lastSpokenSyllable, numberLastSyllable } from './josa-reading.ts';
import { check, concept, context, summary } from './numbers-testkit.ts';

const concepts = [
  concept(1, '亿华通', '위화퉁'),
  concept(2, '成都', '청두'),
  concept(3, '首尔', '서울'),
  concept(4, '专精特新', '전정특신'),
  concept(5, '省', '성'),
];

const flag = (text: string, suggestion: string) => ({ rule: 'josa', severity: 'error', text, suggestion });

const cases: { draft: string; expected: ReturnType<typeof summary> }[] = [
  // glossary renderings
  { draft: '위화퉁를 인수했다', expected: [flag('위화퉁를', '위화퉁을')] },
  { draft: '위화퉁을 인수했다', expected: [] },
  { draft: '청두는 서부의 중심', expected: [] },
  { draft: '청두은 서부의 중심', expected: [flag('청두은', '청두는')] },
  { draft: '서울으로 이동', expected: [flag('서울으로', '서울로')] },
  { draft: '서울로 이동', expected: [] },
  { draft: '청두시를 방문', expected: [] },
  { draft: '청두시을 방문', expected: [flag('청두시을', '청두시를')] },
  { draft: '위화퉁(亿華通)를 인수', expected: [flag('위화퉁(亿華通)를', '위화퉁(亿華通)을')] },
  { draft: '위화퉁라는 기업', expected: [flag('위화퉁라는', '위화퉁이라는')] },
  { draft: '위화퉁이라는 기업', expected: [] },
  // parenthesised glosses, without the glossary
  { draft: '전정특신(專精特新)를 지원', expected: [flag('전정특신(專精特新)를', '전정특신(專精特新)을')] },
  { draft: '전정특신(專精特新)을 지원', expected: [] },
  { draft: '폴리머(polymer)와 황화물', expected: [] },
  { draft: '첨단장비제조(10,534건)과 바이오', expected: [flag('첨단장비제조(10,534건)과', '첨단장비제조(10,534건)와')] },
  { draft: '이치자동차 (一汽)을 포함', expected: [flag('이치자동차 (一汽)을', '이치자동차 (一汽)를')] },
  { draft: '장이후이(張一慧)교수', expected: [] },
  // numbers and Latin tokens
  { draft: '2024를 기준으로, 1을 더하고, 3개를, 1조를 투입', expected: [] },
  { draft: '1를 더하고', expected: [flag('1를', '1을')] },
  { draft: '10를 넘어', expected: [flag('10를', '10을')] },
  { draft: '1조을 투입', expected: [flag('1조을', '1조를')] },
  { draft: '7,640건로 집계', expected: [flag('7,640건로', '7,640건으로')] },
  { draft: '8.55%을 기록', expected: [flag('8.55%을', '8.55%를')] },
  { draft: '722MW로 증가', expected: [] },
  { draft: 'CATL은 중국의, CATL로 이전', expected: [] },
  { draft: 'CATL는 중국의', expected: [flag('CATL는', 'CATL은')] },
  { draft: 'CATL으로 이전', expected: [flag('CATL으로', 'CATL로')] },
  { draft: 'BYD은 중국의', expected: [flag('BYD은', 'BYD는')] },
  { draft: 'BYD이라는 회사, CATL이며', expected: [] },
  { draft: 'Nord Anglia Education Group와 협력해', expected: [flag('Group와', 'Group과')] },
  { draft: 'HSBC China는 디지털 위안화', expected: [] },
  // a one-syllable rendering is not trusted as a word of its own (성가 is a hymn, not 省 + 가)
  { draft: '성가 합창, 성과를 발표', expected: [] },
  // verbs and ordinary words are never flagged
  { draft: '하는 일, 가는 길, 오를 전망, 사람는', expected: [] },
  { draft: 'polymer와 IVICS는, L를', expected: [] },
];

for (const c of cases) {
  test(`josa: ${c.draft}`, () => {
    assert.deepEqual(summary(check(josaRules, context(c.draft, { concepts }))), c.expected);
  });
}

test('josa: line, column and both messages', () => {
  const [f] = check(josaRules, context('제목\n- 정부는 위화퉁를 지원', { concepts }));
  assert.equal(f!.line, 2);
  assert.equal(f!.column, 7);
  assert.equal(f!.message.ko, "조사 불일치: '위화퉁' 뒤에는 '를' 대신 '을'을 씁니다('퉁'으로 끝남).");
  assert.equal(f!.message.en, "After '위화퉁' (read …퉁) the particle is '을', not '를'.");
});

test('reading numbers and tokens aloud', () => {
  const numbers: [string, string][] = [
    ['1', '일'], ['2', '이'], ['10', '십'], ['300', '백'], ['1,000', '천'], ['20000', '만'], ['120000', '만'],
    ['300000000', '억'], ['1000000000000', '조'], ['1.5', '오'], ['0', '영'], ['2024', '사'],
  ];
  for (const [n, syllable] of numbers) assert.equal(numberLastSyllable(n), syllable, n);
  const tokens: [string, string | undefined][] = [
    ['CATL', '엘'], ['BYD', '디'], ['R&D', '디'], ['e-CNY', '이'], ['NASA', '사'], ['8.55%', '트'],
    ['300GWh', '시'], ['Group', '룹'], ['IVICS', undefined], ['polymer', undefined], ['L', undefined],
  ];
  for (const [token, syllable] of tokens) assert.equal(lastSpokenSyllable(token), syllable, token);
});

test('josa after a misspelt glossary name (term-typo reports it): agrees with the name as written', () => {
  const glossary = [concept(1, '亿华通', '이화퉁'), concept(2, '重庆', '충칭')];
  const run = (draft: string) => summary(check(josaRules, context(draft, { concepts: glossary, sources: ['亿华通在重庆'] })));
  assert.deepEqual(run('위화퉁를 인수했다'), [flag('위화퉁를', '위화퉁을')]);
  assert.deepEqual(run('위화퉁을 인수했다'), []);
  assert.deepEqual(run('위화퉁에서 생산한다'), [], 'not a particle form this rule knows');
  assert.deepEqual(run('충칭과 위화퉁와 협력'), [flag('위화퉁와', '위화퉁과')]);
  // Not misspelt at all: an ordinary word stays unflagged, as before.
  assert.deepEqual(run('사람는 많다'), []);
});

test('josa after a spaced counter, a quoted gloss and a suffix written after the gloss', () => {
  const cases: [string, string[]][] = [
    ['3년간 5억 위안를 투입', ['5억 위안를 → 5억 위안을']],
    ['연구인력 2만 명이 참여', []],
    ["'혁신(創新)'와 '창업(創業)'과 지원", ["혁신(創新)'와 → 혁신(創新)'과"]],
    ['산둥(山东)성를 포함한 지역', ['산둥(山东)성를 → 산둥(山东)성을']],
    ['중국공정원(CAE)는 발표', ['중국공정원(CAE)는 → 중국공정원(CAE)은']],
  ];
  for (const [draft, expected] of cases) {
    assert.deepEqual(check(josaRules, context(draft, { concepts })).map((f) => `${f.text} → ${f.suggestion}`), expected, draft);
  }
});
