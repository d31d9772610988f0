// Scores the checks against the corpus: per rule, planted slips found (recall) and findings that
// are planted slips (precision); false alarms per 10,000 characters of correct text.
import { checkWithRate } from '../checks/index.ts';
import type { Finding, RuleId, TermRecognizer } from '../checks/types.ts';
import type { Pair } from './corpus-load.ts';

/** Findings a reader must act on; info findings are a checklist and are not scored. */
export const SCORED = new Set(['error', 'warning', 'style']);

export interface PairResult {
  pair: Pair;
  findings: Finding[];
  /** Slips with the finding that caught them (undefined = missed). */
  caught: { slip: Pair['slips'][number]; finding: Finding | undefined }[];
  /** Scored findings that match no slip. */
  falseAlarms: Finding[];
  /** Correct constructions touched by a finding. */
  violated: { correct: Pair['correct'][number]; finding: Finding }[];
  correctChars: number;
}

export function checkPair(pair: Pair, recognizer: TermRecognizer, draft = pair.draft): Finding[] {
  return checkWithRate({
    draft,
    sources: pair.sources,
    rate: pair.rate,
    issueDrafts: [draft],
    recognizer,
    archive: [],
    accepted: new Set(),
  }).findings;
}

function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) out.push(at);
  return out;
}

export function evaluatePair(pair: Pair, recognizer: TermRecognizer): PairResult {
  const findings = checkPair(pair, recognizer);
  const scored = findings.filter((f) => SCORED.has(f.severity));
  const used = new Set<Finding>();
  const caught = pair.slips.map((slip) => {
    const finding = scored.find((f) => !used.has(f) && f.rule === slip.rule && f.text === slip.text);
    if (finding) used.add(finding);
    return { slip, finding };
  });
  const falseAlarms = scored.filter((f) => !used.has(f));
  const violated: PairResult['violated'] = [];
  for (const correct of pair.correct) {
    const spans = occurrences(pair.draft, correct.text).map((at) => [at, at + correct.text.length] as const);
    const finding = falseAlarms.find((f) => spans.some(([s, e]) => f.start < e && s < Math.max(f.end, f.start + 1)));
    if (finding) violated.push({ correct, finding });
  }
  const slipChars = pair.slips.reduce((n, s) => n + s.text.length, 0);
  return { pair, findings, caught, falseAlarms, violated, correctChars: pair.draft.length - slipChars };
}

export interface RuleScore {
  rule: RuleId;
  slips: number;
  caught: number;
  rightFix: number;
  falseAlarms: number;
}

export function scoreByRule(results: readonly PairResult[]): Map<RuleId, RuleScore> {
  const byRule = new Map<RuleId, RuleScore>();
  const get = (rule: RuleId) => {
    let s = byRule.get(rule);
    if (!s) byRule.set(rule, (s = { rule, slips: 0, caught: 0, rightFix: 0, falseAlarms: 0 }));
    return s;
  };
  for (const r of results) {
    for (const { slip, finding } of r.caught) {
      const s = get(slip.rule);
      s.slips++;
      if (!finding) continue;
      s.caught++;
      if (slip.fix === undefined || finding.suggestion === slip.fix) s.rightFix++;
    }
    for (const f of r.falseAlarms) get(f.rule).falseAlarms++;
  }
  return byRule;
}
