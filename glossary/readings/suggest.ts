// A rendering suggestion for a Chinese name or term, by what it is (외래어 표기법 제4장 제2절):
//   modern persons, places, companies        → official transcription of the Mandarin
//   persons before 1911, historical places   → Sino-Korean reading (제1항, 제2항)
//   policy, programme, technical terms, organisations → Sino-Korean reading; a translation may be better
//   established usage in the glossary (香港 홍콩, 孔子 공자) → that, whatever the rules say (제1장 제5항).
import type { Category } from '../model.ts';
import { hanjaAlternatives, hanjaChars, type HanjaAlternative } from './hanja-reading.ts';
import { transcribeChars, transcriptionText, type TranscribedChar } from './transcription.ts';
import { placeKorean } from './place-suffix.ts';
import { placesByChinese } from './gazetteer.ts';
import { looksKoreanPerson, personTitleAt, personTitleBefore, splitPersonTitle, splitVesselName } from './name-kinds.ts';
import { WHY, establishedWhy, koreanPersonWhy, placeSuffixWhy, titledPersonWhy, uncategorizedWhy, vesselWhy, type Why } from './suggest-why.ts';

export interface ReadingSuggestion {
  zh: string;
  /** Pinyin with tone marks, syllables space-separated. */
  pinyin: string;
  /** Official 외래어 표기법 Hangul. */
  transcription: string;
  /** Sino-Korean reading with 두음법칙 at the word start. */
  hanjaReading: string;
  recommended: string;
  /** Short explanation of the choice, in each language of the UI. */
  why: Why;
  /** Set when an established glossary rendering overrode the rules. */
  established?: string;
  /** Characters with several Sino-Korean readings: the one used and the others, with examples. */
  hanjaAlternatives?: HanjaAlternative[];
  /** What the name was read as when the text, not the category, said so. */
  kind?: 'person' | 'korean-person' | 'place' | 'vessel';
}

export interface SuggestOptions {
  category?: Category;
  /** A person before 1911 (or a place name no longer in use) → Hanja reading. */
  historical?: boolean;
  /** Established rendering from the glossary (香港 → 홍콩), looked up by the caller; overrides the rules. */
  established?: (zh: string) => string | undefined;
  /** The source text right before and right after the name: a title after it (院士) or before it (部长) marks a person, 韩国 before it a Korean. */
  before?: string;
  after?: string;
}

type Choice = 'transcription' | 'hanja';

interface Reason {
  choice: Choice;
  why: (s: { transcription: string; hanjaReading: string }) => Why;
}

function reasonFor(category: Category | undefined, historical: boolean): Reason {
  switch (category) {
    case 'person':
      return historical ? { choice: 'hanja', why: () => WHY.historicalPerson } : { choice: 'transcription', why: () => WHY.modernPerson };
    case 'place':
      return historical ? { choice: 'hanja', why: () => WHY.historicalPlace } : { choice: 'transcription', why: () => WHY.modernPlace };
    case 'company':
      return { choice: 'transcription', why: () => WHY.company };
    case 'policy':
    case 'program':
    case 'technology':
    case 'organization':
      return { choice: 'hanja', why: () => WHY.term };
    default:
      if (historical) return { choice: 'hanja', why: () => WHY.historicalName };
      return { choice: 'transcription', why: ({ hanjaReading }) => uncategorizedWhy(hanjaReading) };
  }
}

/** Pinyin of the text, space-separated, with non-Han runs kept (TCL科技 → TCL kē jì). */
function pinyinText(chars: TranscribedChar[]): string {
  const parts: string[] = [];
  let run = '';
  for (const c of chars) {
    if (c.han) {
      if (run.trim()) parts.push(run.trim());
      run = '';
      parts.push(c.pinyin || c.char);
    } else {
      run += c.char;
    }
  }
  if (run.trim()) parts.push(run.trim());
  return parts.join(' ');
}

export function suggest(zh: string, options: SuggestOptions = {}): ReadingSuggestion {
  const text = zh.trim();
  const established = options.established?.(text);
  if (established) return withEstablished(readingsOf(text, options.category === 'person'), established);
  const historical = options.historical === true;
  const category = options.category;
  const open = category === undefined || category === 'other';

  // A title after the name (in the input or in the text after it) makes it a person.
  const titled = open || category === 'person' ? splitPersonTitle(text) : undefined;
  const name = titled?.name ?? text;
  const titleAfter = !titled && open && options.after ? personTitleAt(options.after, 0) : undefined;
  // A title right before a name of two or three characters (部长王志刚) marks it too, unless it is a place.
  const length = [...name].length;
  const titleBefore =
    !titled && !titleAfter && open && options.before && length >= 2 && length <= 3 && placesByChinese(name).length === 0
      ? personTitleBefore(options.before, options.before.length)
      : undefined;
  const person = category === 'person' || titled !== undefined || titleAfter !== undefined || titleBefore !== undefined;
  const korean = (person || open) && looksKoreanPerson(name, options.before);
  const base = readingsOf(name, person || korean);

  if (korean) {
    const name = base.hanjaReading;
    return {
      ...base,
      recommended: name,
      kind: 'korean-person',
      why: koreanPersonWhy(name),
    };
  }
  if (person && !historical) {
    const title = titled?.title ?? titleAfter;
    return {
      ...base,
      recommended: base.transcription,
      kind: category === 'person' ? undefined : 'person',
      why: title ? titledPersonWhy(title, 'after') : titleBefore ? titledPersonWhy(titleBefore, 'before') : reasonFor('person', false).why(base),
    };
  }
  if (!historical && (open || category === 'place' || category === 'program' || category === 'technology' || category === 'company')) {
    const vessel = splitVesselName(name);
    if (vessel && (open || category === 'program' || category === 'technology')) return vesselSuggestion(base, vessel);
  }
  if (!historical && (open || category === 'place')) {
    const place = placeKorean(name);
    // A one-character stem (单县) only when the gazetteer knows the place: 区 or 市 after one character is too often a word.
    if (place && ([...place.parts.stem].length >= 2 || placesByChinese(name).length > 0)) {
      return {
        ...base,
        recommended: place.ko,
        kind: 'place',
        why: placeSuffixWhy(place.parts.suffix, place.parts.suffixKo),
      };
    }
  }
  const reason = reasonFor(category, historical);
  return {
    ...base,
    recommended: reason.choice === 'transcription' ? base.transcription : base.hanjaReading,
    why: reason.why(base),
  };
}

type Readings = Pick<ReadingSuggestion, 'zh' | 'pinyin' | 'transcription' | 'hanjaReading' | 'hanjaAlternatives'>;

function readingsOf(text: string, person: boolean): Readings {
  const chars = transcribeChars(text, { person });
  const hanja = hanjaChars(text, { person });
  const alternatives = hanjaAlternatives(text, { person }, hanja);
  return {
    zh: text,
    pinyin: pinyinText(chars),
    transcription: transcriptionText(chars),
    hanjaReading: hanja.map((c) => c.reading).join(''),
    ...(alternatives.length > 0 ? { hanjaAlternatives: alternatives } : {}),
  };
}

function withEstablished(base: Readings, established: string): ReadingSuggestion {
  return {
    ...base,
    recommended: established,
    established,
    why: establishedWhy(established),
  };
}

// 嫦娥六号 창어 6호: the name transcribed, the number in digits, 号 read 호.
function vesselSuggestion(base: Readings, vessel: { name: string; number?: number }): ReadingSuggestion {
  const name = transcriptionText(transcribeChars(vessel.name));
  const recommended = vessel.number === undefined ? `${name}호` : `${name} ${vessel.number}호`;
  return {
    ...base,
    recommended,
    kind: 'vessel',
    why: vesselWhy(recommended),
  };
}
