// The search index: a query of any length is a phrase of characters (migration 010 retired the
// FTS5 trigram index, which cannot match fewer than 3 characters and doubled every write).
// Every term is one document of a contentless FTS5 table whose tokens are its characters, one
// token per character, space-separated. The ASCII tokenizer takes every non-ASCII character and
// ASCII letter or digit as is; other ASCII characters (space, punctuation) would be separators, so
// they are written as `x` + hex. A query is then a phrase: "新" or "新疆", and `^phrase` matches
// only at the term's start (prefix), so each rank class is one index lookup.
//
// The rowid carries the ranking: (term length, concept id, k = the term's place among its
// concept's terms in id order). Rows come back in rowid order, which is exactly the search order
// exact/prefix/substring → shorter term → concept id → term id, so a page is read from the index
// without sorting. Because the rowid depends on sibling terms, a concept's documents are always
// replaced together (remove with the old terms, add with the new ones).
//
// Counting: a concept is one hit however many of its terms match. Only terms that share a
// character with another term of their concept can repeat a concept; they carry the marker token
// `mm`, so the total is count(* of unmarked hits) + count(distinct concepts of marked hits).
import type { Db } from './database.ts';

export const SHORT_TABLE = 'terms_short';

/** Bit layout of a terms_short rowid: len << LEN_SHIFT | conceptId << K_BITS | k. */
const K_BITS = 12;
const CONCEPT_BITS = 31;
const LEN_SHIFT = K_BITS + CONCEPT_BITS;
const MAX_K = 2 ** K_BITS - 1;
const MAX_CONCEPT = 2 ** CONCEPT_BITS - 1;
/** Longer terms (over a million characters) rank as if they had this length. */
const MAX_LEN = 2 ** (63 - LEN_SHIFT) - 1;

/** The rowid from three bound integers (computed by SQLite: it exceeds JavaScript's safe integers). */
const ROWID_SQL = `(? << ${LEN_SHIFT}) | (? << ${K_BITS}) | ?`;

/** Decodes the rowid of a terms_short row into len, cid and k. */
export const DECODE_ROWID_SQL = `rowid >> ${LEN_SHIFT} AS len, (rowid >> ${K_BITS}) & ${MAX_CONCEPT} AS cid, rowid & ${MAX_K} AS k`;
/** The concept id of a terms_short rowid. */
export const CONCEPT_OF_ROWID_SQL = `(rowid >> ${K_BITS}) & ${MAX_CONCEPT}`;

// columnsize=0: no per-document size rows (nothing here ranks by bm25), a third less to write.
export const CREATE_SHORT_TABLE = `CREATE VIRTUAL TABLE ${SHORT_TABLE} USING fts5(chars, content='', columnsize=0, tokenize='ascii')`;

/** Marks terms that share a character with another term of their concept (see the header). */
export const SHARED_MARK = 'mm';

// Tokens never collide: a character token is one character or x + 2 hex digits, lang tokens
// are l + 6n hex digits, the mark is mm.
function isTokenChar(code: number): boolean {
  return code >= 0x80 || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function codeToken(code: number): string {
  return `x${code.toString(16).padStart(2, '0')}`;
}

export function charToken(ch: string): string {
  const code = ch.codePointAt(0)!;
  return isTokenChar(code) ? ch : codeToken(code);
}

/** The phrase that finds a folded query: one token per character. */
export function phraseOf(folded: string): string {
  let tokens = '';
  for (const ch of folded) tokens += (tokens === '' ? '' : ' ') + charToken(ch);
  return `"${tokens}"`;
}

/**
 * The token for terms in `lang` or one of its subtags: a term in zh-Hant-TW carries the tokens of
 * zh, zh-hant and zh-hant-tw. Six hex digits per code point keep any tag unambiguous.
 */
export function langToken(lang: string): string {
  let token = 'l';
  for (const ch of lang.toLowerCase()) token += ch.codePointAt(0)!.toString(16).padStart(6, '0');
  return token;
}

const langTokenCache = new Map<string, string>();

/** The lang tokens of a term in `lang` (cached: a glossary uses a handful of tags). */
function langTokens(lang: string): string {
  let tokens = langTokenCache.get(lang);
  if (tokens === undefined) {
    tokens = computeLangTokens(lang);
    langTokenCache.set(lang, tokens);
  }
  return tokens;
}

function computeLangTokens(lang: string): string {
  const lower = lang.toLowerCase();
  let tokens = '';
  for (let dash = lower.indexOf('-'); dash !== -1; dash = lower.indexOf('-', dash + 1)) {
    tokens += ` ${langToken(lower.slice(0, dash))}`;
  }
  return `${tokens} ${langToken(lower)}`;
}

export interface IndexedTerm {
  folded: string;
  lang: string;
}

export interface ShortDoc {
  len: number;
  conceptId: number;
  k: number;
  body: string;
}

function checkIndexable(conceptId: number, termCount: number): void {
  if (conceptId > MAX_CONCEPT) throw new Error(`concept id ${conceptId} is beyond the search index's range`);
  if (termCount > MAX_K + 1) throw new Error(`concept ${conceptId} has ${termCount} terms; search indexes at most ${MAX_K + 1}`);
}

/** Which of a concept's terms share a character with another of its terms (they carry the mark). */
export function sharedMarks(conceptId: number, terms: readonly IndexedTerm[]): boolean[] {
  checkIndexable(conceptId, terms.length);
  if (terms.length < 2) return terms.map(() => false);
  // A few short terms (the usual zh + ko): comparing characters directly beats building sets.
  if (terms.length <= FEW_TERMS) return terms.map((term, i) => terms.some((other, j) => j !== i && sharesCharacter(term.folded, other.folded)));
  const firstTerm = new Map<string, number>();
  const shared = new Set<string>();
  terms.forEach((term, i) => {
    for (const ch of term.folded) {
      const first = firstTerm.get(ch);
      if (first === undefined) firstTerm.set(ch, i);
      else if (first !== i) shared.add(ch);
    }
  });
  return terms.map((term) => [...term.folded].some((ch) => shared.has(ch)));
}

const FEW_TERMS = 8;

/** Whether `a` and `b` have a character (code point) in common. */
function sharesCharacter(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const code = a.codePointAt(i)!;
    if (code > 0xffff) i++;
    for (let j = 0; j < b.length; j++) {
      const other = b.codePointAt(j)!;
      if (other === code) return true;
      if (other > 0xffff) j++;
    }
  }
  return false;
}

/** The tokens of one term's FTS row. A deletion must give exactly these again. */
function docBody(folded: string, lang: string, marked: boolean): string {
  let body = '';
  // By code point without a string per character: a bulk import builds 200,000 of these.
  for (let i = 0; i < folded.length; i++) {
    const code = folded.codePointAt(i)!;
    if (code > 0xffff) {
      body += `${folded.slice(i, i + 2)} `;
      i++;
    } else {
      body += `${isTokenChar(code) ? folded[i] : codeToken(code)} `;
    }
  }
  if (marked) body += SHARED_MARK;
  return body + langTokens(lang);
}

/** SQLite's length(): characters (code points) before the first NUL, as a query computes it. */
function sqlLength(text: string): number {
  const nul = text.indexOf('\0');
  const end = nul === -1 ? text.length : nul;
  let length = end;
  // A surrogate pair is one character: count its low half out (no array of characters per term).
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) length--;
  }
  return length;
}

/** The documents of one concept's terms, given IN TERM ID ORDER (k is the place in that order). */
export function shortDocs(conceptId: number, terms: readonly IndexedTerm[]): ShortDoc[] {
  const marks = sharedMarks(conceptId, terms);
  return terms.map((term, k) => ({
    len: Math.min(sqlLength(term.folded), MAX_LEN),
    conceptId,
    k,
    body: docBody(term.folded, term.lang, marks[k]!),
  }));
}

/** Index order: FTS5 writes a new segment whenever a rowid is lower than the last one written. */
function byRowid(a: ShortDoc, b: ShortDoc): number {
  return a.len - b.len || a.conceptId - b.conceptId || a.k - b.k;
}

function sameDocs(a: readonly ShortDoc[], b: readonly ShortDoc[]): boolean {
  return a.length === b.length && a.every((doc, i) => byRowid(doc, b[i]!) === 0 && doc.body === b[i]!.body);
}

export class ShortIndex {
  private readonly db: Db;
  private readonly insert;
  private readonly delete;

  constructor(db: Db) {
    this.db = db;
    this.insert = db.prepare(`INSERT INTO ${SHORT_TABLE} (rowid, chars) VALUES (${ROWID_SQL}, ?)`);
    // Contentless: a document is deleted by giving the exact tokens it was indexed with.
    this.delete = db.prepare(`INSERT INTO ${SHORT_TABLE} (${SHORT_TABLE}, rowid, chars) VALUES ('delete', ${ROWID_SQL}, ?)`);
  }

  /** Indexes documents (any number, any order). */
  add(docs: ShortDoc[]): void {
    docs.sort(byRowid);
    for (const d of docs) this.insert.run(d.len, d.conceptId, d.k, d.body);
  }

  /**
   * Indexes, in one sorted pass, every term with an id above `afterTermId`: terms of concepts
   * added since (a bulk import), so no older sibling shifts their k. `marked` holds the ids of
   * those that carry the shared mark (see sharedMarks).
   */
  addNewTerms(afterTermId: number, marked: ReadonlySet<number>): void {
    // Registered per call, so the function always sees this call's marks.
    this.db.function('donghyang_short_doc', (folded, lang, id) => docBody(String(folded), String(lang), marked.has(Number(id))));
    // New concepts' terms were inserted in position order, so there k is the position.
    this.db
      .prepare(
        `INSERT INTO ${SHORT_TABLE} (rowid, chars)
         SELECT (min(length(folded), ${MAX_LEN}) << ${LEN_SHIFT}) | (concept_id << ${K_BITS}) | position AS r,
                donghyang_short_doc(folded, lang, id)
         FROM terms WHERE id > ? ORDER BY r`,
      )
      .run(afterTermId);
  }

  /** Replaces a concept's documents: `before` and `after` are its terms in id order. */
  replace(conceptId: number, before: readonly IndexedTerm[], after: readonly IndexedTerm[]): void {
    const old = shortDocs(conceptId, before);
    const docs = shortDocs(conceptId, after);
    if (sameDocs(old, docs)) return; // e.g. an edit of notes or statuses
    for (const d of old) this.delete.run(d.len, d.conceptId, d.k, d.body);
    this.add(docs);
  }
}

/** Indexes every term of the database (for a migration or a rebuild). */
export function indexAllTerms(db: Db): void {
  const rows = db
    .prepare('SELECT concept_id AS conceptId, folded, lang FROM terms ORDER BY concept_id, id')
    .all() as (IndexedTerm & { conceptId: number })[];
  const docs: ShortDoc[] = [];
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && rows[end]!.conceptId === rows[start]!.conceptId) end++;
    docs.push(...shortDocs(rows[start]!.conceptId, rows.slice(start, end)));
    start = end;
  }
  new ShortIndex(db).add(docs);
}
