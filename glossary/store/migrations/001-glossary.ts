// Concept-oriented glossary (like TBX): a concept with its terms per language, the history of
// every change, and a small key/value table for store facts (e.g. when the seed was loaded).
import type { Db } from '../database.ts';

export const version = 1;
export const name = 'glossary';

export function up(db: Db): void {
  db.exec(`
    -- AUTOINCREMENT: an id is never reused, so a deleted concept's history (and a term id the
    -- editor still holds) can never be mistaken for a newer record's.
    CREATE TABLE concepts (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      category      TEXT NOT NULL DEFAULT 'other'
                    CHECK (category IN ('person','organization','company','place','policy','program','technology','other')),
      definition    TEXT,
      note          TEXT,
      subject_field TEXT,
      source_issue  TEXT,
      source_url    TEXT,
      approval      TEXT NOT NULL DEFAULT 'proposed' CHECK (approval IN ('proposed','approved')),
      external_id   TEXT,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL
    );
    CREATE INDEX concepts_external_id ON concepts(external_id) WHERE external_id IS NOT NULL;

    CREATE TABLE terms (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      concept_id     INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
      lang           TEXT NOT NULL CHECK (length(lang) > 0),
      text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
      -- fold(text): 專精特新 and 专精特新 share one key
      folded         TEXT NOT NULL CHECK (length(folded) > 0),
      status         TEXT NOT NULL DEFAULT 'preferred'
                     CHECK (status IN ('preferred','admitted','deprecated','forbidden')),
      part_of_speech TEXT,
      note           TEXT,
      established    INTEGER NOT NULL DEFAULT 0 CHECK (established IN (0, 1)),
      position       INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX terms_concept ON terms(concept_id, position);
    -- exact lookups (imports, recognizer) and prefix ranges (search)
    CREATE INDEX terms_folded ON terms(folded);

    -- No foreign key: the history of a deleted concept stays readable.
    CREATE TABLE history (
      id          INTEGER PRIMARY KEY,
      concept_id  INTEGER NOT NULL,
      at          TEXT NOT NULL,
      who         TEXT NOT NULL,
      action      TEXT NOT NULL CHECK (action IN ('create','update','delete','approve','import')),
      before_json TEXT,
      after_json  TEXT
    );
    CREATE INDEX history_concept ON history(concept_id, id);

    CREATE TABLE store_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
  `);
}
