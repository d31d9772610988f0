// `npm run eval`: precision and recall of every rule on the evaluation corpus, and the false alarms
// (errors and warnings) per 10,000 characters of correct text. `--verbose` lists every miss and
// false alarm with its pair and line.
import { loadCorpus, loadEvalRecognizer } from './corpus-load.ts';
import { evaluatePair, scoreByRule } from './evaluate.ts';

const verbose = process.argv.includes('--verbose');
const recognizer = await loadEvalRecognizer();
const pairs = loadCorpus();
const results = pairs.map((pair) => evaluatePair(pair, recognizer));

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const rows = [...scoreByRule(results).values()].sort((a, b) => (a.rule < b.rule ? -1 : 1));
console.log('rule                     slips caught  recall  false  precision  right fix');
let slips = 0, caught = 0, falseAlarms = 0, rightFix = 0;
for (const s of rows) {
  slips += s.slips; caught += s.caught; falseAlarms += s.falseAlarms; rightFix += s.rightFix;
  console.log(
    `${s.rule.padEnd(24)} ${String(s.slips).padStart(5)} ${String(s.caught).padStart(6)}  ${pct(s.caught, s.slips)}  ${String(s.falseAlarms).padStart(5)}  ${pct(s.caught, s.caught + s.falseAlarms).padStart(9)}  ${pct(s.rightFix, s.caught).padStart(9)}`,
  );
}
console.log(
  `${'overall'.padEnd(24)} ${String(slips).padStart(5)} ${String(caught).padStart(6)}  ${pct(caught, slips)}  ${String(falseAlarms).padStart(5)}  ${pct(caught, caught + falseAlarms).padStart(9)}  ${pct(rightFix, caught).padStart(9)}`,
);
const correctChars = results.reduce((n, r) => n + r.correctChars, 0);
const loud = results.reduce((n, r) => n + r.falseAlarms.filter((f) => f.severity !== 'style').length, 0);
const correctCount = results.reduce((n, r) => n + r.pair.correct.length, 0);
const violated = results.reduce((n, r) => n + r.violated.length, 0);
console.log(
  `\n${pairs.length} pairs, ${correctChars} characters of correct text: ${loud} false errors/warnings = ${((loud * 10000) / correctChars).toFixed(2)} per 10,000 characters`,
);
console.log(`${correctCount} correct constructions, ${violated} flagged`);

if (verbose) {
  for (const r of results) {
    for (const { slip, finding } of r.caught) {
      if (!finding) console.log(`MISS  ${r.pair.name}.expect.tsv:${slip.line} [${slip.rule}] ${slip.text}`);
      else if (slip.fix !== undefined && finding.suggestion !== slip.fix)
        console.log(`FIX   ${r.pair.name}.expect.tsv:${slip.line} [${slip.rule}] ${slip.text} → ${finding.suggestion ?? '(none)'} (expected ${slip.fix})`);
    }
    for (const f of r.falseAlarms)
      console.log(`FALSE ${r.pair.name}.ko.txt:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.text} → ${f.suggestion ?? ''} | ${f.message.ko}`);
  }
}
