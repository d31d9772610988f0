// transcription: a `한글(漢字)` rendering of a Mandarin proper noun that departs from the official
// transcription (외래어 표기법 표 5): 위화퉁(亿華通) → 이화퉁, 중커부하이(中科富海) → 중커푸하이.
// Which pairs are checked:
//   - glossary concepts of category person/place/company, when the draft writes one of the
//     glossary's allowed renderings and it departs (other spellings are term-mismatch/term-typo's),
//     unless that rendering is marked established (香港 → 홍콩);
//   - Chinese not in the glossary whose Hangul is a transliteration, not the Sino-Korean reading:
//     at least one syllable follows the transcription where the Hanja reading differs, and no
//     fewer than follow the Hanja reading (서수동송(西氢东送) and 은력동력(恩力動力) are Hanja readings).
// Policy, technology and program concepts are never checked: Hanja readings are the norm there.
// A character written with the transcription of any of its readings (重 chóng/zhòng) is accepted.
import type { CheckContext, IndexedConcept, RawFinding, RuleFamily } from './types.ts';
import { alignRendering, hanjaReading, transcribe } from '../readings/index.ts';
import { readPinyin } from '../readings/pinyin.ts';
import { lookupSyllable } from '../readings/transcription.ts';
import { splitSpellings } from '../readings/split-spellings.ts';
import { placesByChinese } from '../readings/gazetteer.ts';
import { looksKoreanPerson, personTitleAt, personTitleBefore } from '../readings/name-kinds.ts';
import { mixedPlaceSpellings } from '../readings/place-consistency.ts';
import { stemsOf } from '../text/korean.ts';
import { fold } from '../text/fold.ts';
import { isAllowed, pairConcept } from './terms-common.ts';
import { findNamePairs, pairReadings, type NamePair } from './terms-pairs.ts';

const CHECKED_CATEGORIES = new Set(['person', 'place', 'company']);

export interface CharVerdict {
  char: string;
  written: string;
  official: string;
  pinyin: string;
  /** Written as the transcription of one of the character's readings. */
  transcribed: boolean;
  /** Written as the character's Sino-Korean reading. */
  hanja: boolean;
  /** The character has readings with different transcriptions (重 충/중). */
  polyphone: boolean;
  /** Written as one official syllable split in two (시아오 for 샤오): a transcription, badly spelt. */
  split: boolean;
}

// Judging a pair (pinyin, alignment) costs far more than the rest of a check, and the same pairs
// come back on every keystroke: remember them (a pure function of its arguments).
const judged = new Map<string, CharVerdict[] | null>();
const JUDGED_LIMIT = 5000;

export function judge(koStem: string, zhStem: string, person: boolean): CharVerdict[] | null {
  const key = `${koStem}\u0000${zhStem}\u0000${person}`;
  let verdicts = judged.get(key);
  if (verdicts === undefined) {
    if (judged.size >= JUDGED_LIMIT) judged.clear();
    verdicts = judgeUncached(koStem, zhStem, person);
    judged.set(key, verdicts);
  }
  return verdicts;
}

/** Per character: what was written, the official syllable, and which system the writing follows. */
function judgeUncached(koStem: string, zhStem: string, person: boolean): CharVerdict[] | null {
  const aligned = alignRendering(koStem, zhStem);
  const official = transcribe(zhStem, { person });
  if (!aligned || aligned.length !== official.hangul.length) return null;
  const pinyin = readPinyin(zhStem, { person }).filter((c) => c.han);
  const hanja = [...hanjaReading(zhStem, { person })];
  const hanjaPerChar = hanja.length === aligned.length ? hanja : aligned.map((a) => hanjaReading(a.char));
  return aligned.map((a, i) => {
    const readings = new Set([official.hangul[i]!]);
    // A person's surname has one reading (解 Xiè 셰, not jiě 제); the other characters any of theirs.
    const surname = person && i === 0;
    for (const p of surname ? [] : (pinyin[i]?.readings ?? [])) {
      const syllable = lookupSyllable(p);
      if (syllable) readings.add(syllable);
    }
    // One syllable written as two (시에 for 셰): the reading the writer meant is the one split.
    // A split spelling that is also the Hanja reading (都 도) is the Hanja reading.
    const meant = readings.has(a.hangul) || a.hangul === hanjaPerChar[i] ? undefined : (pinyin[i]?.readings ?? []).find((p) => splitSpellings(p).includes(a.hangul));
    return {
      char: a.char,
      written: a.hangul,
      official: meant ? lookupSyllable(meant)! : official.hangul[i]!,
      pinyin: meant ?? official.pinyin[i]!,
      transcribed: readings.has(a.hangul),
      hanja: a.hangul === hanjaPerChar[i],
      polyphone: readings.size > 1,
      split: meant !== undefined,
    };
  });
}

/**
 * Company and project names often transcribe the name and translate (read in Hanja) the generic
 * tail: 중지건설(中機建設) = 중지 + 건설, 이화퉁에너지. A transcribed head followed by at least two
 * characters read as Hanja is that pattern, not a slip.
 */
export function transcribedNameWithHanjaTail(verdicts: CharVerdict[]): boolean {
  const head = verdicts.findIndex((v) => !v.transcribed);
  if (head < 1 || verdicts.length - head < 2) return false;
  return verdicts.slice(head).every((v) => v.hanja);
}

export function looksTransliterated(verdicts: CharVerdict[]): boolean {
  // A split spelling (티엔 for 톈) is always an attempt at the transcription.
  if (verdicts.some((v) => v.split)) return true;
  const byTranscription = verdicts.filter((v) => v.transcribed && !v.hanja).length;
  const byHanja = verdicts.filter((v) => v.hanja && !v.transcribed).length;
  return byTranscription >= 1 && byTranscription >= byHanja;
}

function establishedOrSkipped(concept: IndexedConcept, written: string[]): boolean {
  if (!CHECKED_CATEGORIES.has(concept.category)) return true;
  const folded = new Set(written.map((w) => fold(w)));
  const used = concept.ko.filter((r) => folded.has(fold(r.text)));
  // Only the glossary's own allowed renderings are judged here; other spellings are term rules' business.
  if (!used.some(isAllowed)) return true;
  return used.some((r) => r.established);
}

/**
 * A source names `zh` with a title right after it (解振华院士) or right before it (科技部原部长王志刚):
 * a person, read with surname readings.
 */
function titledInSources(ctx: CheckContext, zh: string): boolean {
  const name = zh.trim();
  if (name.length < 2 || name.length > 4) return false;
  return ctx.sources.some((source) => {
    for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
      if (personTitleAt(source, at + name.length) || personTitleBefore(source, at)) return true;
    }
    return false;
  });
}

function checkPair(ctx: CheckContext, pair: NamePair): RawFinding | null {
  const resolved = pairConcept(ctx, pair);
  const readings = pairReadings(pair.ko, pair.zh);
  if (resolved && establishedOrSkipped(resolved.concept, [pair.ko, ...readings.map((r) => r.koStem)])) return null;
  const person = resolved?.concept.category === 'person' || titledInSources(ctx, pair.zh);
  let best: { verdicts: CharVerdict[]; koStem: string } | null = null;
  // A division of the gazetteer keeps its 州 or 市 inside the name (杭州 항저우, not 항 + 州 주).
  const placeReadings = resolved ? [] : readings.filter((r) => placesByChinese(r.zhStem).length > 0);
  for (const reading of placeReadings.length > 0 ? placeReadings : readings) {
    if (!/^\p{Script=Han}+$/u.test(reading.zhStem)) continue;
    const verdicts = judge(reading.koStem, reading.zhStem, person);
    if (!verdicts) continue;
    const wrong = verdicts.filter((v) => !v.transcribed).length;
    if (wrong === 0) return null;
    if (!best || wrong < best.verdicts.filter((v) => !v.transcribed).length) best = { verdicts, koStem: reading.koStem };
  }
  if (!best) return null;
  // A Chinese person's name read in Sino-Korean (왕지강 for 王志刚, as some Korean papers write
  // it) departs from the bulletin's house style, the official transcription; a Korean's does not.
  const chinesePerson = person && !looksKoreanPerson(pair.zh);
  if (!chinesePerson && transcribedNameWithHanjaTail(best.verdicts)) return null;
  // A division of the gazetteer is a place: a Hanja reading of it departs from the house style (항주 → 항저우).
  const place = !resolved && placesByChinese(best.verdicts.map((v) => v.char).join('')).length > 0;
  if (!resolved && !place && !chinesePerson) {
    if (!looksTransliterated(best.verdicts)) return null;
    if (best.koStem === hanjaReading(best.verdicts.map((v) => v.char).join(''))) return null;
  }
  const expected = best.verdicts.map((v) => (v.transcribed ? v.written : v.official)).join('');
  const detail = best.verdicts
    .filter((v) => !v.transcribed)
    .map((v) => `${v.char} ${v.pinyin} → ${v.official}`)
    .join(', ');
  return {
    rule: 'transcription',
    severity: 'warning',
    start: pair.koStart,
    end: pair.koStart + best.koStem.length,
    messageKey: 'departs',
    params: { found: best.koStem, zh: pair.zh, expected, detail },
    suggestion: expected,
  };
}

export const transcriptionFamily: RuleFamily = {
  rules: ['transcription'],
  messages: {
    departs: {
      ko: "{zh}의 '{found}'{^은} 외래어 표기법에 따른 '{expected}'{^와} 다릅니다({detail}).",
      en: "'{found}' ({zh}) departs from the official transcription '{expected}' ({detail}).",
      zh: "'{found}'（{zh}）与外来语标记法的'{expected}'不同（{detail}）。",
    },
    mixed: {
      ko: "'{found}'{^은} 같은 글에 나오는 {zh}의 '{expected}'{^와} 같은 곳입니다. 한 가지 표기('{expected}')로 통일하세요.",
      en: "'{found}' is the same place as '{expected}' ({zh}) elsewhere in this text: write it one way ('{expected}').",
      zh: "'{found}'与本文其他处的'{expected}'（{zh}）是同一地方，请统一写作'{expected}'。",
    },
  },
  run(ctx) {
    const findings: RawFinding[] = [];
    const flagged = new Set<number>();
    for (const pair of findNamePairs(ctx.draft)) {
      const finding = checkPair(ctx, pair);
      if (finding) {
        findings.push(finding);
        flagged.add(finding.start);
      }
    }
    // 항주 here and 항저우 there: the same place spelt two ways in one text.
    for (const mixed of mixedPlaceSpellings(ctx.draft, stemsOf)) {
      if (flagged.has(mixed.start)) continue;
      findings.push({
        rule: 'transcription',
        severity: 'warning',
        start: mixed.start,
        end: mixed.end,
        messageKey: 'mixed',
        params: { found: mixed.found, expected: mixed.expected, zh: mixed.place.short },
        suggestion: mixed.expected,
      });
    }
    return findings;
  },
};
