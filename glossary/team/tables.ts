// The team tables of one store, on the store's own connection.
import type { GlossaryStore } from '../store/index.ts';
import { Accounts } from './accounts.ts';
import { ArticleEvents } from './review-rules.ts';
import { Sessions } from './sessions.ts';

export interface TeamTables {
  accounts: Accounts;
  sessions: Sessions;
  articleEvents: ArticleEvents;
}

export function teamTables(store: GlossaryStore): TeamTables {
  const db = store.connection;
  return { accounts: new Accounts(db), sessions: new Sessions(db), articleEvents: new ArticleEvents(store) };
}
