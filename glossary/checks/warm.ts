// Runs every check once on a small sample, so that what the checks load on first use (OpenCC's
// script tables, the transcription and reading tables, regular expressions, the JIT's first pass)
// is loaded before an editor's first check or keystroke needs it rather than during it. The
// service calls it while warming up; the page calls it while its glossary index is on the way.
import { checkArticleWith } from './article-check.ts';
import type { TermRecognizer } from './types.ts';
import { foldChar } from '../text/fold.ts';
import { allPlaces } from '../readings/gazetteer.ts';
import { simplifiedChars, traditionalChars } from '../readings/script.ts';

const SAMPLE_SOURCE = '亿華通投资1.5亿元，戴琼海在北京市海淀区发布了專精特新政策，两千家企业获得六十亿元支持。';
const SAMPLE_DRAFT = {
  title: '위화퉁(亿華通) 지원',
  lead: '■ 다이충하이, 베이징시 하이뎬구 발표 (6.4)',
  body: '- 전정특신(專精特新)을 포함한 기업 2,000곳에 60억 위안(약 1조 원)을 지원하고 1.5억위안 규모의 기금을 조성',
};

/** Checks the sample with `recognizer`; the findings are dropped (only the loading matters). */
export function warmChecks(recognizer: TermRecognizer): void {
  const body = `${SAMPLE_DRAFT.title}\n${SAMPLE_DRAFT.lead}\n${SAMPLE_DRAFT.body}`;
  checkArticleWith({ recognizer, rate: null, issueDrafts: [body], self: 0, archive: [], accepted: new Set() }, SAMPLE_DRAFT, [SAMPLE_SOURCE]);
}

/**
 * warmChecks a part at a time, for a page: each step loads one of the big tables (the script
 * fold's, the gazetteer, OpenCC's phrase tables, then the rest with the sample), so that the page
 * can paint and answer between them instead of stalling for the sum. Call next() until done.
 */
export function* warmChecksInSteps(recognizer: TermRecognizer): Generator<void, void, void> {
  foldChar('專');
  yield;
  allPlaces();
  yield;
  simplifiedChars('乾隆專精特新');
  yield;
  traditionalChars('专精特新');
  yield;
  warmChecks(recognizer);
}
