// "Take over" of an article in team mode: the caller announces that they edit it from now on. The
// service only answers the article as stored (the page starts from it); the team server tells every
// other page (electron/team/live.ts), whose editor turns read-only. Outside team mode it is a read.
import type { DonghyangApi } from '../api.ts';
import type { GlossaryStore } from '../store/index.ts';
import { NotFoundError } from '../errors.ts';

export function claimMethods(store: GlossaryStore): Pick<DonghyangApi, 'claimArticle'> {
  return {
    async claimArticle({ articleId }) {
      const article = store.getArticle(articleId);
      if (!article) throw new NotFoundError(`article ${articleId} does not exist`);
      return article;
    },
  };
}
