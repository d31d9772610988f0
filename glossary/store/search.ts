// Glossary search over the folded term keys, so 專精特新 finds 专精特新. Candidates come from an
// index (FTS5 trigram for 3+ characters, the character index of grams.ts for 1–2) and are ranked
// exact > prefix > substring, then shorter term, then concept id. One hit per concept: its
// best-ranked term (ties: the lower term id).
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

// Candidate terms with their rank facts: rk 0 exact, 1 prefix, 2 substring; len = term length.
const LONG = `
  SELECT t.concept_id AS cid, t.id AS tid, length(t.folded) AS len,
         CASE WHEN t.folded = @q THEN 0 WHEN substr(t.folded, 1, @n) = @q THEN 1 ELSE 2 END AS rk
  FROM terms_fts JOIN terms AS t ON t.id = terms_fts.rowid
  WHERE terms_fts MATCH @match AND instr(t.folded, @q) > 0`; // MATCH is a phrase: a substring

function longSql(withLang: boolean): string {
  // The language tag itself or one of its subtags, compared literally (as the short index does).
  const langFilter = withLang
    ? "JOIN terms AS l ON l.id = c.tid WHERE lower(l.lang) = @lang OR substr(lower(l.lang), 1, length(@lang) + 1) = @lang || '-'"
    : '';
  return `
    WITH hits AS (SELECT c.* FROM (${LONG}) AS c ${langFilter}),
    best AS (
      SELECT cid, tid, rk, len, row_number() OVER (PARTITION BY cid ORDER BY rk, len, tid) AS rn FROM hits
    )
    SELECT cid, tid, rk, count(*) OVER () AS total FROM best WHERE rn = 1
    ORDER BY rk, len, cid
    LIMIT @limit OFFSET @offset`;
}

type LongRow = { cid: number; tid: number; rk: number; total: number };

export class TermSearch {
  private readonly long: Record<'plain' | 'lang', ReturnType<Db['prepare']>>;
  private readonly short;

  constructor(db: Db) {
    this.long = { plain: db.prepare(longSql(false)), lang: db.prepare(longSql(true)) };
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
    return length >= 3 ? this.searchLong(q, length, lang, offset, limit) : this.searchShort(q, length, lang, offset, limit);
  }

  private searchLong(q: string, n: number, lang: string | undefined, offset: number, limit: number): RankedPage {
    const stmt = lang === undefined ? this.long.plain : this.long.lang;
    const params = { q, n, match: `"${q.replaceAll('"', '""')}"`, limit, offset, ...(lang === undefined ? {} : { lang }) };
    const rows = stmt.all(params) as LongRow[];
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && offset > 0) {
      // Past the last page: the window count is not there, ask for it alone.
      const all = stmt.all({ ...params, limit: 1, offset: 0 }) as LongRow[];
      total = all[0]?.total ?? 0;
    }
    return { hits: rows.map((r) => ({ conceptId: r.cid, termId: r.tid, rank: RANKS[r.rk]! })), total };
  }

  private searchShort(q: string, n: number, lang: string | undefined, offset: number, limit: number): RankedPage {
    const phrase = phraseOf(q);
    const only = lang === undefined ? '' : ` AND ${langToken(lang)}`;
    const total =
      (this.short.count.get(`(${phrase} NOT ${SHARED_MARK})${only}`) as number) +
      (this.short.countConcepts.get(`(${phrase} AND ${SHARED_MARK})${only}`) as number);
    if (limit === 0 || offset >= total) return { hits: [], total };

    // Prefix class first (exact = a prefix as long as the query), then substrings; a concept
    // counts once, at its first (best) row.
    const picked: { cid: number; k: number; rk: number }[] = [];
    const seen = new Set<number>();
    let skip = offset;
    const classes: [string, boolean][] = [
      [`^${phrase}${only}`, true],
      [`(${phrase} NOT ^${phrase})${only}`, false],
    ];
    for (const [match, atStart] of classes) {
      for (const [len, cid, k] of this.short.rows.iterate(match) as IterableIterator<[number, number, number]>) {
        if (seen.has(cid)) continue;
        seen.add(cid);
        if (skip > 0) {
          skip--;
          continue;
        }
        picked.push({ cid, k, rk: atStart ? (len === n ? 0 : 1) : 2 });
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
}
