// A rendering suggestion for a Chinese name or term, by what it is (외래어 표기법 제4장 제2절):
//   modern persons, places, companies        → official transcription of the Mandarin
//   persons before 1911, historical places   → Sino-Korean reading (제1항, 제2항)
//   policy, programme, technical terms, organisations → Sino-Korean reading; a translation may be better
//   established usage in the glossary (香港 홍콩, 孔子 공자) → that, whatever the rules say (제1장 제5항).
import { josa } from 'es-hangul';
import type { Category } from '../model.ts';
import { hanjaAlternatives, hanjaChars, type HanjaAlternative } from './hanja-reading.ts';
import { transcribeChars, transcriptionText, type TranscribedChar } from './transcription.ts';
import { placeKorean } from './place-suffix.ts';
import { placesByChinese } from './gazetteer.ts';
import { looksKoreanPerson, personTitleAt, splitPersonTitle, splitVesselName } from './name-kinds.ts';

export interface ReadingSuggestion {
  zh: string;
  /** Pinyin with tone marks, syllables space-separated. */
  pinyin: string;
  /** Official 외래어 표기법 Hangul. */
  transcription: string;
  /** Sino-Korean reading with 두음법칙 at the word start. */
  hanjaReading: string;
  recommended: string;
  /** Short explanation of the choice. */
  why: { ko: string; en: string };
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
  /** The source text right before and right after the name: a title after it (院士) marks a person, 韩国 before it a Korean. */
  before?: string;
  after?: string;
}

type Choice = 'transcription' | 'hanja';

interface Reason {
  choice: Choice;
  why: (s: { transcription: string; hanjaReading: string }) => { ko: string; en: string };
}

const TRANSLATION_NOTE = {
  ko: '뜻이 드러나지 않으면 우리말 번역이 더 나을 수 있습니다(예: 揭榜制 → 경쟁형 과제).',
  en: 'A Korean translation may serve readers better (揭榜制 → 경쟁형 과제).',
};

function reasonFor(category: Category | undefined, historical: boolean): Reason {
  switch (category) {
    case 'person':
      return historical
        ? {
            choice: 'hanja',
            why: () => ({
              ko: '신해혁명(1911) 이전 인물은 한자음으로 적습니다(외래어 표기법 제4장 제2절 제1항).',
              en: 'A person before 1911 is written with the Sino-Korean reading (외래어 표기법 4.2.1).',
            }),
          }
        : {
            choice: 'transcription',
            why: () => ({
              ko: '현대 중국 인명은 중국어 원음대로 적습니다(외래어 표기법 제4장 제2절 제1항, 표 5).',
              en: 'A modern Chinese person is written by the official transcription of the Mandarin (외래어 표기법 4.2.1, Table 5).',
            }),
          };
    case 'place':
      return historical
        ? {
            choice: 'hanja',
            why: () => ({
              ko: '지금 쓰이지 않는 역사 지명은 한자음으로 적습니다(외래어 표기법 제4장 제2절 제2항).',
              en: 'A historical place name no longer in use is written with the Sino-Korean reading (외래어 표기법 4.2.2).',
            }),
          }
        : {
            choice: 'transcription',
            why: () => ({
              ko: '현재 중국 지명은 중국어 원음대로 적습니다(외래어 표기법 제4장 제2절 제2항, 표 5).',
              en: 'A present-day Chinese place is written by the official transcription of the Mandarin (외래어 표기법 4.2.2, Table 5).',
            }),
          };
    case 'company':
      return {
        choice: 'transcription',
        why: () => ({
          ko: '중국 기업명은 고유 명사이므로 중국어 원음대로 적습니다(외래어 표기법 표 5). 회사가 쓰는 한국어 이름이 따로 있으면 관용 표기로 등록하세요.',
          en: "A Chinese company name is a proper noun: official transcription (외래어 표기법 Table 5). Register the company's own Korean name as established if it has one.",
        }),
      };
    case 'policy':
    case 'program':
    case 'technology':
    case 'organization':
      return {
        choice: 'hanja',
        why: () => ({
          ko: `정책·기술 용어와 기관명은 한자음으로 읽습니다. ${TRANSLATION_NOTE.ko}`,
          en: `Policy and technical terms and organisations take the Sino-Korean reading. ${TRANSLATION_NOTE.en}`,
        }),
      };
    default:
      if (historical) {
        return {
          choice: 'hanja',
          why: () => ({
            ko: '1911년 이전의 이름은 한자음으로 적습니다(외래어 표기법 제4장 제2절).',
            en: 'A name from before 1911 is written with the Sino-Korean reading (외래어 표기법 4.2).',
          }),
        };
      }
      return {
        choice: 'transcription',
        why: ({ hanjaReading }) => ({
          ko: `분류가 없어 고유 명사로 보고 중국어 원음대로 적었습니다(외래어 표기법 표 5). 정책·기술 용어라면 한자음 ${josa(hanjaReading, '을/를')} 쓰세요.`,
          en: `No category: treated as a proper noun and transcribed (외래어 표기법 Table 5). For a policy or technical term use the Sino-Korean reading ${hanjaReading}.`,
        }),
      };
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
  const person = category === 'person' || titled !== undefined || titleAfter !== undefined;
  const korean = (person || open) && looksKoreanPerson(name, options.before);
  const base = readingsOf(name, person || korean);

  if (korean) {
    const name = base.hanjaReading;
    return {
      ...base,
      recommended: name,
      kind: 'korean-person',
      why: {
        ko: `한국인의 이름으로 보입니다. 중국어 원음이 아닌 본래의 한국 이름(${name})으로 적고, 용어집에 한국 이름이 있으면 그것을 쓰세요.`,
        en: `This looks like a Korean person: write the Korean name (${name}), not the Mandarin; use the glossary's Korean name if it has one.`,
      },
    };
  }
  if (person && !historical) {
    const title = titled?.title ?? titleAfter;
    return {
      ...base,
      recommended: base.transcription,
      kind: category === 'person' ? undefined : 'person',
      why: title
        ? {
            ko: `뒤에 오는 '${title}'(으)로 보아 인명입니다. 성은 성씨 독음으로 읽고 중국어 원음대로 적습니다(외래어 표기법 제4장 제2절 제1항, 표 5).`,
            en: `'${title}' after it marks a person: the surname takes its surname reading, and the name is transcribed (외래어 표기법 4.2.1, Table 5).`,
          }
        : reasonFor('person', false).why(base),
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
        why: {
          ko: `지명은 중국어 원음대로 적고 행정 단위 '${place.parts.suffix}'은(는) 한자음 '${place.parts.suffixKo}'(으)로 붙입니다(외래어 표기법 제4장 제2절 제2항; 행정 단위는 국립국어원 외래어 표기 용례대로 한자음).`,
          en: `The place name is transcribed and its administrative suffix ${place.parts.suffix} takes the Sino-Korean reading ${place.parts.suffixKo} (외래어 표기법 4.2.2; suffixes as in the 국립국어원 usage lists).`,
        },
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
    why: {
      ko: `용어집에 굳어진 관용 표기(${established})가 있어 규칙에 따른 표기보다 우선합니다(외래어 표기법 제1장 제5항).`,
      en: `The glossary records the established rendering ${established}, which overrides the rules (외래어 표기법 1.5).`,
    },
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
    why: {
      ko: `선박·우주선·위성 이름 뒤의 '号'는 '호'로 적고 번호는 아라비아 숫자로 씁니다(${recommended}).`,
      en: `号 after the name of a ship, spacecraft or satellite is written 호, its number in digits (${recommended}).`,
    },
  };
}
