// Glossary search over the folded term keys, so 專精特新 finds 专精特新. Candidates come from an
// index (FTS5 trigram for 3+ characters, the gram table for 1–2) and are ranked exact > prefix >
// substring, then shorter term, then concept id. One hit per concept: its best-ranked term.
import type { SearchHit } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { Db } from './database.ts';
import { MAX_CHAR } from './grams.ts';

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

// Candidate terms with their rank facts: rk 0 exact, 1 prefix, 2 substring; len = term length.
const LONG = `
  SELECT t.concept_id AS cid, t.id AS tid, length(t.folded) AS len,
         CASE WHEN t.folded = @q THEN 0 WHEN substr(t.folded, 1, @n) = @q THEN 1 ELSE 2 END AS rk
  FROM terms_fts JOIN terms AS t ON t.id = terms_fts.rowid
  WHERE terms_fts MATCH @match AND instr(t.folded, @q) > 0`; // MATCH is a phrase: a substring
// Short queries are ranked from the gram index alone (start: the gram is at the term's start).
const SHORT_RANK = 'CASE WHEN g.start = 1 AND g.len = @n THEN 0 WHEN g.start = 1 THEN 1 ELSE 2 END';
const TWO = `SELECT g.concept_id AS cid, g.term_id AS tid, g.len, ${SHORT_RANK} AS rk FROM term_grams AS g WHERE g.gram = @q`;
const ONE = `SELECT g.concept_id AS cid, g.term_id AS tid, g.len, ${SHORT_RANK} AS rk FROM term_grams AS g
  WHERE g.gram >= @q AND g.gram <= @qEnd`;
const CANDIDATES = { long: LONG, two: TWO, one: ONE } as const;

function rankedSql(candidates: string, withLang: boolean): string {
  const langFilter = withLang
    ? "JOIN terms AS l ON l.id = c.tid WHERE lower(l.lang) = @lang OR lower(l.lang) LIKE @lang || '-%'"
    : '';
  return `
    WITH hits AS (SELECT c.* FROM (${candidates}) AS c ${langFilter}),
    best AS (
      SELECT cid, tid, rk, len, row_number() OVER (PARTITION BY cid ORDER BY rk, len, tid) AS rn FROM hits
    )
    SELECT cid, tid, rk, count(*) OVER () AS total FROM best WHERE rn = 1
    ORDER BY rk, len, cid
    LIMIT @limit OFFSET @offset`;
}

type Row = { cid: number; tid: number; rk: number; total: number };

export class TermSearch {
  private readonly db: Db;
  private readonly statements = new Map<string, ReturnType<Db['prepare']>>();

  constructor(db: Db) {
    this.db = db;
  }

  private statement(kind: keyof typeof CANDIDATES, withLang: boolean) {
    const key = `${kind}:${withLang}`;
    let stmt = this.statements.get(key);
    if (!stmt) {
      stmt = this.db.prepare(rankedSql(CANDIDATES[kind], withLang));
      this.statements.set(key, stmt);
    }
    return stmt;
  }

  search(query: string, options: SearchOptions = {}): { hits: RankedHit[]; total: number } {
    const q = fold(query.trim());
    const length = [...q].length;
    if (length === 0) return { hits: [], total: 0 };
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(0, Math.floor(options.limit ?? 50));
    const kind = length >= 3 ? 'long' : length === 2 ? 'two' : 'one';
    const params = {
      q,
      n: length,
      match: `"${q.replaceAll('"', '""')}"`,
      qEnd: q + MAX_CHAR,
      lang: options.lang?.toLowerCase() ?? null,
      limit,
      offset,
    };
    const withLang = options.lang !== undefined && options.lang !== '';
    const stmt = this.statement(kind, withLang);
    const rows = stmt.all(bindable(params, kind, withLang)) as Row[];
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && offset > 0) {
      // Past the last page: the window count is not there, ask for it alone.
      const all = stmt.all(bindable({ ...params, limit: 1, offset: 0 }, kind, withLang)) as Row[];
      total = all[0]?.total ?? 0;
    }
    return { hits: rows.map((r) => ({ conceptId: r.cid, termId: r.tid, rank: RANKS[r.rk]! })), total };
  }
}

// better-sqlite3 rejects named parameters the statement does not use.
function bindable(params: Record<string, unknown>, kind: keyof typeof CANDIDATES, withLang: boolean) {
  const { match, qEnd, lang, n, ...common } = params;
  return {
    ...common,
    n,
    ...(kind === 'long' ? { match } : {}),
    ...(kind === 'one' ? { qEnd } : {}),
    ...(withLang ? { lang } : {}),
  };
}
