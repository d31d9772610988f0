// How one article is checked, given everything besides its text: the recognizer, the issue's rate and
// drafts, the archive and the accepted findings. The service checks with it, and so does the
// editor's check worker from a CheckKit (api.ts), so both give the same findings for the same text.
import type { CheckResult } from '../api.ts';
import { articleDraft, checkArticleText, type ArticleText } from './article-fields.ts';
import { checkWithRate } from './index.ts';
import type { ArchivedRendering, TermRecognizer } from './types.ts';

export interface ArticleCheckInputs {
  recognizer: TermRecognizer;
  /** The CNY→KRW rate set on the issue (null: derived from the issue's own conversions). */
  rate: number | null;
  /** The drafts (articleDraft) of every article of the issue, in order. */
  issueDrafts: readonly string[];
  /** This article's place in issueDrafts (its draft there is replaced by the text checked); -1 if absent. */
  self: number;
  archive: ArchivedRendering[];
  accepted: ReadonlySet<string>;
}

export function checkArticleWith(inputs: ArticleCheckInputs, text: ArticleText, sources: readonly string[]): CheckResult {
  const issueDrafts = inputs.self < 0 ? inputs.issueDrafts : inputs.issueDrafts.map((d, i) => (i === inputs.self ? articleDraft(text) : d));
  return checkArticleText(text, (whole) =>
    checkWithRate({
      draft: whole,
      sources: [...sources],
      rate: inputs.rate ?? undefined,
      issueDrafts,
      recognizer: inputs.recognizer,
      archive: inputs.archive,
      accepted: inputs.accepted,
    }),
  );
}
