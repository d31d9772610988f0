// Short-query index keys. A 1- or 2-character query cannot use the FTS5 trigram index, so every
// term also stores, for each character position, the 2-character string starting there (the last
// character alone). A 2-character query is then one exact key; a 1-character query is a range of
// keys starting with that character. SQLite's substr() and length() count characters (code
// points), so rare CJK extension characters count as one. Computed in SQL, in one statement, so a
// bulk import does not pay a call per key.

/**
 * SELECT gram, term_id, concept_id, start (1 when the gram is at the term's start), len (the
 * term's length) for the terms matching `where` (a condition on `terms`). Carrying the rank
 * facts lets a short query be ranked from the gram index alone, without visiting each term.
 */
export function gramsOfTerms(where: string): string {
  return `
    WITH RECURSIVE pos(term_id, concept_id, folded, len, i) AS (
      SELECT id, concept_id, folded, length(folded), 1 FROM terms WHERE ${where}
      UNION ALL SELECT term_id, concept_id, folded, len, i + 1 FROM pos WHERE i < len
    )
    SELECT substr(folded, i, 2) AS gram, term_id, concept_id, max(i = 1) AS start, len
    FROM pos GROUP BY gram, term_id`;
}

/** Largest code point: `prefix + MAX_CHAR` sorts after every gram starting with `prefix`. */
export const MAX_CHAR = String.fromCodePoint(0x10ffff);
