// The safe-fix property, over every finding of the evaluation corpus that carries a suggestion:
// applying it removes that finding and adds no new error or warning; a fix never writes a zero
// amount, and a fix of a won conversion agrees with the yuan amount at the pair's rate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findKoreanAmounts } from '../text/numbers-ko.ts';
import { toNumber } from '../text/numbers-decimal.ts';
import type { Finding } from '../checks/types.ts';
import { loadCorpus, loadEvalRecognizer } from './corpus-load.ts';
import { checkPair } from './evaluate.ts';

const recognizer = await loadEvalRecognizer();
const pairs = loadCorpus();

const LOUD = new Set(['error', 'warning']);

/**
 * Errors and warnings as a multiset of (rule, message, place): a place after the fixed span is
 * moved by the change in length, a place inside it is 'the fixed span' (the same slip, rewritten).
 */
function tally(findings: readonly Finding[], span: { start: number; end: number }, delta: number, after: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) {
    if (!LOUD.has(f.severity)) continue;
    const end = after ? span.end + delta : span.end;
    const inSpan = f.start < Math.max(end, span.start + 1) && span.start < Math.max(f.end, f.start + 1);
    const place = inSpan ? 'fix' : f.start >= end && !after ? String(f.start + delta) : String(f.start);
    const key = `${f.rule} ${f.messageKey} @${place}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

test('the corpus has findings with suggestions to try', () => {
  const withFix = pairs.flatMap((pair) => checkPair(pair, recognizer).filter((f) => f.suggestion !== undefined && f.severity !== 'info'));
  assert.ok(withFix.length >= 200, `only ${withFix.length} findings with a suggestion`);
});

for (const pair of pairs) {
  test(`safe fixes: ${pair.name}`, () => {
    const before = checkPair(pair, recognizer);
    for (const finding of before) {
      if (finding.suggestion === undefined || finding.severity === 'info') continue;
      const fixed = pair.draft.slice(0, finding.start) + finding.suggestion + pair.draft.slice(finding.end);
      const after = checkPair(pair, recognizer, fixed);
      const where = `${pair.name}:${finding.line}:${finding.column} [${finding.rule}] ${finding.text} → ${finding.suggestion}`;
      // The finding is gone: nothing of its rule and message at the replaced span any more.
      const end = finding.start + finding.suggestion.length;
      const stays = after.find((f) => f.rule === finding.rule && f.messageKey === finding.messageKey && f.start < Math.max(end, finding.start + 1) && finding.start < Math.max(f.end, f.start + 1));
      assert.equal(stays, undefined, `${where}: still flagged as ${stays?.text} → ${stays?.suggestion}`);
      // No new error or warning anywhere (the fixed one aside).
      const delta = finding.suggestion.length - (finding.end - finding.start);
      const was = tally(before, finding, delta, false);
      for (const [key, count] of tally(after, finding, delta, true)) {
        assert.ok(count <= (was.get(key) ?? 0), `${where}: adds ${key}`);
      }
      // Never a zero amount; a won conversion's fix matches its yuan amount at the pair's rate.
      for (const amount of findKoreanAmounts(finding.suggestion)) {
        assert.ok(toNumber(amount.value) > 0, `${where}: writes a zero`);
      }
      if (finding.rule === 'currency-rate') {
        const yuan = Number(finding.params?.yuan ? toNumber(findKoreanAmounts(String(finding.params.yuan))[0]!.value) : NaN);
        const won = toNumber(findKoreanAmounts(finding.suggestion)[0]!.value);
        const rate = Number(finding.params?.rate);
        assert.ok(Math.abs(won / yuan - rate) / rate <= 0.15, `${where}: ${won} won for ${yuan} yuan is not the rate ${rate}`);
      }
    }
  });
}
