// inconsistent-rendering: one Chinese name written with different Hangul
//   - within the draft/issue (청두(成都) here, 성두(成都) there): the majority wins; on a tie, the
//     official transcription decides; failing that, the first occurrence;
//   - against past issues (ctx.archive): the draft departs from every archived form;
//   - per character across transliterated names (鸿 훙 in two names, 홍 in a third): the odd one;
//     for a character with several readings (能 néng/nài, 重) only a syllable that transcribes
//     none of them (칭녕 beside 칭넝), since a polyphone may rightly differ by word.
// Names the glossary renders are left to the term rules, which know the approved form.
import type { ArchivedRendering, CheckContext, RawFinding, RuleFamily } from './types.ts';
import { transcribe } from '../readings/index.ts';
import { fold } from '../text/fold.ts';
import { isAllowed, pairConcept } from './terms-common.ts';
import { findNamePairs, pairReadings, type NamePair, type PairReading } from './terms-pairs.ts';
import { judge, looksTransliterated } from './terms-transcription.ts';

/** The comparable form of a pair: suffix pair split off (청두시/成都市), else a Korean-only suffix (이치자동차/一汽). */
export function normalizedReading(ko: string, zh: string): PairReading {
  const readings = pairReadings(ko, zh);
  return (
    readings.find((r) => r.zhSuffix !== '') ??
    readings.find((r) => r.koSuffix !== '') ??
    readings.find((r) => r.koSuffix === '')!
  );
}

interface Written {
  pair: NamePair;
  reading: PairReading;
}

// Suggestions replace the finding's span: the name without its suffix, or one syllable.

/** The form that wins among several: most frequent, then the official transcription, then the first. */
function winner(forms: Map<string, Written[]>, zhStem: string): string {
  const ranked = [...forms.entries()].sort((a, b) => b[1].length - a[1].length);
  const top = ranked.filter(([, list]) => list.length === ranked[0]![1].length).map(([ko]) => ko);
  if (top.length === 1) return top[0]!;
  const official = transcribe(zhStem).hangul.join('');
  if (top.includes(official)) return official;
  // The first written of the tied forms.
  return top.sort((a, b) => forms.get(a)![0]!.pair.koStart - forms.get(b)![0]!.pair.koStart)[0]!;
}

function finding(w: Written, messageKey: string, params: Record<string, string | number>, suggestion: string, span?: [number, number]): RawFinding {
  return {
    rule: 'inconsistent-rendering',
    severity: 'warning',
    start: span ? span[0] : w.pair.koStart,
    end: span ? span[1] : w.pair.koStart + w.reading.koStem.length,
    messageKey,
    params,
    suggestion,
  };
}

function sameNameFindings(names: Map<string, Written[]>): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const [zhStem, list] of names) {
    const forms = new Map<string, Written[]>();
    for (const w of list) forms.set(w.reading.koStem, [...(forms.get(w.reading.koStem) ?? []), w]);
    if (forms.size < 2) continue;
    const best = winner(forms, zhStem);
    const count = forms.get(best)!.length;
    for (const [ko, written] of forms) {
      if (ko === best) continue;
      for (const w of written) {
        findings.push(finding(w, 'draft', { zh: w.pair.zh, found: ko, expected: best, count }, best));
      }
    }
  }
  return findings;
}

function archiveFindings(names: Map<string, Written[]>, archive: readonly ArchivedRendering[], flagged: Set<number>): RawFinding[] {
  const archived = new Map<string, Map<string, string[]>>();
  for (const entry of archive) {
    const r = normalizedReading(entry.ko, entry.zh);
    const forms = archived.get(r.zhStem) ?? new Map<string, string[]>();
    forms.set(r.koStem, [...(forms.get(r.koStem) ?? []), entry.issue]);
    archived.set(r.zhStem, forms);
  }
  const findings: RawFinding[] = [];
  for (const [zhStem, list] of names) {
    const forms = archived.get(zhStem);
    if (!forms) continue;
    const [expected, issues] = [...forms.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    for (const w of list) {
      if (forms.has(w.reading.koStem) || flagged.has(w.pair.koStart)) continue;
      findings.push(
        finding(w, 'archive', { zh: w.pair.zh, found: w.reading.koStem, expected, issue: issues[issues.length - 1]! }, expected),
      );
    }
  }
  return findings;
}

/** One distinct name's use of a character: every occurrence of the name, the syllable's offset in it. */
interface CharUse {
  occurrences: Written[];
  offset: number;
  official: string;
  /** Written as the transcription of one of the character's readings (重 충 or 중). */
  transcribed: boolean;
  polyphone: boolean;
}

function perCharacterFindings(names: Map<string, Written[]>, flagged: Set<number>): RawFinding[] {
  // Character → written syllable → distinct names using it (a name written 3 times votes once).
  const byChar = new Map<string, Map<string, CharUse[]>>();
  for (const [zhStem, list] of names) {
    const byForm = new Map<string, Written[]>();
    for (const w of list) byForm.set(w.reading.koStem, [...(byForm.get(w.reading.koStem) ?? []), w]);
    for (const [koStem, occurrences] of byForm) {
      const verdicts = judge(koStem, zhStem, false);
      if (!verdicts || !looksTransliterated(verdicts)) continue;
      let offset = 0;
      for (const v of verdicts) {
        const use = { occurrences, offset, official: v.official, transcribed: v.transcribed, polyphone: v.polyphone };
        offset += v.written.length;
        const char = fold(v.char);
        const forms = byChar.get(char) ?? new Map<string, CharUse[]>();
        forms.set(v.written, [...(forms.get(v.written) ?? []), use]);
        byChar.set(char, forms);
      }
    }
  }
  const findings: RawFinding[] = [];
  for (const [char, forms] of byChar) {
    if (forms.size < 2) continue;
    const ranked = [...forms.entries()].sort((a, b) => b[1].length - a[1].length);
    const top = ranked.filter(([, uses]) => uses.length === ranked[0]![1].length);
    const official = ranked[0]![1][0]!.official;
    // Tie: the official syllable decides; when it is not among the tied forms, no one is odd.
    const best = top.length === 1 ? top[0]![0] : top.some(([s]) => s === official) ? official : undefined;
    if (best === undefined) continue;
    for (const [syllable, uses] of forms) {
      if (syllable === best) continue;
      for (const use of uses) {
        // A character with several readings may rightly differ by word (重 충/중); only a syllable
        // that is none of its readings (能 녕 where the others write 넝) is odd.
        if (use.polyphone && use.transcribed) continue;
        for (const w of use.occurrences) {
          if (flagged.has(w.pair.koStart)) continue;
          const start = w.pair.koStart + use.offset;
          const params = { char, found: syllable, expected: best, count: forms.get(best)!.length, zh: w.pair.zh };
          findings.push(finding(w, 'character', params, best, [start, start + syllable.length]));
        }
      }
    }
  }
  return findings;
}

export const consistencyFamily: RuleFamily = {
  rules: ['inconsistent-rendering'],
  messages: {
    draft: {
      ko: "{zh}{^을} 여기서는 '{found}'{^으로} 썼지만 다른 곳({count}회)에서는 '{expected}'{^으로} 썼습니다.",
      en: "{zh} is written '{found}' here but '{expected}' elsewhere ({count}×).",
      zh: "{zh}此处写作'{found}'，其他地方（{count}次）写作'{expected}'。",
    },
    archive: {
      ko: "{zh}{^은} 지난 호({issue})에서 '{expected}'{^으로} 썼습니다('{found}' 아님).",
      en: "{zh} was written '{expected}' in past issues ({issue}), not '{found}'.",
      zh: "{zh}在往期（{issue}）中写作'{expected}'，而非'{found}'。",
    },
    character: {
      ko: "{char}{^을} 다른 이름({count}회)에서는 '{expected}'{^으로} 썼는데 {zh}에서는 '{found}'{^으로} 썼습니다.",
      en: "{char} is written '{expected}' in other names ({count}×) but '{found}' in {zh}.",
      zh: "{char}在其他名称中（{count}次）写作'{expected}'，在{zh}中却写作'{found}'。",
    },
  },
  run(ctx: CheckContext) {
    const names = new Map<string, Written[]>();
    for (const pair of findNamePairs(ctx.draft)) {
      if (!/^\p{Script=Han}+$/u.test(pair.zh)) continue;
      const resolved = pairConcept(ctx, pair);
      if (resolved && resolved.concept.ko.some(isAllowed)) continue;
      const reading = normalizedReading(pair.ko, pair.zh);
      names.set(reading.zhStem, [...(names.get(reading.zhStem) ?? []), { pair, reading }]);
    }
    const sameName = sameNameFindings(names);
    const flagged = new Set(sameName.map((f) => f.start));
    const archive = archiveFindings(names, ctx.archive, flagged);
    for (const f of archive) flagged.add(f.start);
    return [...sameName, ...archive, ...perCharacterFindings(names, flagged)];
  },
};
