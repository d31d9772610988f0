// Term recognition timings: automaton build for 100,000 concepts (target ≤ 1.5 s), a scan of a
// 40,000-character Chinese source full of terms (median of 50, target ≤ 2 ms) against a naive
// indexOf-per-term loop over the same text, and findInDraft over a 5,000-character Korean draft.
import { performance } from 'node:perf_hooks';
import { buildRecognizer } from '../match/index.ts';
import { indexConceptInputs } from '../checks/index.ts';
import { prng, syntheticConcepts } from './synthetic.ts';
import { termTypoFamily } from '../checks/terms-typo.ts';
import { fold } from '../text/fold.ts';

const CONCEPTS = 100_000;


/** A text of `length` characters where about a third of the characters belong to glossary terms. */
function textWithTerms(random: () => number, terms: string[], length: number, filler: () => string): string {
  let text = '';
  while (text.length < length) {
    if (random() < 0.25) text += terms[Math.floor(random() * terms.length)]!;
    else text += filler();
  }
  return text.slice(0, length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  const concepts = indexConceptInputs(syntheticConcepts(CONCEPTS, 42));
  const random = prng(7);

  const t0 = performance.now();
  const recognizer = buildRecognizer(concepts);
  const buildMs = performance.now() - t0;
  console.log(JSON.stringify({ bench: 'match-build-zh', concepts: CONCEPTS, ms: +buildMs.toFixed(1), target_ms: 1500 }));

  const zhTerms = concepts.map((c) => c.zh[0]!);
  // Between terms: running text made of the same common characters, with punctuation.
  const zhChars = [...new Set(zhTerms.join(''))];
  const filler = () => zhChars[Math.floor(random() * zhChars.length)]! + (random() < 0.2 ? '，' : '');
  const source = textWithTerms(random, zhTerms, 40_000, filler);
  // Warm the fold cache and let the JIT settle: the editor scans the same way hundreds of times.
  for (let i = 0; i < 30; i++) recognizer.findInSource(source);
  const scanTimes: number[] = [];
  let hits = 0;
  const cpu = process.cpuUsage();
  for (let i = 0; i < 50; i++) {
    const s = performance.now();
    hits = recognizer.findInSource(source).length;
    scanTimes.push(performance.now() - s);
  }
  const used = process.cpuUsage(cpu);
  const scanMs = median(scanTimes);
  // CPU time per scan next to wall time: on a shared machine the difference is waiting for a core.
  const cpuMs = (used.user + used.system) / 1000 / 50;
  console.log(JSON.stringify({ bench: 'match-scan-source', chars: source.length, hits, median_ms: +scanMs.toFixed(3), min_ms: +Math.min(...scanTimes).toFixed(3), cpu_ms: +cpuMs.toFixed(3), target_ms: 2 }));

  // The naive alternative: indexOf of every folded term over the folded text (5 runs: it is slow).
  const foldedTerms = zhTerms.map((t) => fold(t));
  const naiveTimes: number[] = [];
  let naiveHits = 0;
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const folded = fold(source);
    naiveHits = 0;
    for (const term of foldedTerms) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) naiveHits++;
    }
    naiveTimes.push(performance.now() - s);
  }
  const naiveMs = median(naiveTimes);
  console.log(JSON.stringify({ bench: 'match-scan-naive-indexof', chars: source.length, occurrences: naiveHits, median_ms: +naiveMs.toFixed(1), ratio: +(naiveMs / scanMs).toFixed(1) }));

  const koTerms = concepts.flatMap((c) => c.ko.slice(0, 1).map((r) => r.text));
  const particles = ['는', '의', '를', '에서', '와', ''];
  const t1 = performance.now();
  recognizer.findInDraft('가'); // the Korean automaton is built on first use
  console.log(JSON.stringify({ bench: 'match-build-ko', concepts: CONCEPTS, ms: +(performance.now() - t1).toFixed(1) }));
  const draft = textWithTerms(
    random,
    koTerms.map((t) => ` ${t}${particles[Math.floor(random() * particles.length)]} `),
    5_000,
    () => ' 발표했다. ',
  );
  const draftTimes: number[] = [];
  let draftHits = 0;
  for (let i = 0; i < 50; i++) {
    const s = performance.now();
    draftHits = recognizer.findInDraft(draft).length;
    draftTimes.push(performance.now() - s);
  }
  console.log(JSON.stringify({ bench: 'match-find-in-draft', chars: draft.length, hits: draftHits, median_ms: +median(draftTimes).toFixed(3) }));

  // term-typo over the same draft with one syllable changed in some renderings (distance 1
  // against all 100,000 concepts through the syllable index, built on first use).
  const slipped = draft.replace(/[\uac00-\ud7a3]{3,}/gu, (word) =>
    random() < 0.1 ? word.slice(0, -1) + String.fromCharCode(word.charCodeAt(word.length - 1) ^ 1) : word,
  );
  const ctx = { draft: slipped, sources: [], recognizer, archive: [] };
  const t2 = performance.now();
  termTypoFamily.run(ctx);
  console.log(JSON.stringify({ bench: 'typo-index-build-and-first-check', concepts: CONCEPTS, ms: +(performance.now() - t2).toFixed(1) }));
  const typoTimes: number[] = [];
  let typos = 0;
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    typos = termTypoFamily.run(ctx).length;
    typoTimes.push(performance.now() - s);
  }
  console.log(JSON.stringify({ bench: 'typo-check-draft', chars: slipped.length, findings: typos, median_ms: +median(typoTimes).toFixed(2) }));
}
