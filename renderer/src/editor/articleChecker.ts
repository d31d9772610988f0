// Checks one article's text in the page or in its worker, with the same code the service uses
// (glossary/checks/article-check.ts): a glossary snapshot (a recognizer) plus the article's other
// inputs from a CheckKit. Answers can carry findings as changes to the last answer
// (glossary/checks/findings-delta.ts), for the trip from the worker.
import type { CheckKit, LiveCheckResult } from '../../../glossary/api.ts';
import type { Finding } from '../../../glossary/checks/types.ts';
import { checkArticleWith, type ArticleCheckInputs } from '../../../glossary/checks/article-check.ts';
import { encodeFindings } from '../../../glossary/checks/findings-delta.ts';
import type { Recognizer } from '../../../glossary/match/index.ts';
import type { Draft } from './draft.ts';

/** Answers kept for the next answer's changes: the page holds the last few (LiveResults). */
const RESULTS_KEPT = 4;

export class ArticleChecker {
  private glossary: { revision: string; recognizer: Recognizer } | null = null;
  private article: { id: number; inputs: ArticleCheckInputs } | null = null;
  private readonly results = new Map<string, Finding[]>();
  private counter = 0;

  constructor(private readonly tokenPrefix: string) {}

  /** A new glossary snapshot; the article's inputs must be set again for it. */
  setGlossary(revision: string, recognizer: Recognizer): void {
    this.glossary = { revision, recognizer };
    this.article = null;
  }

  /** The article's inputs; false when the kit is of another glossary state than the one held. */
  setArticle(articleId: number, kit: CheckKit): boolean {
    if (!this.glossary || this.glossary.revision !== kit.glossaryRevision) {
      this.article = null;
      return false;
    }
    this.article = {
      id: articleId,
      inputs: {
        recognizer: this.glossary.recognizer,
        rate: kit.rate,
        issueDrafts: kit.issueDrafts,
        self: kit.self,
        archive: kit.archive,
        accepted: new Set(kit.accepted),
      },
    };
    this.results.clear();
    return true;
  }

  readyFor(articleId: number): boolean {
    return this.article?.id === articleId;
  }

  /** Checks the article's text; with `asChanges`, against the last answer (see findings-delta). */
  check(articleId: number, draft: Draft, sources: readonly string[], asChanges: boolean): LiveCheckResult {
    if (!this.article || this.article.id !== articleId || !this.glossary) throw new Error(`no check kit for article ${articleId}`);
    const { findings, ...checked } = checkArticleWith(this.article.inputs, draft, sources);
    const result: LiveCheckResult = { ...checked, glossaryRevision: this.glossary.revision, token: `${this.tokenPrefix}${++this.counter}`, findings };
    if (!asChanges) return result;
    const [baseToken, baseFindings] = [...this.results].at(-1) ?? [];
    this.results.set(result.token, findings);
    if (this.results.size > RESULTS_KEPT) this.results.delete(this.results.keys().next().value!);
    if (baseToken !== undefined && baseFindings) {
      result.base = baseToken;
      result.findings = encodeFindings(baseFindings, findings);
    }
    return result;
  }
}
