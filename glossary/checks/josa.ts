// josa: a particle that does not agree with the final sound of the word before it (위화퉁를 → 위화퉁을,
// 서울으로 → 서울로, 전정특신(專精特新)를 → 전정특신(專精特新)을). The phonology is es-hangul's; the
// reading of numbers and acronyms is josa-reading.ts.
//
// Only particles that are clearly particles are checked, so verbs and common words ending in 는/를
// (하는, 가는, 오를) are never flagged:
//   1. after a glossary rendering found by ctx.recognizer.findInDraft (위화퉁를, 청두시를);
//   2. after a parenthesised gloss: the particle agrees with the word before the parentheses,
//      as the house writes 전정특신(專精特新)을, 폴리머(polymer)와;
//   3. after a number or a Latin token read aloud: 2024를, 1조를, 3개를, 7,640건으로, 8.55%를,
//      CATL은 (씨에이티엘: ㄹ final, so 은 and 로), BYD는;
//   4. after a misspelt glossary name that term-typo reports (위화퉁를 when the glossary has 이화퉁),
//      agreeing with the name as written.
// Particles from the copula 이다 (이나/나, 이라는/라는, 이며/며 …) are flagged only when the short
// form follows a consonant (위화퉁라는); after a vowel the long form is also correct (BYD이며).
import { hasBatchim, josa } from 'es-hangul';
import { LARGE_UNIT_POWERS, findKoreanAmounts, isHangul } from '../text/numbers-ko.ts';
import { NAME_SUFFIXES } from '../text/korean.ts';
import { KO_UNITS, longestFirst } from '../text/numbers-units.ts';
import { lastSpokenSyllable } from './josa-reading.ts';
import { draftHits } from './recognition-memo.ts';
import { typoWords } from './terms-typo.ts';
import type { RawFinding, RuleFamily } from './types.ts';

type EsHangulPair = Parameters<typeof josa.pick>[1];

interface ParticleForm {
  /** The pair as es-hangul names it, when es-hangul has it. */
  pair?: EsHangulPair;
  consonant: string;
  vowel: string;
  /** Built on the copula 이다: after a vowel the long form is allowed too. */
  copula: boolean;
  /** ㄹ-final words take the vowel form (서울로, not 서울으로). */
  rieulTakesVowel: boolean;
}

function form(consonant: string, vowel: string, options: Partial<ParticleForm> = {}): ParticleForm {
  return { consonant, vowel, copula: false, rieulTakesVowel: false, ...options };
}

const RO = { rieulTakesVowel: true };
const COPULA = { copula: true };

export const PARTICLE_FORMS: readonly ParticleForm[] = [
  form('은', '는', { pair: '은/는' }),
  form('이', '가', { pair: '이/가' }),
  form('을', '를', { pair: '을/를' }),
  form('과', '와', { pair: '와/과' }),
  form('과의', '와의'),
  form('과는', '와는'),
  form('과도', '와도'),
  form('아', '야', { pair: '아/야' }),
  form('으로', '로', { pair: '으로/로', ...RO }),
  form('으로서', '로서', { pair: '으로서/로서', ...RO }),
  form('으로써', '로써', { pair: '으로써/로써', ...RO }),
  form('으로부터', '로부터', { pair: '으로부터/로부터', ...RO }),
  form('으로는', '로는', RO),
  form('으로도', '로도', RO),
  form('으로의', '로의', RO),
  form('으로만', '로만', RO),
  form('이나', '나', { pair: '이나/나', ...COPULA }),
  form('이란', '란', { pair: '이란/란', ...COPULA }),
  form('이라', '라', { pair: '이라/라', ...COPULA }),
  form('이랑', '랑', { pair: '이랑/랑', ...COPULA }),
  form('이라는', '라는', COPULA),
  form('이라고', '라고', COPULA),
  form('이라도', '라도', COPULA),
  form('이며', '며', COPULA),
  form('이고', '고', COPULA),
  form('이든', '든', COPULA),
  form('이다', '다', COPULA),
  form('이었다', '였다', COPULA),
];

const BY_TEXT = new Map<string, ParticleForm>();
for (const f of PARTICLE_FORMS) {
  BY_TEXT.set(f.consonant, f);
  BY_TEXT.set(f.vowel, f);
}
const LONGEST_PARTICLES = [...BY_TEXT.keys()].sort((a, b) => b.length - a.length);

/** The form that agrees with a word whose last spoken syllable is `syllable`. */
export function agreeingForm(particle: ParticleForm, syllable: string): string {
  if (particle.pair) return josa.pick(syllable, particle.pair);
  if (particle.rieulTakesVowel && isRieulFinal(syllable)) return particle.vowel;
  return hasBatchim(syllable) ? particle.consonant : particle.vowel;
}

function isRieulFinal(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 8;
}

/** The correct particle, or undefined when `written` agrees (or is an allowed copula long form). */
function correction(written: string, syllable: string): string | undefined {
  const particle = BY_TEXT.get(written);
  if (!particle) return undefined;
  const wanted = agreeingForm(particle, syllable);
  if (wanted === written) return undefined;
  if (particle.copula && written === particle.consonant) return undefined;
  return wanted;
}

interface Candidate {
  /** Start of the word the particle follows. */
  start: number;
  /** Where the particle starts. */
  particleAt: number;
  particle: string;
  /** The last syllable the word is read with. */
  syllable: string | undefined;
}

function hangulRun(text: string, at: number): string {
  let end = at;
  while (isHangul(text[end])) end++;
  return text.slice(at, end);
}

/** Skip a parenthesised gloss right after a word ('(專精特新)', ' (一汽)'); returns where the text goes on. */
function skipGloss(text: string, at: number): number {
  const open = text[at] === '(' ? at : text[at] === ' ' && text[at + 1] === '(' ? at + 1 : -1;
  if (open < 0) return at;
  const close = text.indexOf(')', open);
  const newline = text.indexOf('\n', open);
  if (close < 0 || (newline >= 0 && newline < close) || text.lastIndexOf('(', close) !== open) return at;
  return close + 1;
}

function fromGlossary(draft: string, ctx: Parameters<RuleFamily['run']>[0]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of draftHits(ctx.recognizer, draft)) {
    const word = draft.slice(hit.start, hit.end);
    const at = skipGloss(draft, hit.end);
    // A one-syllable rendering (성 for 省) is too often the start of another word (성과, 성가).
    if (word.length < 2 && at === hit.end) continue;
    const run = hangulRun(draft, at);
    if (BY_TEXT.has(run)) {
      out.push({ start: hit.start, particleAt: at, particle: run, syllable: lastSpokenSyllable(word) });
      continue;
    }
    // The recognizer read the tail as suffix + particles (청두시를, 칭화대학은): check the last one.
    if (at !== hit.end || run === '' || hit.tail !== run) continue;
    const particle = LONGEST_PARTICLES.find((p) => run.length > p.length && run.endsWith(p));
    if (!particle) continue;
    const stem = word + run.slice(0, run.length - particle.length);
    out.push({ start: hit.start, particleAt: at + run.length - particle.length, particle, syllable: lastSpokenSyllable(stem) });
  }
  return out;
}

function fromTypos(ctx: Parameters<RuleFamily['run']>[0]): Candidate[] {
  const out: Candidate[] = [];
  for (const typo of typoWords(ctx)) {
    const tail = typo.word.slice(typo.stem.length);
    const particle = BY_TEXT.has(tail) ? tail : LONGEST_PARTICLES.find((p) => tail.length > p.length && tail.endsWith(p));
    if (!particle) continue;
    const head = typo.word.slice(0, typo.word.length - particle.length);
    out.push({ start: typo.start, particleAt: typo.start + head.length, particle, syllable: lastSpokenSyllable(head) });
  }
  return out;
}

// A word, its gloss, and a closing quote when the glossed name was quoted ('창업(創業)'과).
const GLOSS = /([가-힣A-Za-z0-9%&.,]+) ?\([^()\n]*\)['"’”」』》〉]?(?=[가-힣])/g;

function fromParentheses(draft: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of draft.matchAll(GLOSS)) {
    const at = m.index + m[0].length;
    const run = hangulRun(draft, at);
    if (BY_TEXT.has(run)) {
      out.push({ start: m.index, particleAt: at, particle: run, syllable: lastSpokenSyllable(m[1]!) });
      continue;
    }
    // A name suffix written after the gloss (산둥(山东)성를): the particle follows the suffix.
    const suffix = NAME_SUFFIXES.filter((x) => run.startsWith(x) && BY_TEXT.has(run.slice(x.length))).sort((a, b) => b.length - a.length)[0];
    if (suffix) out.push({ start: m.index, particleAt: at + suffix.length, particle: run.slice(suffix.length), syllable: suffix[suffix.length - 1] });
  }
  return out;
}

/** A particle right after an amount whose counter is spaced (20억 위안를, 3만 명이): it agrees with the counter. */
function fromAmounts(draft: string): Candidate[] {
  const out: Candidate[] = [];
  for (const amount of findKoreanAmounts(draft)) {
    if (!amount.unit || !amount.gapBeforeUnit.includes(' ')) continue;
    const run = hangulRun(draft, amount.end);
    if (!BY_TEXT.has(run)) continue;
    out.push({ start: amount.start, particleAt: amount.end, particle: run, syllable: lastSpokenSyllable(amount.unit) });
  }
  return out;
}

const COUNTERS = longestFirst(KO_UNITS).filter((u) => isHangul(u[0]));
const TOKEN = /(?<![A-Za-z0-9.,&%-])[A-Za-z0-9][A-Za-z0-9.,&%-]*(?=[가-힣])/g;

/** Split '조를' / '개를' / '건으로' / '를' after a number into (units and counter, particle). */
function splitAfterNumber(run: string): { head: string; particle: string } | undefined {
  if (BY_TEXT.has(run)) return { head: '', particle: run };
  let head = '';
  let rest = run;
  while (rest[0] !== undefined && rest[0] in LARGE_UNIT_POWERS) {
    head += rest[0];
    rest = rest.slice(1);
  }
  if (BY_TEXT.has(rest) && head) return { head, particle: rest };
  const counter = COUNTERS.find((c) => rest.startsWith(c) && BY_TEXT.has(rest.slice(c.length)));
  if (!counter) return undefined;
  return { head: head + counter, particle: rest.slice(counter.length) };
}

function fromTokens(draft: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of draft.matchAll(TOKEN)) {
    const token = m[0];
    const at = m.index + token.length;
    const run = hangulRun(draft, at);
    const isNumber = /[0-9%]$/.test(token);
    const split = isNumber ? splitAfterNumber(run) : BY_TEXT.has(run) ? { head: '', particle: run } : undefined;
    if (!split) continue;
    const syllable = split.head ? split.head[split.head.length - 1] : lastSpokenSyllable(token);
    out.push({ start: m.index, particleAt: at + split.head.length, particle: split.particle, syllable });
  }
  return out;
}

export const josaRules: RuleFamily = {
  rules: ['josa'],
  messages: {
    disagree: {
      ko: "조사 불일치: '{word}' 뒤에는 '{particle}' 대신 '{correct}'{^을} 씁니다('{reading}'{^으로} 끝남).",
      en: "After '{word}' (read …{reading}) the particle is '{correct}', not '{particle}'.",
      zh: "助词不一致：'{word}'（末音节'{reading}'）之后应用'{correct}'，而非'{particle}'。",
    },
  },
  run(ctx) {
    const draft = ctx.draft;
    const seen = new Set<number>();
    const out: RawFinding[] = [];
    for (const c of [...fromGlossary(draft, ctx), ...fromParentheses(draft), ...fromAmounts(draft), ...fromTokens(draft), ...fromTypos(ctx)]) {
      if (seen.has(c.particleAt) || c.syllable === undefined) continue;
      seen.add(c.particleAt);
      const correct = correction(c.particle, c.syllable);
      if (!correct) continue;
      const word = draft.slice(c.start, c.particleAt);
      const suggestion = word + correct;
      out.push({
        rule: 'josa',
        severity: 'error',
        start: c.start,
        end: c.particleAt + c.particle.length,
        messageKey: 'disagree',
        params: { word, particle: c.particle, correct, reading: c.syllable, suggestion },
        suggestion,
      });
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
