// untranslated: Han characters outside a first-mention gloss, a reference line or a source line.
// Decided: a gloss after a Latin name, CATL(宁德时代), is allowed like one after Hangul.
// Not checked here: a gloss repeated after the first mention (a style matter, not untranslated text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { untranslatedRules } from './untranslated.ts';
import { check, concept, context, summary } from './numbers-testkit.ts';

const warn = (text: string, suggestion?: string) => ({
  rule: 'untranslated',
  severity: 'warning',
  text,
  ...(suggestion ? { suggestion } : {}),
});

const cases: { name: string; draft: string; expected: ReturnType<typeof summary> }[] = [
  { name: 'a Hangul name with its Chinese gloss', draft: '위화퉁(亿華通)은 수소 기업', expected: [] },
  { name: 'a gloss after a space', draft: '이치자동차 (一汽), 우허우구 (武侯區)', expected: [] },
  { name: 'a gloss mixing Hangul and Han', draft: '전고체전지(신장·新疆) 국가시범산업단지', expected: [] },
  { name: 'a gloss after a Latin name', draft: 'CATL(宁德时代) 등 6개 기업', expected: [] },
  { name: 'a reference line keeps its original title', draft: '- ☑ 国家发改委公示西部各省新增鼓励类氢能产业 https://baijiahao.baidu.com/s?id=1', expected: [] },
  { name: 'the ▽ mark of a converted PDF is a reference mark too', draft: '- ▽ 或达60亿,中国计划投入资金扶持全固态电池研发', expected: [] },
  { name: 'a source line', draft: '* 출처: 人民网 2024', expected: [] },
  { name: 'Han in running text', draft: '1\tCATL 宁德时代 CATL\t중국 국내 최초', expected: [warn('宁德时代')] },
  { name: 'Han after a Korean word without parentheses', draft: '정부는 专精特新 기업을 육성', expected: [warn('专精特新')] },
  { name: 'parentheses after a number are no gloss', draft: '목표는 2026(专精特新)', expected: [warn('专精特新')] },
  { name: 'parentheses at the start of a line are no gloss', draft: '(人工智能) 분야', expected: [warn('人工智能')] },
  { name: 'a run with a middle dot stays one finding', draft: '본문 新疆·西藏 지역', expected: [warn('新疆·西藏')] },
];

for (const c of cases) {
  test(`untranslated: ${c.name}`, () => {
    assert.deepEqual(summary(check(untranslatedRules, context(c.draft))), c.expected);
  });
}

test('untranslated: a Chinese term the glossary knows gets its Korean rendering as the suggestion', () => {
  const findings = check(untranslatedRules, context('정부는 專精特新 기업을 육성', { concepts: [concept(1, '专精特新', '전정특신')] }));
  assert.deepEqual(summary(findings), [warn('專精特新', '전정특신(專精特新)')]);
  assert.equal(findings[0]!.column, 5);
  assert.match(findings[0]!.message.en, /glossary has '전정특신\(專精特新\)'/);
});
