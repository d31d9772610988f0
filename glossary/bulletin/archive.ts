// The archive the cross-issue consistency check reads: every `한글(漢字)` pair written in the
// stored issues' articles, with the issue's date. Read per issue and cached per store by the
// issue's updatedAt and article count, so opening an issue re-reads only issues edited since.
import type { ArchivedRendering } from '../checks/types.ts';
import type { Issue } from '../model.ts';
import type { GlossaryStore } from '../store/store.ts';
import { plainText } from './inline.ts';
import { pairsInText } from './pairs.ts';

interface CachedIssue {
  key: string;
  renderings: ArchivedRendering[];
}

const cache = new WeakMap<GlossaryStore, Map<number, CachedIssue>>();

/** Distinct pairs of one issue, in reading order (title, lead, body line by line). */
export function issueRenderings(issue: Issue): ArchivedRendering[] {
  const seen = new Set<string>();
  const out: ArchivedRendering[] = [];
  for (const article of issue.articles) {
    const lines = [article.title, article.lead, ...article.body.split(/\r\n|\r|\n/)];
    for (const line of lines) {
      for (const pair of pairsInText(plainText(line))) {
        const key = `${pair.hanzi}\u0000${pair.hangul}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ zh: pair.hanzi, ko: pair.hangul, issue: issue.date });
      }
    }
  }
  return out;
}

/** Every pair of every stored issue except `exceptIssueId` (the issue being checked), newest issue first. */
export function archivedRenderings(store: GlossaryStore, exceptIssueId?: number): ArchivedRendering[] {
  let perIssue = cache.get(store);
  if (!perIssue) {
    perIssue = new Map();
    cache.set(store, perIssue);
  }
  const summaries = store.listIssues();
  const live = new Set(summaries.map((s) => s.id));
  for (const id of perIssue.keys()) if (!live.has(id)) perIssue.delete(id);

  const out: ArchivedRendering[] = [];
  for (const summary of summaries) {
    if (summary.id === exceptIssueId) continue;
    // The date is part of the key: editing it re-dates the issue's renderings.
    const key = `${summary.updatedAt}|${summary.articleCount}|${summary.date}`;
    let entry = perIssue.get(summary.id);
    if (entry?.key !== key) {
      const issue = store.getIssue(summary.id);
      entry = { key, renderings: issue ? issueRenderings(issue) : [] };
      perIssue.set(summary.id, entry);
    }
    out.push(...entry.renderings);
  }
  return out;
}
