// Chinese word segmentation with part-of-speech tags (jieba's dictionary and HMM, through
// @node-rs/jieba). Loaded on first use: the dictionary takes a moment to read.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Token {
  word: string;
  /** jieba's tag: nr person, ns place, nt organisation, nz other proper noun, n noun, v verb, x unknown/punctuation … */
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

export function segment(text: string): Token[] {
  jieba ??= Jieba.withDict(dict);
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    // jieba returns the words in order and covers the text: find each from where the last ended.
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    out.push({ word, tag, start, end: start + word.length });
    at = start + word.length;
  }
  return out;
}
