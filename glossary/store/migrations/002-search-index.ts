// Search indexes over the folded term keys: FTS5 trigram for queries of 3+ characters (kept in
// sync by triggers), and the gram table for 1–2 character queries (kept in sync by the store, see
// grams.ts). Existing terms are indexed here so an upgraded database is searchable at once.
import type { Db } from '../database.ts';
import { gramsOfTerms } from '../grams.ts';

export const version = 2;
export const name = 'search-index';

export function up(db: Db): void {
  db.exec(`
    CREATE VIRTUAL TABLE terms_fts USING fts5(
      folded, content='terms', content_rowid='id', tokenize='trigram case_sensitive 1'
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

    CREATE TABLE term_grams (
      gram       TEXT NOT NULL,
      term_id    INTEGER NOT NULL,
      concept_id INTEGER NOT NULL,
      start      INTEGER NOT NULL,
      len        INTEGER NOT NULL,
      PRIMARY KEY (gram, term_id)
    ) WITHOUT ROWID;
  `);
  db.exec(`INSERT INTO term_grams ${gramsOfTerms('1')} ORDER BY gram, term_id`);
}
