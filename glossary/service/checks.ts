// Recognition and check methods of the service. The recognizer is rebuilt only when the glossary
// changes (the store's revision moves), so a keystroke costs one scan and one rule pass.
import type { DonghyangApi } from '../api.ts';
import type { GlossaryStore } from '../store/index.ts';
import type { TermRecognizer } from '../checks/types.ts';
import { buildRecognizer } from '../match/index.ts';
import { checkWithRate } from '../checks/index.ts';
import { archivedRenderings } from '../bulletin/archive.ts';

type CheckMethods = Pick<
  DonghyangApi,
  'recognize' | 'checkArticle' | 'checkIssue' | 'checkText' | 'acceptFinding' | 'listAccepted' | 'restoreAccepted'
>;

export function checkMethods(store: GlossaryStore): CheckMethods {
  let recognizer: TermRecognizer | undefined;
  let builtAt = -1;
  const currentRecognizer = (): TermRecognizer => {
    if (!recognizer || builtAt !== store.revision) {
      recognizer = buildRecognizer(store.indexConcepts());
      builtAt = store.revision;
    }
    return recognizer;
  };

  // Renderings used in the other stored issues: the cross-issue consistency check compares with them.
  const check = (draft: string, sources: string[], rate: number | null | undefined, issueDrafts: string[], issueId?: number) =>
    checkWithRate({
      draft,
      sources,
      rate: rate ?? undefined,
      issueDrafts,
      recognizer: currentRecognizer(),
      archive: archivedRenderings(store, issueId),
      accepted: store.acceptedKeys(),
    });

  return {
    async recognize({ text }) {
      const r = currentRecognizer();
      return r.findInSource(text).map((hit) => ({ ...hit, concept: r.concept(hit.conceptId)! }));
    },
    async checkArticle({ articleId, draft, sources }) {
      const article = store.getArticle(articleId);
      if (!article) throw new Error(`article ${articleId} does not exist`);
      const issue = store.getIssue(article.issueId);
      const body = draft ?? article.body;
      const issueDrafts = (issue?.articles ?? []).map((a) => (a.id === articleId ? body : a.body));
      return check(body, sources ?? article.sources.map((s) => s.text), issue?.rate, issueDrafts, article.issueId);
    },
    async checkIssue({ issueId }) {
      const issue = store.getIssue(issueId);
      if (!issue) throw new Error(`issue ${issueId} does not exist`);
      const drafts = issue.articles.map((a) => a.body);
      return {
        articles: issue.articles.map((a) => ({
          articleId: a.id,
          title: a.title,
          result: check(a.body, a.sources.map((s) => s.text), issue.rate, drafts, issueId),
        })),
      };
    },
    async checkText({ draft, sources, rate }) {
      return check(draft, sources, rate, [draft]);
    },
    async acceptFinding(req) {
      store.acceptFinding(req);
    },
    async listAccepted() {
      return store.listAccepted();
    },
    async restoreAccepted({ key }) {
      store.restoreAccepted(key);
    },
  };
}
