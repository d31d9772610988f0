// Inline text as the renderers need it: `**bold**` markup and language runs in one list.
import { splitBold } from '../inline.ts';
import { scriptRuns } from './script-runs.ts';
import type { TextLang } from './tokens.ts';

export interface InlineRun {
  text: string;
  bold: boolean;
  lang: TextLang;
}

export function inlineRuns(text: string): InlineRun[] {
  return splitBold(text).flatMap((segment) => scriptRuns(segment.text).map((r) => ({ text: r.text, bold: segment.bold, lang: r.lang })));
}

export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}
