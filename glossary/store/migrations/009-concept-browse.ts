// A concept's pinyin, and the keys the glossary manager sorts and filters 100,000 concepts by in
// SQL: the Chinese and Korean terms as listed (zh_sort, ko_sort), the best status of its Korean
// terms (status_rank: preferred 0 … forbidden 3, none 4) and which statuses its terms have
// (status_mask: preferred 1, admitted 2, deprecated 4, forbidden 8). concepts.ts keeps them.
import type { Db } from '../database.ts';

export const version = 9;
export const name = 'concept-browse';

/** The sort keys of concept `:id` (or of every concept, with `WHERE 1`) from its terms. */
export const REFRESH_KEYS_SQL = `
  UPDATE concepts SET
    zh_sort = coalesce((SELECT group_concat(text, ', ' ORDER BY position, id) FROM terms
                        WHERE concept_id = concepts.id AND lower(lang) LIKE 'zh%'), ''),
    ko_sort = coalesce((SELECT group_concat(text, ', ' ORDER BY position, id) FROM terms
                        WHERE concept_id = concepts.id AND lower(lang) LIKE 'ko%'), ''),
    status_rank = coalesce((SELECT min(CASE status WHEN 'preferred' THEN 0 WHEN 'admitted' THEN 1
                                   WHEN 'deprecated' THEN 2 ELSE 3 END)
                            FROM terms WHERE concept_id = concepts.id AND lower(lang) LIKE 'ko%'), 4),
    status_mask = coalesce((SELECT sum(DISTINCT CASE status WHEN 'preferred' THEN 1 WHEN 'admitted' THEN 2
                                   WHEN 'deprecated' THEN 4 ELSE 8 END)
                            FROM terms WHERE concept_id = concepts.id), 0)`;

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE concepts ADD COLUMN pinyin TEXT;
    ALTER TABLE concepts ADD COLUMN zh_sort TEXT NOT NULL DEFAULT '';
    ALTER TABLE concepts ADD COLUMN ko_sort TEXT NOT NULL DEFAULT '';
    ALTER TABLE concepts ADD COLUMN status_rank INTEGER NOT NULL DEFAULT 4;
    ALTER TABLE concepts ADD COLUMN status_mask INTEGER NOT NULL DEFAULT 0;
  `);
  db.exec(REFRESH_KEYS_SQL);
  // One index per sortable column, ending in id: a sorted page is a walk along one index.
  db.exec(`
    CREATE INDEX concepts_by_zh ON concepts(zh_sort, id);
    CREATE INDEX concepts_by_ko ON concepts(ko_sort, id);
    CREATE INDEX concepts_by_status ON concepts(status_rank, id);
    CREATE INDEX concepts_by_category ON concepts(category, id);
    CREATE INDEX concepts_by_approval ON concepts(approval, id);
    CREATE INDEX concepts_by_source_issue ON concepts(source_issue, id);
    CREATE INDEX concepts_by_updated ON concepts(updated_at, id);
  `);
}
