// The glossary store: SQLite (better-sqlite3) with numbered migrations. See store.ts.
export { GlossaryStore, openStore, type StoreOptions } from './store.ts';
export { seedIfNew, SEED_FILE } from './seed.ts';
export type { AcceptedFindingRecord } from './accepted.ts';
export type { MigrationReport } from './migrate.ts';
export type { SearchOptions } from './search.ts';
export { currentVersion, type VersionArticle, type VersionInfo, type VersionSnapshot } from './versions.ts';
export { reanchor, type Anchor, type ArticleComment, type CommentField } from './comments.ts';
