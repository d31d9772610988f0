// Comparing texts and saved versions for the reviewer: word-level insertions and deletions, with
// character-level parts inside a changed Korean word (위화퉁을 → 이화퉁을 marks only 위 → 이), and
// a side-by-side form (one row per line) for the UI. Pure; uses jsdiff.
//
// jsdiff's own word tokenizers (diffWords, diffWordsWithSpace) only know Latin letters as word
// characters: they cut Hangul and Han text into single characters, which makes a Korean diff
// character-level everywhere (두 다른 단어가 공통 글자 조사로 엮임). So texts are tokenized here
// by script (a Hangul run, a Han run, a run of other letters/digits, a whitespace run, a newline,
// any other single character) and the token lists are compared with diffArrays.
import { diffArrays, diffChars } from 'diff';
import type { ArticleSource, ArticleState } from '../model.ts';
import type { VersionArticle, VersionInfo, VersionSnapshot } from '../store/versions.ts';

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** One line of each side; null where the other side has a line this side does not. */
export interface SideBySideRow {
  left: DiffPart[] | null;
  right: DiffPart[] | null;
  /** 1-based line numbers in the before and after text. */
  leftLine: number | null;
  rightLine: number | null;
  changed: boolean;
}

const TOKEN =
  /\r?\n|[^\S\r\n]+|\p{Script=Hangul}+|\p{Script=Han}+|(?:(?![\p{Script=Hangul}\p{Script=Han}])[\p{L}\p{M}\p{N}_])+|./gsu;
const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * Character parts for a Korean word replaced by another, or undefined when the two words share
 * less than half of the longer one (then a whole-word replacement reads better).
 */
function refineKoreanWord(before: string, after: string): DiffPart[] | undefined {
  if (!HANGUL_WORD.test(before) || !HANGUL_WORD.test(after)) return undefined;
  const changes = diffChars(before, after);
  const shared = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.length, 0);
  if (shared * 2 < Math.max(before.length, after.length)) return undefined;
  const parts: DiffPart[] = [];
  for (const c of changes) push(parts, c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value);
  return parts;
}

/**
 * Beyond this many inserted + deleted tokens two texts are shown as replaced whole: the diff's
 * cost grows with text length × edits, and a rewritten article reads better that way anyway.
 */
export const MAX_EDITS = 4000;

/** Word-level parts turning `before` into `after`; joined, the equal+delete parts give `before`. */
export function compareTexts(before: string, after: string, options: { maxEdits?: number } = {}): DiffPart[] {
  const parts: DiffPart[] = [];
  if (before === after) {
    push(parts, 'equal', before);
    return parts;
  }
  // jsdiff lists a removal before the insertion that replaces it.
  const changes = diffArrays(tokenize(before), tokenize(after), { maxEditLength: options.maxEdits ?? MAX_EDITS });
  if (!changes) {
    push(parts, 'delete', before);
    push(parts, 'insert', after);
    return parts;
  }
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const text = change.value.join('');
    const next = changes[i + 1];
    if (change.removed && next?.added && change.value.length === 1 && next.value.length === 1) {
      const refined = refineKoreanWord(text, next.value[0]!);
      if (refined) {
        for (const part of refined) push(parts, part.kind, part.text);
        i++;
        continue;
      }
    }
    push(parts, change.added ? 'insert' : change.removed ? 'delete' : 'equal', text);
  }
  return parts;
}

function linesOf(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/** One side of a pair of lines: the other side's parts dropped, neighbours merged again. */
function without(kind: DiffKind, parts: readonly DiffPart[]): DiffPart[] {
  const side: DiffPart[] = [];
  for (const part of parts) if (part.kind !== kind) push(side, part.kind, part.text);
  return side;
}

function only(kind: DiffKind, text: string): DiffPart[] {
  return text === '' ? [] : [{ kind, text }];
}

/**
 * Rows for a side-by-side view: lines are aligned first, then each pair of changed lines is
 * compared word by word (deleted parts on the left, inserted parts on the right).
 */
export function sideBySide(before: string, after: string): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let leftLine = 0;
  let rightLine = 0;
  const changes = diffArrays(linesOf(before), linesOf(after));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const line of change.value) {
        rows.push({ left: only('equal', line), right: only('equal', line), leftLine: ++leftLine, rightLine: ++rightLine, changed: false });
      }
      continue;
    }
    const removed = change.removed ? change.value : [];
    const added = change.removed && changes[i + 1]?.added ? changes[++i]!.value : change.added ? change.value : [];
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const left = removed[k];
      const right = added[k];
      if (left !== undefined && right !== undefined) {
        const parts = compareTexts(left, right);
        rows.push({
          left: without('insert', parts),
          right: without('delete', parts),
          leftLine: ++leftLine,
          rightLine: ++rightLine,
          changed: true,
        });
      } else if (left !== undefined) {
        rows.push({ left: only('delete', left), right: null, leftLine: ++leftLine, rightLine: null, changed: true });
      } else {
        rows.push({ left: null, right: only('insert', right!), leftLine: null, rightLine: ++rightLine, changed: true });
      }
    }
  }
  return rows;
}

// ---- saved versions ----

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FieldDiff {
  changed: boolean;
  parts: DiffPart[];
  rows: SideBySideRow[];
}

export interface SourceDiff {
  sourceId: number;
  change: ChangeKind;
  title: FieldDiff;
  url: FieldDiff;
  text: FieldDiff;
}

export interface ArticleDiff {
  articleId: number;
  change: ChangeKind;
  /** The title to show: the later one, or the earlier one for a removed article. */
  title: string;
  state: { before: ArticleState | null; after: ArticleState | null };
  /** Section, category or position differ (only for an article in both versions). */
  moved: boolean;
  fields: { title: FieldDiff; lead: FieldDiff; body: FieldDiff };
  /** In the later version's order, removed sources last. */
  sources: SourceDiff[];
}

export interface VersionComparison {
  before: VersionInfo;
  after: VersionInfo;
  /** In the later version's order; a removed article where it stood in the earlier one. */
  articles: ArticleDiff[];
  counts: Record<ChangeKind, number>;
}

function fieldDiff(before: string, after: string): FieldDiff {
  return { changed: before !== after, parts: compareTexts(before, after), rows: sideBySide(before, after) };
}

function changeOf(before: unknown, after: unknown, changed: boolean): ChangeKind {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  return changed ? 'changed' : 'unchanged';
}

function compareSources(before: readonly ArticleSource[], after: readonly ArticleSource[]): SourceDiff[] {
  const earlier = new Map(before.map((s) => [s.id, s]));
  const later = new Set(after.map((s) => s.id));
  const pairs: [ArticleSource | undefined, ArticleSource | undefined][] = [
    ...after.map((s): [ArticleSource | undefined, ArticleSource] => [earlier.get(s.id), s]),
    ...before.filter((s) => !later.has(s.id)).map((s): [ArticleSource, undefined] => [s, undefined]),
  ];
  return pairs.map(([a, b]) => {
    const title = fieldDiff(a?.title ?? '', b?.title ?? '');
    const url = fieldDiff(a?.url ?? '', b?.url ?? '');
    const text = fieldDiff(a?.text ?? '', b?.text ?? '');
    return { sourceId: (b ?? a)!.id, change: changeOf(a, b, title.changed || url.changed || text.changed), title, url, text };
  });
}

function compareArticle(a: VersionArticle | undefined, b: VersionArticle | undefined): ArticleDiff {
  const fields = {
    title: fieldDiff(a?.title ?? '', b?.title ?? ''),
    lead: fieldDiff(a?.lead ?? '', b?.lead ?? ''),
    body: fieldDiff(a?.body ?? '', b?.body ?? ''),
  };
  const sources = compareSources(a?.sources ?? [], b?.sources ?? []);
  const moved = a !== undefined && b !== undefined &&
    (a.section !== b.section || a.category !== b.category || a.position !== b.position);
  const changed = moved || a?.state !== b?.state || Object.values(fields).some((f) => f.changed) ||
    sources.some((s) => s.change !== 'unchanged');
  return {
    articleId: (b ?? a)!.id,
    change: changeOf(a, b, changed),
    title: (b ?? a)!.title,
    state: { before: a?.state ?? null, after: b?.state ?? null },
    moved,
    fields,
    sources,
  };
}

function infoOf(version: VersionSnapshot): VersionInfo {
  const { id, issueId, articleId, label, createdAt, who, articleIds } = version;
  return { id, issueId, articleId, label, createdAt, who, articleIds: [...articleIds] };
}

/**
 * What changed from version `before` to version `after`, per article (matched by id). With
 * `articleId`, only that article is compared (an article version against an issue version).
 */
export function compareVersions(
  before: VersionSnapshot,
  after: VersionSnapshot,
  options: { articleId?: number } = {},
): VersionComparison {
  const pick = (v: VersionSnapshot) =>
    v.articles.filter((a) => options.articleId === undefined || a.id === options.articleId);
  const earlier = new Map(pick(before).map((a) => [a.id, a]));
  const later = new Map(pick(after).map((a) => [a.id, a]));
  // Merging the two id orders places a removed article where it stood; a moved one is listed
  // once, where it stands now.
  const order: number[] = [];
  for (const change of diffArrays([...earlier.keys()], [...later.keys()])) {
    for (const id of change.value) if (!(change.removed && later.has(id)) && !order.includes(id)) order.push(id);
  }
  const articles = order.map((id) => compareArticle(earlier.get(id), later.get(id)));
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const article of articles) counts[article.change]++;
  return { before: infoOf(before), after: infoOf(after), articles, counts };
}
