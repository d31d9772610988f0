import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillTemplate, runChecks } from './engine.ts';
import type { CheckContext, RuleFamily, TermRecognizer } from './types.ts';

const noGlossary: TermRecognizer = {
  concept: () => undefined,
  conceptByZh: () => undefined,
  findInSource: () => [],
  findInDraft: () => [],
};

// A rule family standing in for any rule: flags every 'X' in the draft, and every 'Y' in the sources
// as a finding at the draft's first character (like term-missing).
const flagX: RuleFamily = {
  rules: ['spacing', 'term-missing'],
  messages: { x: { ko: '{what} 발견', en: 'found {what}' } },
  run(ctx) {
    const out = [...ctx.draft.matchAll(/X/g)].map((m) => ({
      rule: 'spacing' as const,
      severity: 'style' as const,
      start: m.index!,
      end: m.index! + 1,
      messageKey: 'x',
      params: { what: 'X' },
    }));
    ctx.sources.forEach((source, index) => {
      for (const m of source.matchAll(/Y\d/g)) {
        out.push({
          rule: 'term-missing' as const,
          severity: 'info' as const,
          start: 0,
          end: 1,
          messageKey: 'x',
          params: { what: m[0] },
          source: { index, start: m.index!, end: m.index! + 2 },
        } as never);
      }
    });
    return out;
  },
};

const ctx = (draft: string, sources: string[] = []): CheckContext => ({ draft, sources, recognizer: noGlossary, archive: [] });

test('findings carry 1-based line and column and both message languages', () => {
  const [finding] = runChecks([flagX], ctx('ab\ncdX'));
  assert.deepEqual({ line: finding!.line, column: finding!.column, text: finding!.text }, { line: 2, column: 3, text: 'X' });
  assert.deepEqual(finding!.message, { ko: 'X 발견', en: 'found X' });
});

test('an accepted finding stays accepted after edits elsewhere, and comes back when its text changes', () => {
  const first = runChecks([flagX], ctx('첫 줄\n그리고 여기에 X 있음'));
  const accepted = new Set([first[0]!.key]);
  const editedElsewhere = runChecks([flagX], ctx('첫 줄을 고침\n\n그리고 여기에 X 있음'), { accepted });
  assert.equal(editedElsewhere[0]!.accepted, true);
  const editedAround = runChecks([flagX], ctx('첫 줄\n그리고 저기에 X 없음'), { accepted });
  assert.equal(editedAround[0]!.accepted, false);
});

test('findings about different source terms at the same draft span have different keys', () => {
  const findings = runChecks([flagX], ctx('draft', ['Y1 and Y2']));
  assert.equal(findings.length, 2);
  assert.notEqual(findings[0]!.key, findings[1]!.key);
});

test('the same input gives the same findings in the same order', () => {
  const text = 'X\nXX\nX';
  assert.deepEqual(runChecks([flagX], ctx(text, ['Y1'])), runChecks([flagX], ctx(text, ['Y1'])));
});

test('message templates: every placeholder filled, unknown ones left as written', () => {
  const cases: [string, Record<string, string | number>, string][] = [
    ['{what} 발견', { what: 'X' }, 'X 발견'],
    ["'{found}' → '{preferred}' ({found})", { found: '위화퉁', preferred: '이화퉁' }, "'위화퉁' → '이화퉁' (위화퉁)"],
    ['rate {rate}', { rate: 189.5 }, 'rate 189.5'],
    ['{missing} stays', {}, '{missing} stays'],
    ['no placeholder', { what: 'X' }, 'no placeholder'],
    ['{a}{b}', { a: 1, b: 2 }, '12'],
  ];
  for (const [template, params, expected] of cases) assert.equal(fillTemplate(template, params), expected, template);
});

test('findings keep the optional fields their rule gave, and only those', () => {
  const withSource = runChecks([flagX], ctx('draft', ['Y1']))[0]!;
  assert.deepEqual(withSource.source, { index: 0, start: 0, end: 2, title: 'Y1', line: 1 });
  assert.equal('suggestion' in withSource, false);
  const plain = runChecks([flagX], ctx('X'))[0]!;
  assert.equal('source' in plain, false);
  assert.deepEqual(plain.params, { what: 'X' });
});
