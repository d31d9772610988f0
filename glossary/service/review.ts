// Versions, comments and the reviewer report: what a reviewer uses before an issue is released.
import type { DonghyangApi, ExportedFile } from '../api.ts';
import type { GlossaryStore } from '../store/index.ts';
import { currentVersion } from '../store/index.ts';
import { compareVersions } from '../bulletin/diff.ts';
import { buildReviewReport, reviewReportCsv, reviewReportHtml } from '../bulletin/review-report.ts';
import { NotFoundError } from '../errors.ts';

type ReviewMethods = Pick<
  DonghyangApi,
  | 'saveVersion'
  | 'listVersions'
  | 'getVersion'
  | 'compareVersions'
  | 'addComment'
  | 'listComments'
  | 'resolveComment'
  | 'reopenComment'
  | 'reviewReport'
  | 'exportReviewReport'
>;

export function reviewMethods(store: GlossaryStore, checkIssue: DonghyangApi['checkIssue']): ReviewMethods {
  const issueOf = (id: number) => {
    const issue = store.getIssue(id);
    if (!issue) throw new NotFoundError(`issue ${id} does not exist`);
    return issue;
  };
  const report = async (issueId: number) => {
    const issue = issueOf(issueId);
    const checked = await checkIssue({ issueId });
    return buildReviewReport(issue, checked.articles.map(({ articleId, result }) => ({ articleId, result })));
  };

  return {
    async saveVersion(req) {
      return store.saveVersion(req);
    },
    async listVersions(req) {
      return store.listVersions(req);
    },
    async getVersion({ id }) {
      return store.getVersion(id);
    },
    async compareVersions({ beforeId, afterId, articleId }) {
      const before = store.getVersion(beforeId);
      const after = afterId === undefined ? currentVersion(issueOf(before.issueId), articleId) : store.getVersion(afterId);
      return compareVersions(before, after, { articleId });
    },
    async addComment(req) {
      return store.addComment(req);
    },
    async listComments({ articleId, includeResolved }) {
      return store.listComments(articleId, { includeResolved });
    },
    async resolveComment({ id }) {
      return store.resolveComment(id);
    },
    async reopenComment({ id }) {
      return store.reopenComment(id);
    },
    async reviewReport({ issueId }) {
      return report(issueId);
    },
    async exportReviewReport({ issueId, format, lang = 'ko' }): Promise<ExportedFile> {
      const built = await report(issueId);
      const issue = issueOf(issueId);
      const text = format === 'html' ? reviewReportHtml(built, lang) : reviewReportCsv(built, lang);
      return {
        fileName: `donghyang-review-${issue.date}.${format}`,
        mimeType: format === 'html' ? 'text/html' : 'text/csv',
        contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      };
    },
  };
}
