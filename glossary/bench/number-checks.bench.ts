// Number, currency, spacing, josa and untranslated rules on the real sample issue: the whole issue as
// one draft (target ≤ 15 ms) and one article with a Chinese source re-checked per keystroke (≤ 3 ms),
// their share of the engine's 50 ms / 8 ms budget (checks.bench.ts).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runChecks } from '../checks/engine.ts';
import { currencyRules } from '../checks/currency.ts';
import { josaRules } from '../checks/josa.ts';
import { numberFormatRules } from '../checks/number-format.ts';
import { numberRules } from '../checks/numbers.ts';
import { spacingRules } from '../checks/spacing.ts';
import { untranslatedRules } from '../checks/untranslated.ts';
import { buildRecognizer } from '../match/index.ts';
import { repoRoot } from '../paths.ts';

const families = [numberRules, currencyRules, numberFormatRules, spacingRules, josaRules, untranslatedRules];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  const sample = fs.readFileSync(path.join(repoRoot, '..', 'shared', 'samples', 'kostec-weekly-2024-06-21.txt'), 'utf8');
  const recognizer = buildRecognizer([]);
  // A different text each time (the parsers memoize per text: an unchanged draft would be free).
  const check = (i: number) => runChecks(families, { draft: `${sample}\n${i}`, sources: [], recognizer, archive: [] });
  for (let i = 0; i < 5; i++) check(-i - 1); // warm-up: JIT, the fold cache, lazy tables
  const whole: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    check(i);
    whole.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ bench: 'number-checks-sample-issue', chars: sample.length, median_ms: +median(whole).toFixed(2), target_ms: 15 }));

  // The 청두 AI article with a Chinese source of similar length, edited one keystroke at a time.
  const start = sample.indexOf("청두시, '인공지능 산업 고품질 발전 3개년 계획' 마련\n");
  const article = sample.slice(start, sample.indexOf('참고자료', start));
  const source = '成都市人工智能产业高质量发展三年行动计划（2024—2026年）。到2026年，人工智能核心产业规模达1700亿元，'.repeat(20);
  const edits: number[] = [];
  for (let i = 0; i < 100; i++) {
    const at = Math.floor((article.length * i) / 100);
    const draft = `${article.slice(0, at)}1${article.slice(at)}`;
    const t0 = performance.now();
    runChecks(families, { draft, sources: [source], recognizer, archive: [] });
    edits.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ bench: 'number-checks-edited-article', chars: article.length, source_chars: source.length, median_ms: +median(edits).toFixed(2), target_ms: 3 }));
}
