// term-typo: a word one or two jamo away from a glossary rendering (궈푸칭녕 for 궈푸칭넝).
// Conservative by design (see terms-typo.test.ts for the limits):
//   - distance 1 against every rendering, through the syllable index of glossary/match, for words
//     of 3+ syllables (2+ when the word is followed by the concept's Chinese in parentheses);
//   - distance 2 only against concepts the sources or the draft's `한글(漢字)` pairs name, and only
//     for words of 4+ syllables (3+ when the concept's Chinese follows in parentheses);
//   - never a word that is itself a rendering, that a rendering already covers, or whose
//     parentheses name another (or an unknown) Chinese term; never when two concepts are equally near.
import type { CheckContext, IndexedConcept, RawFinding, RuleFamily } from './types.ts';
import { Recognizer } from '../match/index.ts';
import { NAME_SUFFIXES, editDistance, stemsOf, toJamo } from '../text/korean.ts';
import { namedBySource, isHanjaReadingOf, slipKind } from './terms-typo-evidence.ts';
import { conceptLabel, isAllowed, pairConcept, preferredRendering } from './terms-common.ts';
import { findNamePairs, type NamePair } from './terms-pairs.ts';
import { RecognizerMemo, draftHits, sourceHits } from './recognition-memo.ts';
import { placeVerdict, sourceNamesConcept } from './terms-typo-places.ts';

const MAX_DISTANCE = 2;

export interface TypoTarget {
  concept: IndexedConcept;
  rendering: string;
  distance: number;
}

/**
 * Allowed renderings of the concepts the sources or the draft's pairs name (distance 2 is allowed
 * against them), decomposed once and indexed by syllable: a word within two jamo of a rendering
 * shares at least one whole syllable with it, so only those are compared.
 */
export class RelevantRenderings {
  private readonly items: { concept: IndexedConcept; text: string; jamo: string }[] = [];
  private readonly bySyllable = new Map<string, number[]>();

  constructor(concepts: Iterable<IndexedConcept>) {
    for (const concept of concepts) {
      for (const rendering of concept.ko) {
        if (!isAllowed(rendering)) continue;
        const index = this.items.push({ concept, text: rendering.text, jamo: toJamo(rendering.text) }) - 1;
        for (const syllable of new Set(rendering.text)) {
          const list = this.bySyllable.get(syllable) ?? [];
          list.push(index);
          this.bySyllable.set(syllable, list);
        }
      }
    }
  }

  /** Renderings sharing a syllable with `word` and at most one syllable longer or shorter. */
  *candidates(word: string): Generator<{ concept: IndexedConcept; text: string; jamo: string }> {
    const seen = new Set<number>();
    for (const syllable of word) {
      for (const index of this.bySyllable.get(syllable) ?? []) {
        if (seen.has(index)) continue;
        seen.add(index);
        const item = this.items[index]!;
        if (Math.abs(item.text.length - word.length) <= 1) yield item;
      }
    }
  }
}

interface Evidence {
  relevant: RelevantRenderings;
  /** The concept named by the Chinese in parentheses right after the word; null = parentheses with unknown Chinese. */
  paren?: IndexedConcept | null;
  /** The word goes on with a name suffix (선쩐시, 난칭성): a two-syllable stem may be compared. */
  suffixed?: boolean;
}

/** The glossary rendering `stem` is most likely a slip for, if exactly one concept is nearest. */
export function typoTarget(ctx: CheckContext, stem: string, evidence: Evidence): TypoTarget | undefined {
  if (evidence.paren === null) return undefined;
  // Two syllables: with the concept's Chinese beside it, or with a name suffix when a source names
  // the concept (선쩐시 for 深圳); never bare (선정 is not a slip for 선전).
  const twoSyllablesWithSuffix = !evidence.paren && evidence.suffixed === true && stem.length === 2;
  const minSyllables = evidence.paren || twoSyllablesWithSuffix ? 2 : 3;
  if (stem.length < minSyllables) return undefined;
  const candidates: TypoTarget[] = [];
  const stemJamo = toJamo(stem);
  const consider = (concept: IndexedConcept, rendering: string, limit: number, jamo = toJamo(rendering)) => {
    if (evidence.paren && evidence.paren.id !== concept.id) return;
    // A typo changes letters inside syllables; a missing syllable (과학기술 for 과학기술부) is another word.
    if (rendering.length !== stem.length) return;
    // The Sino-Korean reading (산동 for 山东) is a choice of system, not a slip: term-mismatch says so.
    if (isHanjaReadingOf(stem, concept)) return;
    const distance = editDistance(stemJamo, jamo, MAX_DISTANCE);
    if (distance >= 1 && distance <= limit) candidates.push({ concept, rendering, distance });
  };
  if (ctx.recognizer instanceof Recognizer && !twoSyllablesWithSuffix) {
    for (const entry of ctx.recognizer.nearRenderings(stem)) {
      const concept = ctx.recognizer.concept(entry.conceptId);
      if (concept && isAllowed(entry.rendering)) consider(concept, entry.rendering.text, 1);
    }
  }
  // Two jamo in a short word is too often another name altogether (칭다오 is not a slip for 칭하이):
  // allowed from 3 syllables with the concept's Chinese beside the word, else from 4.
  const relevantLimit = stem.length >= (evidence.paren ? 3 : 4) ? MAX_DISTANCE : 1;
  if (twoSyllablesWithSuffix && !ctx.sources.length) return undefined;
  for (const item of evidence.relevant.candidates(stem)) consider(item.concept, item.text, relevantLimit, item.jamo);
  if (candidates.length === 0) return undefined;
  const best = Math.min(...candidates.map((c) => c.distance));
  const nearest = candidates.filter((c) => c.distance === best);
  if (new Set(nearest.map((c) => c.concept.id)).size > 1) return undefined;
  // A real name the source itself writes (허난 for 河南 beside the glossary's 후난) is no slip.
  if (namedBySource(ctx.sources, stem)) return undefined;
  return nearest[0];
}

/** Is `word` itself a rendering of some concept (then it is no typo, whatever it is near)? */
function isRendering(ctx: CheckContext, word: string): boolean {
  if (ctx.recognizer instanceof Recognizer) return ctx.recognizer.renderingsOf(word).length > 0;
  return ctx.recognizer.findInDraft(word).some((h) => h.start === 0 && h.end === word.length);
}

function isRenderingWithSuffix(ctx: CheckContext, stem: string): boolean {
  return NAME_SUFFIXES.some((suffix) => stem.length > suffix.length && stem.endsWith(suffix) && isRendering(ctx, stem.slice(0, -suffix.length)));
}

// The index over the relevant concepts, by the list of their ids: it changes only when a source
// or a pair does, not on every keystroke.
const relevantMemo = new RecognizerMemo<RelevantRenderings>(4);

function relevantConcepts(ctx: CheckContext, pairs: NamePair[]): RelevantRenderings {
  const byId = new Map<number, IndexedConcept>();
  for (const source of ctx.sources) {
    for (const hit of sourceHits(ctx.recognizer, source)) {
      const concept = ctx.recognizer.concept(hit.conceptId);
      if (concept) byId.set(concept.id, concept);
    }
  }
  for (const pair of pairs) {
    const resolved = pairConcept(ctx, pair);
    if (resolved) byId.set(resolved.concept.id, resolved.concept);
  }
  const key = [...byId.keys()].join(',');
  return relevantMemo.get(ctx.recognizer, key, () => new RelevantRenderings(byId.values()));
}

/** A word of the draft that looks like a slip for a glossary rendering. */
export interface TypoWord {
  start: number;
  /** The whole Hangul word (the stem with any particle or suffix after it). */
  word: string;
  /** The part that is a slip for `expected`. */
  stem: string;
  expected: string;
  concept: IndexedConcept;
}

/** A `한글(漢字)` pair whose Hangul names the place the source names and whose Chinese names another. */
export interface ChineseSlip {
  pair: NamePair;
  stem: string;
  /** The concept the Chinese in the parentheses names. */
  paren: IndexedConcept;
  /** The glossary concept the Hangul is a rendering of, or else the gazetteer place it names. */
  named: IndexedConcept | undefined;
  placeZh: string | undefined;
}

interface TypoScan {
  words: TypoWord[];
  chineseSlips: ChineseSlip[];
}

// Both term-typo and josa (a particle after a misspelt name) need the words of one check.
const typosOfCheck = new WeakMap<CheckContext, TypoScan>();

/** The words of the draft that look like slips for glossary renderings (once per check). */
export function typoWords(ctx: CheckContext): TypoWord[] {
  return scanTypos(ctx).words;
}

function scanTypos(ctx: CheckContext): TypoScan {
  const memo = typosOfCheck.get(ctx);
  if (memo) return memo;
  const words: TypoWord[] = [];
  const chineseSlips: ChineseSlip[] = [];
  const pairs = findNamePairs(ctx.draft);
  const pairAt = new Map(pairs.map((p) => [p.koEnd, p]));
  const relevant = relevantConcepts(ctx, pairs);
  // Words a glossary rendering already covers are not typos.
  const covered = new Uint8Array(ctx.draft.length);
  for (const hit of draftHits(ctx.recognizer, ctx.draft)) covered.fill(1, hit.start, hit.end);
  for (const match of ctx.draft.matchAll(/[\uac00-\ud7a3]{2,}/gu)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const pair = pairAt.get(end);
    const paren = pair ? (pairConcept(ctx, pair)?.concept ?? null) : undefined;
    if (covered.subarray(start, end).includes(1)) {
      // A rendering is no typo; but its Chinese in the parentheses may name another place (후난(河南)).
      if (pair && paren) {
        const verdict = placeVerdict(ctx, word, true, paren);
        if (verdict.kind === 'chinese-slip') chineseSlips.push({ pair, stem: word, paren, named: verdict.named, placeZh: verdict.placeZh });
      }
      continue;
    }
    const stems = stemsOf(word);
    // A rendering (항저우시정부-style suffixed ones too) or a real place (후난 湖南) is no slip for another
    // name (허난 河南) unless the parentheses or the sources name the other one (terms-typo-places.ts).
    let onlyNamedBySource = false;
    let real = false;
    for (const { stem } of stems) {
      const rendering = isRendering(ctx, stem) || isRenderingWithSuffix(ctx, stem);
      const verdict = placeVerdict(ctx, stem, rendering, paren);
      if (verdict.kind === 'chinese-slip') {
        if (pair && paren) chineseSlips.push({ pair, stem, paren, named: verdict.named, placeZh: verdict.placeZh });
        real = true;
        break;
      }
      if (verdict.kind === 'hangul-slip') onlyNamedBySource ||= verdict.onlyNamedBySource;
      else if (verdict.kind === 'real') {
        real = true;
        break;
      }
    }
    if (real) continue;
    for (const { stem, tail } of stems) {
      const suffixed = NAME_SUFFIXES.some((suffix) => tail.startsWith(suffix));
      const target = typoTarget(ctx, stem, { relevant, paren, suffixed });
      if (!target) continue;
      if (onlyNamedBySource && !sourceNamesConcept(ctx, target.concept)) break;
      words.push({ start, word, stem, expected: target.rendering, concept: target.concept });
      break;
    }
  }
  const scan = { words, chineseSlips };
  typosOfCheck.set(ctx, scan);
  return scan;
}

export const termTypoFamily: RuleFamily = {
  rules: ['term-typo'],
  messages: {
    typo: {
      ko: "'{found}'{^은} 용어집 표기 '{expected}'({zh})의 오타로 보입니다.",
      en: "'{found}' looks like a typo for the glossary rendering '{expected}' ({zh}).",
      zh: "'{found}'疑为术语表译名'{expected}'（{zh}）的笔误。",
    },
    'hanja-syllable': {
      ko: "'{found}'{^은} {zh}의 용어집 표기 '{expected}'{^와} 다릅니다. '{written}'{^은} {char}의 한자음이고, 외래어 표기법으로는 '{official}'입니다.",
      en: "'{found}' differs from the glossary rendering '{expected}' ({zh}): '{written}' is the Sino-Korean reading of {char}; the official transcription is '{official}'.",
      zh: "'{found}'与术语表译名'{expected}'（{zh}）不同：'{written}'是{char}的汉字音，外来语标记法写作'{official}'。",
    },
    departs: {
      ko: "'{found}'{^은} {zh}의 용어집 표기 '{expected}'{^와} 다릅니다('{written}' 대신 외래어 표기법의 '{official}').",
      en: "'{found}' departs from the glossary rendering '{expected}' ({zh}): the official transcription writes '{official}', not '{written}'.",
      zh: "'{found}'与术语表译名'{expected}'（{zh}）不同：外来语标记法写作'{official}'，而非'{written}'。",
    },
    'chinese-slip': {
      ko: "괄호 안 {zh}{^은} '{parenKo}'입니다. 한글 '{found}'{^은} 원문의 {named}{^을} 가리키므로 괄호 안 한자를 확인하세요.",
      en: "The Chinese in the parentheses, {zh}, is '{parenKo}'; the Hangul '{found}' names the source's {named}: check the Chinese in the parentheses.",
      zh: "括号内的{zh}应译作'{parenKo}'；韩文'{found}'指原文的{named}，请核对括号内的汉字。",
    },
  },
  run(ctx) {
    const { words, chineseSlips } = scanTypos(ctx);
    const parenFindings = chineseSlips.map(({ pair, stem, paren, named, placeZh }): RawFinding => ({
      rule: 'term-typo',
      severity: 'warning',
      start: pair.zhStart,
      end: pair.zhEnd,
      messageKey: 'chinese-slip',
      params: { zh: pair.zh, parenKo: preferredRendering(paren) ?? conceptLabel(paren), found: stem, named: named ? conceptLabel(named) : (placeZh ?? stem) },
    }));
    return parenFindings.concat(words.map((typo): RawFinding => {
      const kind = slipKind(typo.stem, typo.expected, typo.concept);
      const { kind: messageKey, ...detail } = kind;
      return {
        rule: 'term-typo',
        severity: 'warning',
        start: typo.start,
        end: typo.start + typo.stem.length,
        messageKey,
        params: { found: typo.stem, expected: typo.expected, zh: conceptLabel(typo.concept), ...detail },
        suggestion: typo.expected,
      };
    }));
  },
};
