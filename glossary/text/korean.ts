// Korean word structure the term checks need: what may follow a name inside one written word
// (particles, chains of particles, name suffixes such as 시/그룹/대학) and jamo decomposition.
// A glossary rendering followed by one of these is still the rendering (청두시는, 전정특신기업);
// followed by anything else it is part of an unrelated word (청두리).

/** Hangul syllables block (가..힣): a "Hangul letter" for word boundaries. */
export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * Particles (조사) and the copula endings the bulletin style uses after a name. Chains (에서는,
 * 으로부터, 과의) are not listed: splitParticles combines single entries.
 */
export const PARTICLES: readonly string[] = [
  // case particles
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께', '께서', '한테', '로', '으로',
  '로서', '으로서', '로써', '으로써', '와', '과', '랑', '이랑', '하고',
  // auxiliary particles
  '도', '만', '까지', '부터', '조차', '마저', '밖에', '뿐', '처럼', '보다', '만큼', '대로', '마다',
  '이나', '나', '이나마', '나마', '이든', '든', '이라도', '라도', '이야', '야', '요',
  // quotation and naming (…라는 회사, …이라고 밝혔다)
  '라는', '이라는', '라고', '이라고', '란', '이란', '이라', '라',
  // copula forms common after a name in the house style (…이며, …임, …인)
  '이다', '다', '이며', '며', '이고', '고', '인', '임', '이자', '자', '이었다', '였다', '이었으며',
  '였으며', '이지만', '지만', '인데', '이므로', '므로',
  // plural marker behaves like a particle here
  '들',
];

/**
 * Suffixes written onto a Korean name without a space: administrative units (청두시, 쓰촨성),
 * institutions (칭화대학, 칭화대), companies (펑페이그룹, 지리자동차). Each may be followed by
 * particles (청두시는).
 */
export const NAME_SUFFIXES: readonly string[] = [
  // administrative units
  '시', '성', '구', '현', '진', '향', '촌', '주', '자치구', '자치주', '신구', '지구', '특구',
  // institutions
  '대학교', '대학', '대', '과학원', '연구원', '연구소', '연구센터', '실험실', '병원', '은행',
  '정부', '위원회',
  // companies
  '그룹', '사', '기업', '공사', '회사', '자동차', '에너지', '신에너지', '과기', '테크', '홀딩스',
  '집단', '전자', '제약', '항공',
];

const particleSet = new Set(PARTICLES);
const suffixSet = new Set(NAME_SUFFIXES);
const MAX_PARTICLE = Math.max(...PARTICLES.map((p) => p.length));
const MAX_SUFFIX = Math.max(...NAME_SUFFIXES.map((s) => s.length));

export function isNameSuffix(text: string): boolean {
  return suffixSet.has(text);
}

/**
 * Split `tail` into a chain of particles ('에서는' → ['에서', '는'], '으로부터' → ['으로', '부터']).
 * '' → []. Returns null when `tail` is not entirely particles ('리' → null). Longest first, with
 * backtracking, so '이라는' is one particle and '이나' is not read as '이'+'나' when both fit.
 */
export function splitParticles(tail: string): string[] | null {
  if (tail === '') return [];
  for (let len = Math.min(MAX_PARTICLE, tail.length); len >= 1; len--) {
    const head = tail.slice(0, len);
    if (!particleSet.has(head)) continue;
    const rest = splitParticles(tail.slice(len));
    if (rest) return [head, ...rest];
  }
  return null;
}

export interface TailParts {
  /** A name suffix right after the name ('시', '그룹'), '' when none. */
  suffix: string;
  particles: string[];
}

/**
 * Read what follows a name inside one word: nothing, particles, or a name suffix then particles.
 * '시는' → {suffix: '시', particles: ['는']}; '의' → {suffix: '', particles: ['의']}; '리' → null.
 * Particles are preferred over a suffix when both readings work ('이' is a particle, not a suffix).
 */
export function splitTail(tail: string): TailParts | null {
  const particles = splitParticles(tail);
  if (particles) return { suffix: '', particles };
  for (let len = Math.min(MAX_SUFFIX, tail.length); len >= 1; len--) {
    const head = tail.slice(0, len);
    if (!suffixSet.has(head)) continue;
    const rest = splitParticles(tail.slice(len));
    if (rest) return { suffix: head, particles: rest };
  }
  return null;
}

/**
 * Every way to read a Hangul word as stem + tail (tail = particles and/or a suffix), the whole
 * word first. '궈푸칭녕은' → [{stem: '궈푸칭녕은', tail: ''}, {stem: '궈푸칭녕', tail: '은'}, …].
 */
export function stemsOf(word: string): { stem: string; tail: string }[] {
  const out = [{ stem: word, tail: '' }];
  for (let cut = word.length - 1; cut >= 1; cut--) {
    const tail = word.slice(cut);
    if (splitTail(tail)) out.push({ stem: word.slice(0, cut), tail });
  }
  return out;
}

const JONG_OFFSET = 0x11a7; // jongseong index 1 → U+11A8

/**
 * Decompose Hangul syllables into conjoining jamo (initial, vowel, optional final), one code unit
 * each; other characters are kept. Arithmetic on the Unicode syllable layout, no tables: the typo
 * rule decomposes every candidate word in a draft.
 */
export function toJamo(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHangulSyllable(code)) {
      out += text[i];
      continue;
    }
    const index = code - 0xac00;
    const jong = index % 28;
    const jung = ((index - jong) / 28) % 21;
    const cho = Math.floor(index / 588);
    out += String.fromCharCode(0x1100 + cho, 0x1161 + jung);
    if (jong) out += String.fromCharCode(JONG_OFFSET + jong);
  }
  return out;
}

/** Plain Levenshtein distance with an early exit once it exceeds `limit` (returns limit + 1). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, limit + 1);
}

/** Edit distance in jamo between two Hangul texts (궈푸칭녕/궈푸칭넝 → 1), limit + 1 when further. */
export function jamoDistance(a: string, b: string, limit: number): number {
  return editDistance(toJamo(a), toJamo(b), limit);
}
