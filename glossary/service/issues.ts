// Issue and article methods of the service: thin, the store validates and writes atomically.
import type { DonghyangApi } from '../api.ts';
import type { GlossaryStore } from '../store/index.ts';
import { NotFoundError } from '../errors.ts';

type IssueMethods = Pick<
  DonghyangApi,
  | 'listIssues'
  | 'createIssue'
  | 'getIssue'
  | 'updateIssue'
  | 'addArticle'
  | 'moveArticle'
  | 'deleteArticle'
  | 'getArticle'
  | 'saveArticle'
  | 'setArticleState'
  | 'deleteIssue'
  | 'restoreIssue'
  | 'issueTrash'
>;

export function issueMethods(store: GlossaryStore): IssueMethods {
  return {
    async listIssues() {
      return store.listIssues();
    },
    async createIssue(req) {
      return store.createIssue(req);
    },
    async getIssue({ id }) {
      const issue = store.getIssue(id);
      if (!issue) throw new NotFoundError(`issue ${id} does not exist`);
      return issue;
    },
    async updateIssue({ id, ...patch }) {
      return store.updateIssue(id, patch);
    },
    async addArticle(req) {
      return store.addArticle(req);
    },
    async moveArticle({ articleId, section, position }) {
      return store.moveArticle(articleId, section, position);
    },
    async deleteArticle({ articleId }) {
      return store.deleteArticle(articleId);
    },
    async getArticle({ id }) {
      const article = store.getArticle(id);
      if (!article) throw new NotFoundError(`article ${id} does not exist`);
      return article;
    },
    async saveArticle(req) {
      return store.saveArticle(req);
    },
    async setArticleState({ id, state }) {
      return store.setArticleState(id, state);
    },
    async deleteIssue({ id }) {
      return store.deleteIssue(id);
    },
    async restoreIssue({ id }) {
      return store.restoreIssue(id);
    },
    async issueTrash() {
      return store.issueTrash();
    },
  };
}
