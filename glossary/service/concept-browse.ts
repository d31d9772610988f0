// The glossary manager's table: concepts sorted by any column and filtered by category, term status,
// approval, source issue and "changed since" (and a search string, folded like the terms), all in
// SQL: a page is one walk along an index of migration 009 (sort keys kept by store/concepts.ts),
// so 100,000 concepts are never read into memory to show 100 of them.
import type { DonghyangApi } from '../api.ts';
import type { Concept, TermStatus } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';
import { CONCEPT_OF_ROWID_SQL, phraseOf, SHORT_TABLE } from '../store/grams.ts';
import { fold } from '../text/fold.ts';

export const BROWSE_COLUMNS = ['zh', 'ko', 'category', 'status', 'approval', 'sourceIssue', 'updatedAt'] as const;
export type BrowseColumn = (typeof BROWSE_COLUMNS)[number];

export interface BrowseFilter {
  category?: Concept['category'];
  /** Concepts with at least one term of this status. */
  status?: TermStatus;
  approval?: Concept['approval'];
  sourceIssue?: string;
  /** ISO date or timestamp: concepts changed on or after it. */
  changedSince?: string;
}

export interface BrowseRequest {
  offset: number;
  limit: number;
  query?: string;
  sort?: { column: BrowseColumn; descending?: boolean };
  filter?: BrowseFilter;
}

/** The column each sort walks (each has an index ending in id, see migration 009). */
const ORDER_BY: Record<BrowseColumn, string> = {
  zh: 'zh_sort',
  ko: 'ko_sort',
  category: 'category',
  status: 'status_rank',
  approval: 'approval',
  sourceIssue: 'source_issue',
  updatedAt: 'updated_at',
};

/** Bits of concepts.status_mask (migration 009). */
const STATUS_BIT: Record<TermStatus, number> = { preferred: 1, admitted: 2, deprecated: 4, forbidden: 8 };

const MAX_LIMIT = 1_000;

interface Query {
  where: string;
  params: Record<string, string | number>;
}

function whereOf(request: BrowseRequest): Query {
  const { filter = {} } = request;
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.category) {
    clauses.push('category = @category');
    params.category = filter.category;
  }
  if (filter.status) {
    const bit = STATUS_BIT[filter.status];
    if (bit === undefined) throw new Error(`filter status "${String(filter.status)}" is not a term status`);
    clauses.push('(status_mask & @statusBit) != 0');
    params.statusBit = bit;
  }
  if (filter.approval) {
    clauses.push('approval = @approval');
    params.approval = filter.approval;
  }
  if (filter.sourceIssue) {
    clauses.push('source_issue = @sourceIssue');
    params.sourceIssue = filter.sourceIssue;
  }
  if (filter.changedSince) {
    clauses.push('updated_at >= @changedSince');
    params.changedSince = filter.changedSince;
  }
  const q = fold((request.query ?? '').trim());
  if (q !== '') {
    // The character index (store/grams.ts) finds the terms holding the query, at any length.
    clauses.push(`id IN (SELECT ${CONCEPT_OF_ROWID_SQL} FROM ${SHORT_TABLE} WHERE ${SHORT_TABLE} MATCH @match)`);
    params.match = phraseOf(q);
  }
  return { where: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

export function browseMethods(store: GlossaryStore): Pick<DonghyangApi, 'browseConcepts' | 'sourceIssues'> {
  const statements = new Map<string, ReturnType<GlossaryStore['connection']['prepare']>>();
  const prepared = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = store.connection.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  return {
    async browseConcepts(request) {
      const { where, params } = whereOf(request);
      const column = request.sort ? ORDER_BY[request.sort.column] : 'id';
      if (column === undefined) throw new Error(`cannot sort by "${String(request.sort?.column)}"`);
      const direction = request.sort?.descending ? 'DESC' : 'ASC';
      const order = column === 'id' ? `id ${direction}` : `${column} ${direction}, id ${direction}`;
      const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(request.limit)));
      const offset = Math.max(0, Math.floor(request.offset));
      const ids = prepared(`SELECT id FROM concepts ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
        .pluck()
        .all({ ...params, limit, offset }) as number[];
      const total = prepared(`SELECT count(*) FROM concepts ${where}`).pluck().get(params) as number;
      return { concepts: store.conceptsByIds(ids), total };
    },
    async sourceIssues() {
      return prepared('SELECT DISTINCT source_issue FROM concepts WHERE source_issue IS NOT NULL ORDER BY source_issue DESC')
        .pluck()
        .all() as string[];
    },
  };
}
