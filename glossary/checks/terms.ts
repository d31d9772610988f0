// Glossary term rules: a deprecated/forbidden rendering in the draft (term-forbidden), a
// `한글(漢字)` pair whose Hangul is not an allowed rendering of the glossary term (term-mismatch),
// and a glossary term of the source that the draft never renders (term-missing).
import type { CheckContext, DraftHit, IndexedConcept, RawFinding, RuleFamily } from './types.ts';
import { fold } from '../text/fold.ts';
import { NAME_SUFFIXES, isHangulSyllable, jamoDistance } from '../text/korean.ts';
import { conceptLabel, isAllowed, pairConcept, preferredRendering } from './terms-common.ts';
import { findNamePairs, pairReadings, type NamePair } from './terms-pairs.ts';
import { draftHits, sourceHits } from './recognition-memo.ts';
import { isHanjaReadingOf } from './terms-typo-evidence.ts';
import { lineOf, sourceTitle } from './engine.ts';
import { TERM_MESSAGES } from './terms-messages.ts';

function forbiddenFindings(ctx: CheckContext, hits: readonly DraftHit[]): RawFinding[] {
  const bySpan = new Map<string, DraftHit[]>();
  for (const hit of hits) {
    const key = `${hit.start}:${hit.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), hit]);
  }
  const findings: RawFinding[] = [];
  for (const group of bySpan.values()) {
    // The same text may be another concept's approved rendering: then it is not a slip.
    if (group.some((h) => isAllowed(h.rendering))) continue;
    const hit = group[0]!;
    const concept = ctx.recognizer.concept(hit.conceptId);
    if (!concept) continue;
    const preferred = preferredRendering(concept);
    const status = hit.rendering.status;
    findings.push({
      rule: 'term-forbidden',
      severity: 'error',
      start: hit.start,
      end: hit.end,
      messageKey: preferred ? status : `${status}-no-alternative`,
      params: { found: hit.rendering.text, zh: conceptLabel(concept), preferred: preferred ?? '' },
      ...(preferred ? { suggestion: preferred } : {}),
    });
  }
  return findings;
}

/** Does the text before the parenthesis end with `rendering`, as a whole word, plus an optional suffix? */
function endsWithRendering(lineBefore: string, rendering: string): boolean {
  const line = fold(lineBefore);
  const target = fold(rendering);
  for (const suffix of ['', ...NAME_SUFFIXES]) {
    const whole = target + suffix;
    if (!line.endsWith(whole)) continue;
    const before = line.length - whole.length;
    if (before === 0 || !isHangulSyllable(line.charCodeAt(before - 1))) return true;
  }
  return false;
}

/**
 * Where a rendering of several words starts: after an opening quote on the same line
 * ('공개 경쟁 수행 방식(揭榜挂帅)'), else as many words back as the preferred rendering has
 * (공개경쟁 수행재(揭榜挂帅) → 공개경쟁 수행재). One-word renderings start at the pair's word.
 */
function renderingStart(draft: string, pair: NamePair, preferred: string): number {
  const words = preferred.split(' ').length;
  const lineStart = pair.koEnd - pair.lineBefore.length;
  const quote = Math.max(...["'", '‘', '"', '“', '「', '《'].map((q) => pair.lineBefore.lastIndexOf(q)));
  if (quote >= 0) {
    const inside = pair.lineBefore.slice(quote + 1);
    if (/^[가-힣A-Za-z0-9 ·]+$/.test(inside) && inside.split(' ').length <= words + 3) return lineStart + quote + 1;
  }
  if (words === 1) return pair.koStart;
  let start = pair.koStart;
  for (let k = 1; k < words; k++) {
    const m = /([가-힣A-Za-z0-9]+) $/.exec(draft.slice(lineStart, start));
    if (!m) break;
    start -= m[0].length;
  }
  return start;
}

/** Within one jamo (two for 3+ syllables) of an allowed rendering, suffixes aside: what term-typo reports. */
function isNearMiss(pair: NamePair, allowed: string[], concept: IndexedConcept): boolean {
  return pairReadings(pair.ko, pair.zh).some((r) => {
    if (isHanjaReadingOf(r.koStem, concept)) return false;
    const limit = r.koStem.length >= 3 ? 2 : 1;
    return r.koStem.length >= 2 && allowed.some((a) => jamoDistance(r.koStem, a, limit) <= limit);
  });
}

function mismatchFindings(ctx: CheckContext, pairs: NamePair[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const pair of pairs) {
    const resolved = pairConcept(ctx, pair);
    if (!resolved) continue;
    const { concept, reading } = resolved;
    const allowed = concept.ko.filter(isAllowed);
    if (allowed.length === 0) continue;
    if (allowed.some((r) => endsWithRendering(pair.lineBefore, r.text))) continue;
    // A deprecated or forbidden rendering is term-forbidden's finding; do not report it twice.
    if (concept.ko.some((r) => !isAllowed(r) && endsWithRendering(pair.lineBefore, r.text))) continue;
    const preferred = preferredRendering(concept)!;
    const multiWord = preferred.includes(' ');
    // A near miss (궈푸칭녕 for 궈푸칭넝) is term-typo's finding, which says so; term-typo compares
    // single words, so a rendering of several words is judged here as a whole.
    if (!multiWord && isNearMiss(pair, allowed.map((r) => r.text), concept)) continue;
    let suffix = reading.zhSuffix ? reading.koSuffix : '';
    if (!suffix) suffix = NAME_SUFFIXES.find((s) => pair.ko.length > s.length && pair.ko.endsWith(s) && !preferred.endsWith(s)) ?? '';
    const start = renderingStart(ctx.draft, pair, preferred);
    const found = ctx.draft.slice(start, pair.koEnd);
    const hanja = isHanjaReadingOf(reading.koStem, concept);
    findings.push({
      rule: 'term-mismatch',
      severity: 'error',
      start,
      end: pair.koEnd,
      messageKey: hanja ? 'hanja-reading' : 'mismatch',
      params: { found, zh: pair.zh, preferred: preferred + suffix },
      suggestion: preferred + suffix,
    });
  }
  return findings;
}

function missingFindings(ctx: CheckContext, hits: readonly DraftHit[], pairs: NamePair[]): RawFinding[] {
  const rendered = new Set(hits.map((h) => h.conceptId));
  for (const pair of pairs) {
    const resolved = pairConcept(ctx, pair);
    if (resolved) rendered.add(resolved.concept.id);
  }
  // Concepts may share a Chinese term (two 华能 kept apart); the source names the first, and the
  // draft rendering any of them renders that term.
  // Built at the first source term not rendered by its own concept (checks run on every keystroke).
  let renderedZh: Set<string> | undefined;
  const zhRendered = (text: string): boolean => {
    if (!renderedZh) {
      renderedZh = new Set();
      for (const id of rendered) for (const zh of ctx.recognizer.concept(id)?.zh ?? []) renderedZh.add(fold(zh));
    }
    return renderedZh.has(fold(text));
  };
  // A checklist item about the draft as a whole: an empty span at its start, so it underlines
  // nothing, and its suppression key does not change when the draft's first line is edited.
  const span = { start: 0, end: 0 };
  const reported = new Set<number>();
  const findings: RawFinding[] = [];
  ctx.sources.forEach((source, index) => {
    for (const hit of sourceHits(ctx.recognizer, source)) {
      if (rendered.has(hit.conceptId) || reported.has(hit.conceptId) || zhRendered(hit.text)) continue;
      const concept = ctx.recognizer.concept(hit.conceptId);
      const preferred = concept && preferredRendering(concept);
      if (!preferred) continue;
      reported.add(hit.conceptId);
      findings.push({
        rule: 'term-missing',
        severity: 'info',
        ...span,
        messageKey: 'missing',
        params: { zh: hit.text, preferred, source: index + 1, sourceTitle: sourceTitle(source), sourceLine: lineOf(source, hit.start) },
        suggestion: preferred,
        source: { index, start: hit.start, end: hit.end },
      });
    }
  });
  return findings;
}

export const termFamily: RuleFamily = {
  rules: ['term-forbidden', 'term-mismatch', 'term-missing'],
  messages: TERM_MESSAGES,
  run(ctx) {
    const hits = draftHits(ctx.recognizer, ctx.draft);
    const pairs = findNamePairs(ctx.draft);
    return [...forbiddenFindings(ctx, hits), ...mismatchFindings(ctx, pairs), ...missingFindings(ctx, hits, pairs)];
  },
};
