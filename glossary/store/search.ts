// Glossary search over the folded term keys, so 專精特新 finds 专精特新. Candidates come from the
// character index of grams.ts (one token per character: a query of any length is a phrase) and
// are ranked exact > prefix > substring, then shorter term, then concept id. One hit per concept:
// its best-ranked term (ties: the lower term id). The index's row order is that ranking.
import type { SearchHit } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { Db } from './database.ts';
import { CONCEPT_OF_ROWID_SQL, DECODE_ROWID_SQL, langToken, phraseOf, SHARED_MARK, SHORT_TABLE } from './grams.ts';

const RANKS = ['exact', 'prefix', 'substring'] as const;

export interface SearchOptions {
  offset?: number;
  limit?: number;
  /** Only terms in this language (a base tag includes its subtags: zh finds zh-Hant). */
  lang?: string;
}

export interface RankedHit {
  conceptId: number;
  termId: number;
  rank: SearchHit['rank'];
}

export interface RankedPage {
  hits: RankedHit[];
  total: number;
}

export class TermSearch {
  private readonly short;

  constructor(db: Db) {
    const match = `FROM ${SHORT_TABLE} WHERE ${SHORT_TABLE} MATCH ?`;
    this.short = {
      // Rows in rowid order are rows in rank order (see grams.ts).
      rows: db.prepare(`SELECT ${DECODE_ROWID_SQL} ${match} ORDER BY rowid`).raw(),
      count: db.prepare(`SELECT count(*) ${match}`).pluck(),
      countConcepts: db.prepare(`SELECT count(DISTINCT ${CONCEPT_OF_ROWID_SQL}) ${match}`).pluck(),
      termIds: db.prepare(
        'SELECT concept_id AS cid, id FROM terms WHERE concept_id IN (SELECT value FROM json_each(?)) ORDER BY concept_id, id',
      ),
    };
  }

  search(query: string, options: SearchOptions = {}): RankedPage {
    const q = fold(query.trim());
    const length = [...q].length;
    if (length === 0) return { hits: [], total: 0 };
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(0, Math.floor(options.limit ?? 50));
    const lang = options.lang !== undefined && options.lang !== '' ? options.lang.toLowerCase() : undefined;
    return this.searchPhrase(q, length, lang, offset, limit);
  }

  private searchPhrase(q: string, n: number, lang: string | undefined, offset: number, limit: number): RankedPage {
    const phrase = phraseOf(q);
    const only = lang === undefined ? '' : ` AND ${langToken(lang)}`;
    // A longer query matches few terms: read them all once (two index walks instead of four).
    const few = n >= 3 ? this.fewRows(`${phrase}${only}`) : undefined;
    const total = few
      ? new Set(few.map((row) => row[1])).size
      : (this.short.count.get(`(${phrase} NOT ${SHARED_MARK})${only}`) as number) +
        (this.short.countConcepts.get(`(${phrase} AND ${SHARED_MARK})${only}`) as number);
    if (limit === 0 || offset >= total) return { hits: [], total };

    // Prefix class first (exact = a prefix as long as the query), then substrings; a concept
    // counts once, at its first (best) row.
    const rowsOf = (match: string) => this.short.rows.iterate(match) as IterableIterator<Row>;
    // Lazily: an iterator holds its statement busy until it is read to the end or left.
    const classes: [() => Iterable<Row>, boolean][] = [
      [() => rowsOf(`^${phrase}${only}`), true],
      // With `few`, a row already taken as a prefix is skipped below: its concept is seen.
      [few ? () => few : () => rowsOf(`(${phrase} NOT ^${phrase})${only}`), false],
    ];
    const picked: { cid: number; k: number; rk: number }[] = [];
    const seen = new Set<number>();
    let skip = offset;
    for (const [rows, prefix] of classes) {
      for (const [len, cid, k] of rows()) {
        if (seen.has(cid)) continue;
        seen.add(cid);
        if (skip > 0) {
          skip--;
          continue;
        }
        picked.push({ cid, k, rk: prefix ? (len === n ? 0 : 1) : 2 });
        if (picked.length === limit) break;
      }
      if (picked.length === limit) break;
    }
    const idsOf = new Map<number, number[]>();
    for (const { cid, id } of this.short.termIds.all(JSON.stringify(picked.map((p) => p.cid))) as { cid: number; id: number }[]) {
      const ids = idsOf.get(cid);
      if (ids) ids.push(id);
      else idsOf.set(cid, [id]);
    }
    const hits = picked.flatMap((p) => {
      const termId = idsOf.get(p.cid)?.[p.k];
      return termId === undefined ? [] : [{ conceptId: p.cid, termId, rank: RANKS[p.rk]! }];
    });
    return { hits, total };
  }

  /** Every row matching `match`, in rank order, when there are at most FEW_ROWS; else undefined. */
  private fewRows(match: string): Row[] | undefined {
    const rows: Row[] = [];
    for (const row of this.short.rows.iterate(match) as IterableIterator<Row>) {
      if (rows.length === FEW_ROWS) return undefined; // leaving the loop ends the statement
      rows.push(row);
    }
    return rows;
  }
}

/** A short-index row decoded: term length, concept id, the term's place in its concept. */
type Row = [len: number, cid: number, k: number];

/** Up to this many matching terms, a search reads them all rather than counting in SQL. */
const FEW_ROWS = 1000;
