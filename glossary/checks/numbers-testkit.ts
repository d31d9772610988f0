// Shared by the tests of the number, currency, spacing, josa and untranslated rules: a check context
// with the real recognizer over a few concepts, a runner through the real engine, and the sample issue.
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { buildRecognizer } from '../match/index.ts';
import { runChecks } from './engine.ts';
import type { CheckContext, Finding, IndexedConcept, RuleFamily } from './types.ts';

export function concept(id: number, zh: string, ko: string): IndexedConcept {
  return { id, category: 'other', zh: [zh], ko: [{ text: ko, status: 'preferred', established: false }], note: null };
}

export function context(draft: string, options: Partial<Omit<CheckContext, 'draft' | 'recognizer'>> & { concepts?: IndexedConcept[] } = {}): CheckContext {
  const { concepts = [], ...rest } = options;
  return { sources: [], archive: [], ...rest, draft, recognizer: buildRecognizer(concepts) };
}

/** The findings a family reports, through the engine (line/column, both messages). */
export function check(family: RuleFamily, ctx: CheckContext): Finding[] {
  const findings = runChecks([family], ctx);
  for (const f of findings) {
    // Every placeholder must be filled: a message with '{name}' left in it is a bug a user would see.
    assert.doesNotMatch(f.message.ko, /\{\w+\}/, `unfilled ko message for ${f.rule}: ${f.message.ko}`);
    assert.doesNotMatch(f.message.en, /\{\w+\}/, `unfilled en message for ${f.rule}: ${f.message.en}`);
  }
  return findings;
}

/** A compact view of findings for table-driven assertions. */
export function summary(findings: readonly Finding[]): { rule: string; severity: string; text: string; suggestion?: string }[] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    text: f.text,
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
  }));
}

export function sampleIssue(): string {
  return fs.readFileSync(new URL('../../../shared/samples/kostec-weekly-2024-06-21.txt', import.meta.url), 'utf8');
}
