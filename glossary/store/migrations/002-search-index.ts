// Search indexes over the folded term keys: FTS5 trigram for queries of 3+ characters (kept in
// sync by triggers), and the character index for 1–2 character queries (kept in sync by the
// store, see grams.ts). Existing terms are indexed here so an upgraded database is searchable at once.
import type { Db } from '../database.ts';
import { CREATE_SHORT_TABLE, indexAllTerms } from '../grams.ts';

export const version = 2;
export const name = 'search-index';

export function up(db: Db): void {
  // columnsize=0: no per-document size rows (nothing ranks by bm25), less to write on import.
  db.exec(`
    CREATE VIRTUAL TABLE terms_fts USING fts5(
      folded, content='terms', content_rowid='id', columnsize=0, tokenize='trigram case_sensitive 1'
    );
    CREATE TRIGGER terms_fts_insert AFTER INSERT ON terms BEGIN
      INSERT INTO terms_fts(rowid, folded) VALUES (new.id, new.folded);
    END;
    CREATE TRIGGER terms_fts_delete AFTER DELETE ON terms BEGIN
      INSERT INTO terms_fts(terms_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    END;
    CREATE TRIGGER terms_fts_update AFTER UPDATE OF folded ON terms BEGIN
      INSERT INTO terms_fts(terms_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
      INSERT INTO terms_fts(rowid, folded) VALUES (new.id, new.folded);
    END;
    INSERT INTO terms_fts(terms_fts) VALUES ('rebuild');
    ${CREATE_SHORT_TABLE};
  `);
  indexAllTerms(db);
}
