// Recognition and check methods of the service. The recognizer is rebuilt only when the glossary
// changes (the store's revision moves), and what a check reads from the database is kept until a
// write (StoredCheckInputs), so a keystroke costs one rule pass over the draft.
import type { DonghyangApi, RecognizedTerm } from '../api.ts';
import type { IndexedConcept } from '../checks/types.ts';
import type { GlossaryStore } from '../store/index.ts';
import { buildRecognizer, packGlossary, type Recognizer } from '../match/index.ts';
import { checkWithRate, indexConcept } from '../checks/index.ts';
import { randomBytes } from 'node:crypto';
import { articleDraft } from '../checks/article-fields.ts';
import { checkArticleWith } from '../checks/article-check.ts';
import { sourceHits } from '../checks/recognition-memo.ts';
import type { StoredCheckInputs } from './stored-inputs.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { warmChecks } from '../checks/warm.ts';

type CheckMethods = Pick<
  DonghyangApi,
  'recognize' | 'checkArticle' | 'checkKit' | 'checkIndex' | 'checkIssue' | 'checkText' | 'acceptFinding' | 'listAccepted' | 'restoreAccepted'
>;

/** Concepts per JSON chunk of a check kit: a page parses one chunk per task (~20 ms for 10,000). */
const KIT_CHUNK = 10_000;

/** Texts longer than this are recognized a stretch of lines at a time, other requests answered in between. */
const RECOGNIZE_STRETCH = 20_000;

/** Edits of single concepts since the last full build that the recognizer carries as an overlay. */
const MAX_OVERLAY = 64;

export interface CheckService extends CheckMethods {
  /**
   * One concept was created, changed or deleted by a write that began at glossary revision
   * `revisionBefore`: patch the recognizer instead of rebuilding the automaton (100,000 concepts
   * take a noticeable moment to rebuild, an added term should highlight at once).
   */
  conceptChanged(id: number, revisionBefore: number): void;
  /** Names the glossary state the checks use now (CheckKit.glossaryRevision). */
  glossaryRevision(): string;
  /**
   * Builds now, a step per macrotask, what the first check of an opened article would otherwise
   * wait for: the glossary read, the recognizer, the check kit's JSON. Resolves when done.
   */
  warm(): Promise<void>;
}

export function checkMethods(store: GlossaryStore, inputs: StoredCheckInputs): CheckService {
  let recognizer: Recognizer | undefined;
  let builtAt = -1;
  // The glossary as read for the last build: a check kit sends the same list (reading 100,000
  // concepts takes a moment). Dropped when the glossary moves on.
  let indexed: { revision: number; concepts: IndexedConcept[] } | undefined;
  const currentConcepts = (): IndexedConcept[] => {
    if (indexed?.revision !== store.revision) indexed = { revision: store.revision, concepts: store.indexConcepts() };
    return indexed.concepts;
  };
  const currentRecognizer = (): Recognizer => {
    if (!recognizer || builtAt !== store.revision) {
      const built = buildRecognizer(currentConcepts());
      recognizer = built;
      builtAt = store.revision;
      // The draft indexes are built on first use; build them before the editor's first keystroke
      // needs them, unless the glossary changed again in the meantime. Memory only, no database.
      setImmediate(() => recognizer === built && built.prepareDraftIndexes()).unref();
    }
    return recognizer;
  };

  // Per service instance: a revision named before a restart never matches one named after it.
  const instance = randomBytes(6).toString('hex');
  const glossaryRevision = () => `${instance}-${store.revision}`;
  // The glossary as JSON for check kits, made once per revision (100,000 concepts take a moment).
  let conceptsJson: { revision: string; chunks: string[] } | undefined;

  const kitJson = (revision: string): string[] => {
    if (conceptsJson?.revision !== revision) {
      const concepts = currentConcepts();
      const chunks: string[] = [];
      for (let at = 0; at < concepts.length; at += KIT_CHUNK) chunks.push(JSON.stringify(concepts.slice(at, at + KIT_CHUNK)));
      conceptsJson = { revision, chunks };
    }
    return conceptsJson.chunks;
  };
  const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

  // The recognizer's built index and the concepts in one byte array (match/index-pack.ts), made once
  // per revision: a page takes it over in about a second instead of building it for several.
  // Only a recognizer without edits overlaid has an index of its own to hand over.
  let packed: { revision: string; bytes: Uint8Array } | undefined;
  const packedIndex = (revision: string): Uint8Array | null => {
    if (packed?.revision === revision) return packed.bytes;
    const built = currentRecognizer();
    if (built.overlaySize > 0) return null;
    built.prepareDraftIndexes();
    packed = { revision, bytes: packGlossary(built.parts(), kitJson(revision)) };
    conceptsJson = undefined; // packed now: kits of this revision send no JSON unless asked for it
    return packed.bytes;
  };

  /** The text checked, its issue's drafts and this article's place among them. */
  const articleInputs = (articleId: number) => {
    const article = inputs.article(articleId);
    if (!article) throw new NotFoundError(`article ${articleId} does not exist`);
    const issue = inputs.issue(article.issueId);
    const articles = issue?.articles ?? [];
    return {
      article,
      rate: issue?.rate ?? null,
      issueDrafts: articles.map((a) => articleDraft(a)),
      self: articles.findIndex((a) => a.id === articleId),
    };
  };

  return {
    glossaryRevision,
    async warm() {
      currentConcepts();
      await nextTask();
      const built = currentRecognizer();
      await nextTask();
      built.prepareDraftIndexes();
      await nextTask();
      // What the first check would load on first use (dictionaries, transcription tables).
      warmChecks(built);
      await nextTask();
      packedIndex(glossaryRevision());
    },
    conceptChanged(id, revisionBefore) {
      if (!recognizer || builtAt !== revisionBefore || recognizer.overlaySize >= MAX_OVERLAY) return;
      const concept = store.getConcept(id);
      recognizer = concept ? recognizer.withConcept(indexConcept(id, concept)) : recognizer.withoutConcept(id);
      builtAt = store.revision;
    },
    async recognize({ text }) {
      const r = currentRecognizer();
      // Through the checks' memo: the check that follows scans the same source.
      if (text.length <= RECOGNIZE_STRETCH) return sourceHits(r, text).map((hit) => ({ ...hit, concept: r.concept(hit.conceptId)! }));
      // A long text a stretch of whole lines at a time (no term spans a line end, so the hits are
      // those of the whole text), answering other requests in between: a keystroke's check
      // from another editor does not wait for a 200,000-character text.
      const out: RecognizedTerm[] = [];
      for (let at = 0; at < text.length; ) {
        const lineEnd = text.indexOf('\n', Math.min(text.length, at + RECOGNIZE_STRETCH));
        const end = lineEnd < 0 ? text.length : lineEnd + 1;
        for (const hit of r.findInSource(text.slice(at, end))) {
          out.push({ start: hit.start + at, end: hit.end + at, conceptId: hit.conceptId, text: hit.text, concept: r.concept(hit.conceptId)! });
        }
        at = end;
        if (at < text.length) await nextTask();
      }
      return out;
    },
    async checkArticle({ articleId, draft, title, lead, sources }) {
      const { article, rate, issueDrafts, self } = articleInputs(articleId);
      const text = { title: title ?? article.title, lead: lead ?? article.lead, body: draft ?? article.body };
      const sourceTexts = sources ?? article.sources.map((s) => s.text);
      const checkInputs = { recognizer: currentRecognizer(), rate, issueDrafts, self, archive: inputs.archive(article.issueId), accepted: inputs.accepted() };
      return checkArticleWith(checkInputs, text, sourceTexts);
    },
    async checkKit({ articleId, glossaryRevision: held, packed: wantsPacked }) {
      const { article, rate, issueDrafts, self } = articleInputs(articleId);
      const revision = glossaryRevision();
      const indexPacked = held !== revision && wantsPacked === true && packedIndex(revision) !== null;
      return {
        glossaryRevision: revision,
        conceptsJson: held === revision || indexPacked ? null : kitJson(revision),
        ...(indexPacked ? { indexPacked } : {}),
        rate,
        issueDrafts,
        self,
        archive: inputs.archive(article.issueId),
        accepted: [...inputs.accepted()],
      };
    },
    async checkIndex({ glossaryRevision: wanted }) {
      const revision = glossaryRevision();
      if (wanted !== revision) throw new ConflictError(`the glossary changed (now ${revision}, asked for ${wanted}): load the check kit again`);
      const bytes = packedIndex(revision);
      if (!bytes) throw new ConflictError('the glossary has edits since its index was built: load the check kit again');
      return bytes;
    },
    async checkIssue({ issueId }) {
      const issue = inputs.issue(issueId);
      if (!issue) throw new NotFoundError(`issue ${issueId} does not exist`);
      const issueDrafts = issue.articles.map((a) => articleDraft(a));
      const shared = { recognizer: currentRecognizer(), rate: issue.rate, issueDrafts, archive: inputs.archive(issueId), accepted: inputs.accepted() };
      return {
        articles: issue.articles.map((a, self) => ({
          articleId: a.id,
          title: a.title,
          result: checkArticleWith({ ...shared, self }, a, a.sources.map((s) => s.text)),
        })),
      };
    },
    async checkText({ draft, sources, rate }) {
      // No issue: no other drafts, no archive to compare with.
      return checkWithRate({ draft, sources, rate, issueDrafts: [draft], recognizer: currentRecognizer(), archive: inputs.archive(), accepted: inputs.accepted() });
    },
    async acceptFinding(req) {
      store.acceptFinding(req);
    },
    async listAccepted() {
      return store.listAccepted();
    },
    async restoreAccepted({ key }) {
      store.restoreAccepted(key);
    },
  };
}
