// The number, currency, spacing, josa and untranslated rules over the real sample issue (whole text
// as the draft, rate not set): every finding is listed here, so a change in what the editor would see
// on a real issue shows up as a failing test. Judgements are in the comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from './engine.ts';
import { currencyRules, deriveRate } from './currency.ts';
import { josaRules } from './josa.ts';
import { numberFormatRules } from './number-format.ts';
import { numberRules } from './numbers.ts';
import { spacingRules } from './spacing.ts';
import { untranslatedRules } from './untranslated.ts';
import { context, sampleIssue } from './numbers-testkit.ts';

const families = [numberRules, currencyRules, numberFormatRules, spacingRules, josaRules, untranslatedRules];

test('sample issue without sources: the findings an editor would see', () => {
  const sample = sampleIssue();
  assert.equal(deriveRate(sample), 189.89);
  const findings = runChecks(families, context(sample));
  assert.deepEqual(
    findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.text}${f.suggestion ? ` → ${f.suggestion}` : ''}`),
    [
      // True: the same issue writes 1,700억 (line 34), 3,102개 and 5,700만 대.
      '133:22 number-format 1700억 위안 → 1,700억 위안',
      '142:62 number-format 1000개 → 1,000개',
      '166:90 number-format 1000개 → 1,000개',
      '171:66 number-format 1000명 → 1,000명',
      // True as text: company logos in a table turned into Han characters by the PDF conversion.
      '197:8 untranslated 宁德时代',
      '198:3 untranslated 比亚迪汽车',
      '199:3 untranslated 中国一芝',
      '200:8 untranslated 上汽集団',
      '201:11 untranslated 藏新能源',
      '202:3 untranslated 言言に対することに対',
      '227:9 untranslated 田',
      '227:11 untranslated 新十',
      // True: "Group" reads 그룹, so 과.
      '441:58 josa Group와 → Group과',
    ],
  );
});

test('sample issue with its Chinese source: 2.38억 위안 is the 万亿 slip (2.38万亿元 = 2.38조 위안)', () => {
  const sample = sampleIssue();
  const source = '商务部：2023年我国跨境电商进出口2.38万亿元，增长15.6%。';
  // A source of one sentence for a whole issue: every other number is 'not in the source' (a
  // warning, true for this source); the slip is the one error.
  const findings = runChecks([numberRules], context(sample, { sources: [source] })).filter((f) => f.severity === 'error');
  assert.deepEqual(
    findings.map((f) => `${f.line}:${f.column} ${f.text} → ${f.suggestion}`),
    ['378:26 2.38억 위안 → 2.38조 위안'],
  );
});
