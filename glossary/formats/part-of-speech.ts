// Parts of speech as other tools and people write them ("Proper Noun", "명사", "名词", "v.") →
// the TBX-Basic picklist: noun, verb, adjective, adverb, other.

export type TbxPartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb' | 'other';

const WORDS: Record<string, TbxPartOfSpeech> = {
  noun: 'noun', n: 'noun', nominal: 'noun', 'proper noun': 'noun', propernoun: 'noun', 'common noun': 'noun', substantive: 'noun',
  명사: 'noun', 고유명사: 'noun', 일반명사: 'noun', 名词: 'noun', 名詞: 'noun', 专有名词: 'noun', 專有名詞: 'noun', 固有名詞: 'noun',
  verb: 'verb', v: 'verb', 동사: 'verb', 动词: 'verb', 動詞: 'verb',
  adjective: 'adjective', adj: 'adjective', a: 'adjective', 형용사: 'adjective', 形容词: 'adjective', 形容詞: 'adjective',
  adverb: 'adverb', adv: 'adverb', 부사: 'adverb', 副词: 'adverb', 副詞: 'adverb',
};

/** The TBX-Basic part of speech for any spelling; unknown ones are "other". */
export function tbxPartOfSpeech(value: string): TbxPartOfSpeech {
  const key = value.trim().toLowerCase().replace(/\.$/, '').replace(/[\s_-]+/g, ' ');
  return WORDS[key] ?? 'other';
}
