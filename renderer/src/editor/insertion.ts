// What a click on a glossary hit inserts into the draft: the approved Korean rendering, with the
// Chinese in parentheses at its first mention (위화퉁(亿華通)), the bare rendering afterwards.
import type { IndexedConcept } from '../../../glossary/checks/types.ts';

const RENDERING_ORDER = ['preferred', 'admitted'] as const;

/** The rendering an editor should use: preferred, else admitted; never deprecated or forbidden. */
export function preferredKorean(concept: IndexedConcept): string | undefined {
  for (const status of RENDERING_ORDER) {
    const found = concept.ko.find((r) => r.status === status);
    if (found) return found.text;
  }
  return undefined;
}

/** `textBefore` is all draft text before the insertion point, in reading order. */
export function mentionText(textBefore: string, korean: string, chinese: string): string {
  return textBefore.includes(korean) ? korean : `${korean}(${chinese})`;
}

/** Replaces value[start, end) with `inserted`; returns the new value and the caret after it. */
export function spliceText(value: string, start: number, end: number, inserted: string): { value: string; caret: number } {
  return { value: value.slice(0, start) + inserted + value.slice(end), caret: start + inserted.length };
}
