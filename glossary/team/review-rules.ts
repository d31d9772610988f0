// The review rules of a team, applied by the service in every mode:
//   - an editor's concept enters as proposed (a reviewer approves it);
//   - a save based on an older revision of an article is refused (no silent overwrite);
//   - editing an approved article sends it back to review (검토 중);
//   - approving an article with open errors or unresolved comments needs `confirm: true`,
//     and the confirmation is recorded with the state change (article_events).
import type { DonghyangApi } from '../api.ts';
import { ConfirmationNeeded, ConflictError } from '../errors.ts';
import type { Article, ArticleState } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';
import { currentCaller } from './caller.ts';

type Ruled = Pick<DonghyangApi, 'saveConcept' | 'saveArticle' | 'setArticleState' | 'checkArticle'>;

export interface ArticleEvent {
  at: string;
  who: string;
  from: ArticleState;
  to: ArticleState;
  reason: 'set' | 'edited';
  confirmedErrors: number;
  confirmedComments: number;
}

function sameText(a: Article, b: Article): boolean {
  const sources = (x: Article) => JSON.stringify(x.sources.map((s) => [s.title, s.url, s.text]));
  return a.title === b.title && a.lead === b.lead && a.body === b.body && a.category === b.category && sources(a) === sources(b);
}

export class ArticleEvents {
  constructor(private readonly store: GlossaryStore) {}

  record(articleId: number, event: Omit<ArticleEvent, 'at' | 'who'>): void {
    this.store.connection
      .prepare(
        `INSERT INTO article_events (article_id, at, who, from_state, to_state, reason, confirmed_errors, confirmed_comments)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(articleId, new Date().toISOString(), this.store.author, event.from, event.to, event.reason, event.confirmedErrors, event.confirmedComments);
  }

  list(articleId: number): ArticleEvent[] {
    return this.store.connection
      .prepare(
        `SELECT at, who, from_state AS "from", to_state AS "to", reason, confirmed_errors AS confirmedErrors,
                confirmed_comments AS confirmedComments FROM article_events WHERE article_id = ? ORDER BY id`,
      )
      .all(articleId) as ArticleEvent[];
  }
}

export function reviewRules<T extends Ruled>(methods: T, store: GlossaryStore): T {
  const events = new ArticleEvents(store);
  const requireArticle = (id: number) => {
    const article = store.getArticle(id);
    if (!article) throw new Error(`article ${id} does not exist`);
    return article;
  };
  return {
    ...methods,
    async saveConcept(req) {
      if (currentCaller()?.role !== 'editor') return methods.saveConcept(req);
      return methods.saveConcept({ ...req, input: { ...req.input, approval: 'proposed' } });
    },
    async saveArticle({ baseUpdatedAt, ...req }) {
      const before = requireArticle(req.id);
      if (baseUpdatedAt !== undefined && baseUpdatedAt !== before.updatedAt) {
        throw new ConflictError(`article ${req.id} was changed elsewhere (${before.updatedAt}) after this edit began (${baseUpdatedAt}): nothing was saved; reload it to see the other changes`);
      }
      const saved = await methods.saveArticle(req);
      if (before.state !== 'approved' || sameText(before, saved)) return saved;
      return store.transaction(() => {
        const back = store.setArticleState(req.id, 'review');
        events.record(req.id, { from: 'approved', to: 'review', reason: 'edited', confirmedErrors: 0, confirmedComments: 0 });
        return back;
      });
    },
    async setArticleState({ id, state, confirm }) {
      const before = requireArticle(id);
      let confirmedErrors = 0;
      let confirmedComments = 0;
      // Only review → approved is a move (draft → approved is refused by the store, before any question).
      if (state === 'approved' && before.state === 'review') {
        const { findings } = await methods.checkArticle({ articleId: id });
        confirmedErrors = findings.filter((f) => f.severity === 'error').length;
        confirmedComments = store.listComments(id).filter((c) => c.resolvedAt === null).length;
        if ((confirmedErrors > 0 || confirmedComments > 0) && confirm !== true) {
          throw new ConfirmationNeeded(
            `article ${id} has ${confirmedErrors} open error(s) and ${confirmedComments} unresolved comment(s): approve it anyway only with confirmation`,
          );
        }
      }
      return store.transaction(() => {
        const after = store.setArticleState(id, state);
        if (after.state !== before.state) events.record(id, { from: before.state, to: state, reason: 'set', confirmedErrors, confirmedComments });
        return after;
      });
    },
  };
}
