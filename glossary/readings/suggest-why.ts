// The explanations `suggest` gives with a rendering, in Korean, English and Chinese (the UI picks
// one by its language). Korean particles agree with the word they follow as it is read: a Chinese
// word is quoted with its Sino-Korean reading and the particle follows that reading ('县'(현)은,
// '院士'(원사)로), never 은(는) or (으)로.
import { josa } from 'es-hangul';
import { hanjaReading } from './hanja-reading.ts';

type JosaPair = Parameters<typeof josa.pick>[1];

export interface Why {
  ko: string;
  en: string;
  zh: string;
}

/** `'院士'(원사)로`: the word, its reading, and the form of `pair` that agrees with the reading. */
function quotedHanja(zh: string, pair: JosaPair): string {
  const reading = hanjaReading(zh);
  return reading ? `'${zh}'(${reading})${josa.pick(reading, pair)}` : `'${zh}'`;
}

const TRANSLATION_NOTE: Why = {
  ko: '뜻이 드러나지 않으면 우리말 번역이 더 나을 수 있습니다(예: 揭榜制 → 경쟁형 과제).',
  en: 'A Korean translation may serve readers better (揭榜制 → 경쟁형 과제).',
  zh: '若音读不能表意，用韩语意译可能更好（例：揭榜制 → 경쟁형 과제）。',
};

export const WHY = {
  historicalPerson: {
    ko: '신해혁명(1911) 이전 인물은 한자음으로 적습니다(외래어 표기법 제4장 제2절 제1항).',
    en: 'A person before 1911 is written with the Sino-Korean reading (외래어 표기법 4.2.1).',
    zh: '辛亥革命（1911年）以前的人物按汉字的韩国音读书写（《外来语标记法》第4章第2节第1项）。',
  },
  modernPerson: {
    ko: '현대 중국 인명은 중국어 원음대로 적습니다(외래어 표기법 제4장 제2절 제1항, 표 5).',
    en: 'A modern Chinese person is written by the official transcription of the Mandarin (외래어 표기법 4.2.1, Table 5).',
    zh: '现代中国人名按普通话原音转写（《外来语标记法》第4章第2节第1项，表5）。',
  },
  historicalPlace: {
    ko: '지금 쓰이지 않는 역사 지명은 한자음으로 적습니다(외래어 표기법 제4장 제2절 제2항).',
    en: 'A historical place name no longer in use is written with the Sino-Korean reading (외래어 표기법 4.2.2).',
    zh: '现已不用的历史地名按汉字的韩国音读书写（《外来语标记法》第4章第2节第2项）。',
  },
  modernPlace: {
    ko: '현재 중국 지명은 중국어 원음대로 적습니다(외래어 표기법 제4장 제2절 제2항, 표 5).',
    en: 'A present-day Chinese place is written by the official transcription of the Mandarin (외래어 표기법 4.2.2, Table 5).',
    zh: '现今的中国地名按普通话原音转写（《外来语标记法》第4章第2节第2项，表5）。',
  },
  company: {
    ko: '중국 기업명은 고유 명사이므로 중국어 원음대로 적습니다(외래어 표기법 표 5). 회사가 쓰는 한국어 이름이 따로 있으면 관용 표기로 등록하세요.',
    en: "A Chinese company name is a proper noun: official transcription (외래어 표기법 Table 5). Register the company's own Korean name as established if it has one.",
    zh: '中国企业名称是专有名词，按普通话原音转写（《外来语标记法》表5）。公司另有自用的韩文名称时，请登记为惯用写法。',
  },
  term: {
    ko: `정책·기술 용어와 기관명은 한자음으로 읽습니다. ${TRANSLATION_NOTE.ko}`,
    en: `Policy and technical terms and organisations take the Sino-Korean reading. ${TRANSLATION_NOTE.en}`,
    zh: `政策、技术术语和机构名称按汉字的韩国音读书写。${TRANSLATION_NOTE.zh}`,
  },
  historicalName: {
    ko: '1911년 이전의 이름은 한자음으로 적습니다(외래어 표기법 제4장 제2절).',
    en: 'A name from before 1911 is written with the Sino-Korean reading (외래어 표기법 4.2).',
    zh: '1911年以前的名称按汉字的韩国音读书写（《外来语标记法》第4章第2节）。',
  },
} satisfies Record<string, Why>;

/** No category: transcribed as a proper noun, the Hanja reading offered for a term. */
export function uncategorizedWhy(hanjaReading: string): Why {
  return {
    ko: `분류가 없어 고유 명사로 보고 중국어 원음대로 적었습니다(외래어 표기법 표 5). 정책·기술 용어라면 한자음 ${josa(hanjaReading, '을/를')} 쓰세요.`,
    en: `No category: treated as a proper noun and transcribed (외래어 표기법 Table 5). For a policy or technical term use the Sino-Korean reading ${hanjaReading}.`,
    zh: `未指定类别，按专有名词以普通话原音转写（《外来语标记法》表5）。若为政策或技术术语，请用汉字音读 ${hanjaReading}。`,
  };
}

export function koreanPersonWhy(name: string): Why {
  return {
    ko: `한국인의 이름으로 보입니다. 중국어 원음이 아닌 본래의 한국 이름(${name})으로 적고, 용어집에 한국 이름이 있으면 그것을 쓰세요.`,
    en: `This looks like a Korean person: write the Korean name (${name}), not the Mandarin; use the glossary's Korean name if it has one.`,
    zh: `这看来是韩国人的名字：应写其本来的韩文姓名（${name}），而非普通话音译；词汇表中有其韩文姓名时请用该名。`,
  };
}

/** A title after the name (解振华院士) or before it (部长王志刚) marks a person. */
export function titledPersonWhy(title: string, where: 'before' | 'after'): Why {
  const after = where === 'after';
  return {
    ko: `${after ? '뒤' : '앞'}에 오는 ${quotedHanja(title, '으로/로')} 보아 인명입니다. 성은 성씨 독음으로 읽고 중국어 원음대로 적습니다(외래어 표기법 제4장 제2절 제1항, 표 5).`,
    en: `'${title}' ${after ? 'after' : 'before'} it marks a person: the surname takes its surname reading, and the name is transcribed (외래어 표기법 4.2.1, Table 5).`,
    zh: `其${after ? '后' : '前'}的"${title}"表明这是人名：姓氏按姓氏读音，全名按普通话原音转写（《外来语标记法》第4章第2节第1项，表5）。`,
  };
}

/** A place with an administrative suffix: the name transcribed, the suffix read in Hanja (区 구). */
export function placeSuffixWhy(suffix: string, suffixKo: string): Why {
  return {
    ko: `지명은 중국어 원음대로 적고 행정 단위 '${suffix}'${josa.pick(suffixKo, '은/는')} 한자음 '${suffixKo}'${josa.pick(suffixKo, '으로/로')} 붙입니다(외래어 표기법 제4장 제2절 제2항; 행정 단위는 국립국어원 외래어 표기 용례대로 한자음).`,
    en: `The place name is transcribed and its administrative suffix ${suffix} takes the Sino-Korean reading ${suffixKo} (외래어 표기법 4.2.2; suffixes as in the 국립국어원 usage lists).`,
    zh: `地名按普通话原音转写，行政区划通名"${suffix}"按汉字音读作"${suffixKo}"（《外来语标记法》第4章第2节第2项；通名依国立国语院外来语标记用例用汉字音）。`,
  };
}

export function establishedWhy(established: string): Why {
  return {
    ko: `용어집에 굳어진 관용 표기(${established})가 있어 규칙에 따른 표기보다 우선합니다(외래어 표기법 제1장 제5항).`,
    en: `The glossary records the established rendering ${established}, which overrides the rules (외래어 표기법 1.5).`,
    zh: `词汇表中记有惯用写法（${established}），优先于按规则得出的写法（《外来语标记法》第1章第5项）。`,
  };
}

/** 号 after a ship, spacecraft or satellite: 호, the number in digits. */
export function vesselWhy(recommended: string): Why {
  return {
    ko: `선박·우주선·위성 이름 뒤의 '号'는 '호'로 적고 번호는 아라비아 숫자로 씁니다(${recommended}).`,
    en: `号 after the name of a ship, spacecraft or satellite is written 호, its number in digits (${recommended}).`,
    zh: `船舶、航天器、卫星名称后的"号"写作"호"，编号用阿拉伯数字（${recommended}）。`,
  };
}
