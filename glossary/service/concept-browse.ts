// The glossary manager's table: every concept sorted by any column and filtered by category, term
// status, approval, source issue and "changed since" (and a search string, folded like the terms).
// The concepts are read once per store revision and kept; a request sorts and slices them in memory.
import type { DonghyangApi } from '../api.ts';
import type { Concept } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';
import { fold } from '../text/fold.ts';

export const BROWSE_COLUMNS = ['zh', 'ko', 'category', 'status', 'approval', 'sourceIssue', 'updatedAt'] as const;
export type BrowseColumn = (typeof BROWSE_COLUMNS)[number];

export interface BrowseFilter {
  category?: Concept['category'];
  /** Concepts with at least one term of this status. */
  status?: Concept['terms'][number]['status'];
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

interface Row {
  concept: Concept;
  zh: string;
  ko: string;
  /** The best status of its Korean terms (preferred < admitted < …), for sorting. */
  status: number;
  statuses: Set<string>;
  folded: string;
}

const STATUS_RANK: Record<string, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };
const collator = new Intl.Collator('ko');

function rowOf(concept: Concept): Row {
  const zh = concept.terms.filter((t) => t.lang.startsWith('zh')).map((t) => t.text).join(', ');
  const koTerms = concept.terms.filter((t) => t.lang.startsWith('ko'));
  return {
    concept,
    zh,
    ko: koTerms.map((t) => t.text).join(', '),
    status: Math.min(4, ...koTerms.map((t) => STATUS_RANK[t.status] ?? 4)),
    statuses: new Set(concept.terms.map((t) => t.status)),
    folded: concept.terms.map((t) => t.folded).join('\u0000'),
  };
}

function compare(column: BrowseColumn): (a: Row, b: Row) => number {
  switch (column) {
    case 'zh':
      return (a, b) => collator.compare(a.zh, b.zh);
    case 'ko':
      return (a, b) => collator.compare(a.ko, b.ko);
    case 'status':
      return (a, b) => a.status - b.status;
    case 'sourceIssue':
      return (a, b) => (a.concept.sourceIssue ?? '').localeCompare(b.concept.sourceIssue ?? '');
    default:
      return (a, b) => String(a.concept[column]).localeCompare(String(b.concept[column]));
  }
}

export function browseRows(rows: readonly Row[], request: BrowseRequest): { concepts: Concept[]; total: number } {
  const { filter = {}, query = '' } = request;
  const key = fold(query.trim());
  const kept = rows.filter(
    (row) =>
      (!filter.category || row.concept.category === filter.category) &&
      (!filter.status || row.statuses.has(filter.status)) &&
      (!filter.approval || row.concept.approval === filter.approval) &&
      (!filter.sourceIssue || row.concept.sourceIssue === filter.sourceIssue) &&
      (!filter.changedSince || row.concept.updatedAt >= filter.changedSince) &&
      (key === '' || row.folded.includes(key)),
  );
  if (request.sort) {
    const by = compare(request.sort.column);
    const sign = request.sort.descending ? -1 : 1;
    kept.sort((a, b) => sign * by(a, b) || a.concept.id - b.concept.id);
  }
  return { concepts: kept.slice(request.offset, request.offset + request.limit).map((r) => r.concept), total: kept.length };
}

export function browseMethods(store: GlossaryStore): Pick<DonghyangApi, 'browseConcepts' | 'sourceIssues'> {
  let rows: Row[] | undefined;
  let readAt = -1;
  const current = () => {
    const revision = store.revision;
    if (!rows || revision !== readAt) {
      rows = [...store.allConcepts()].map(rowOf);
      readAt = revision;
    }
    return rows;
  };
  return {
    async browseConcepts(request) {
      return browseRows(current(), request);
    },
    async sourceIssues() {
      return [...new Set(current().map((r) => r.concept.sourceIssue).filter((s): s is string => !!s))].sort().reverse();
    },
  };
}
