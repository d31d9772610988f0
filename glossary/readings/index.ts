// Rendering suggestions for Chinese names and terms: official Mandarin → Hangul transcription
// (외래어 표기법), Sino-Korean (Hanja) readings, the category-aware choice between them, and the
// alignment of a Hangul rendering with its Chinese characters.
export { suggest, type ReadingSuggestion, type SuggestOptions } from './suggest.ts';
export { transcribe, transcribeSyllable } from './transcription.ts';
export { hanjaReading } from './hanja-reading.ts';
export { alignRendering } from './align.ts';
