// Checks in the page instead of in the service: a keystroke's findings are then ready for the very
// frame that shows the keystroke (a round trip to any other process lands a frame later).
//   1. load(article) fetches the article's CheckKit. When the service offers its own built index
//      packed (CheckKit.indexPacked), the page fetches and takes it over between frames, and warms
//      the checks' tables a task at a time meanwhile; no worker is started.
//   2. Otherwise the kit goes to the check worker (started then), which builds the glossary index
//      (seconds for 100,000 concepts) and checks keystrokes meanwhile, then sends the built index;
//      the page takes it over between frames (the concepts a chunk per task, then
//      ConceptIndex.fromPartsInSteps).
// From then on the page checks synchronously, in the keystroke's own task.
// A kit of the same glossary state (a reload after accepting a finding) only replaces the article's
// inputs. When no worker can run, or a kit cannot load, the editor keeps asking the service.
import type { CheckKit, CheckResult, LiveCheckResult } from '../../../glossary/api.ts';
import type { IndexedConcept } from '../../../glossary/checks/types.ts';
import { ConceptIndex, Recognizer, buildRecognizer, unpackGlossary, type ConceptIndexParts } from '../../../glossary/match/index.ts';
import { warmChecksInSteps } from '../../../glossary/checks/warm.ts';
import { ArticleChecker } from './articleChecker.ts';
import type { FromWorker, ToWorker } from './checkWorkerProtocol.ts';
import type { Draft } from './draft.ts';
import { LiveResults } from './liveFindings.ts';

export interface LocalCheck extends CheckResult {
  glossaryRevision: string;
  /** Where the check ran: in the page (in the keystroke's own task) or in the worker. */
  ranIn: 'page' | 'worker';
}

/**
 * How long a keystroke's check may take in the page (the median of the last few, so that one
 * garbage collection does not count): a frame. An article whose checks take longer (a very long
 * text) is checked in the worker instead, and typing keeps its pace.
 */
const IN_PAGE_BUDGET_MS = 16;
/** Checks in the page whose median is compared with the budget. */
const TIMED_CHECKS = 5;

function textLength(draft: Draft, sources: readonly string[]): number {
  return draft.title.length + draft.lead.length + draft.body.length + sources.reduce((sum, s) => sum + s.length, 0);
}

/** Messages in and out of a worker (a Worker, or a stand-in in the tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** How the checker gets an article's kit (the service's checkKit). */
export type KitFetch = (req: { articleId: number; glossaryRevision?: string; packed?: boolean }) => Promise<CheckKit>;
/** How the checker gets the packed index of a kit with `indexPacked` (the service's checkIndex). */
export type IndexFetch = (req: { glossaryRevision: string }) => Promise<Uint8Array>;

/** Runs the next step of long work in a later task, so frames (and keystrokes) go in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function fromLive(result: LiveCheckResult, findings: CheckResult['findings'], ranIn: LocalCheck['ranIn']): LocalCheck {
  return { rate: result.rate, rateSource: result.rateSource, glossaryRevision: result.glossaryRevision, findings, ranIn };
}

export class LocalChecker {
  private readonly inPage = new ArticleChecker('p');
  /** The article whose kit the worker holds (null while none, or while one loads). */
  private workerArticle: number | null = null;
  private kit: { articleId: number; kit: CheckKit } | null = null;
  /** The concepts of the newest glossary state, as fetched: the page parses them when it takes over. */
  private concepts: { revision: string; chunks: string[] } | null = null;
  private revision: string | null = null;
  private loading: Promise<boolean> | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: LocalCheck) => void; reject: (e: Error) => void }>();
  private kitWaiter: ((reply: FromWorker) => void) | null = null;
  private readonly workerResults = new LiveResults();
  private broken = false;
  /** The longest text (in characters) the page checks within its budget; learned per article. */
  private inPageChars = Infinity;
  /** Milliseconds per character of the last checks in the page. */
  private readonly timings: number[] = [];
  private readonly listeners = new Set<() => void>();
  /** Set while a load falls back from the packed index to the worker's build. */
  private packedFailed = false;
  private warming: Promise<void> | null = null;
  /** The glossary state the page took over packed (held by the page only, not by the worker). */
  private packedRevision: string | null = null;

  private port: WorkerPort | null = null;

  /**
   * `worker`: the worker, or what makes it when first needed (a glossary taken over packed needs
   * none: the page then does not load and start the worker's code at all).
   */
  constructor(
    private readonly worker: WorkerPort | (() => WorkerPort),
    private readonly fetchKit: KitFetch,
    private readonly inPageBudgetMs = IN_PAGE_BUDGET_MS,
    private readonly fetchIndex?: IndexFetch,
  ) {
    if (typeof worker !== 'function') this.listen(worker);
  }

  private listen(worker: WorkerPort): WorkerPort {
    this.port = worker;
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = () => {
      this.broken = true;
      this.workerArticle = null;
      for (const { reject } of this.waiting.values()) reject(new Error('the check worker stopped'));
      this.waiting.clear();
      this.kitWaiter?.({ type: 'kit-failed', articleId: -1, message: 'the check worker stopped' });
    };
    return worker;
  }

  /** The worker, made now if it was not yet; throws when it cannot be made. */
  private workerPort(): WorkerPort {
    if (this.port) return this.port;
    try {
      return this.listen((this.worker as () => WorkerPort)());
    } catch (error) {
      this.broken = true;
      throw error;
    }
  }

  /** Calls `listener` whenever where checks can run changed (a kit loaded, the index taken over). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Whether `articleId` can be checked here now (in the page or in the worker). */
  readyFor(articleId: number): boolean {
    if (this.loading !== null) return false;
    return this.inPage.readyFor(articleId) || (!this.broken && this.workerArticle === articleId);
  }

  /** Whether checks of `articleId` run in the page itself (the index has been taken over). */
  inPageFor(articleId: number): boolean {
    return this.loading === null && this.inPage.readyFor(articleId);
  }

  /** The glossary state of the loaded kit. */
  get glossaryRevision(): string | null {
    return this.revision;
  }

  /** Loads (or reloads) the kit of an article; resolves false when it could not. */
  load(articleId: number): Promise<boolean> {
    if (this.broken) return Promise.resolve(false);
    const previous = this.loading ?? Promise.resolve(true);
    const loading = previous.then(() => this.loadNow(articleId));
    this.loading = loading;
    void loading.then(() => {
      if (this.loading === loading) this.loading = null;
      this.changed();
    });
    return loading;
  }

  private async loadNow(articleId: number): Promise<boolean> {
    this.workerArticle = null;
    this.inPageChars = Infinity;
    this.timings.length = 0;
    if (this.fetchIndex && !this.packedFailed) {
      try {
        const kit = await this.fetchKit({ articleId, glossaryRevision: this.revision ?? undefined, packed: true });
        if (kit.indexPacked) return await this.takeOverPacked(articleId, kit, this.fetchIndex);
        if (kit.conceptsJson === null && kit.glossaryRevision === this.packedRevision && this.inPage.setArticle(articleId, kit)) {
          // The page holds this glossary state already (taken over packed; the worker never had it).
          this.kit = { articleId, kit };
          return true;
        }
        return await this.loadInWorker(articleId, kit);
      } catch {
        // The packed index could not be had or read (the glossary moved on meanwhile, an old
        // service): this once, the worker builds the index from the concepts instead.
        this.packedFailed = true;
      }
    }
    try {
      return await this.loadInWorker(articleId, await this.fetchKit({ articleId, glossaryRevision: this.revision ?? undefined }));
    } catch {
      return false;
    } finally {
      this.packedFailed = false;
    }
  }

  /**
   * Takes over the service's own built index (CheckKit.indexPacked): a step per task, so frames go
   * in between; the service checks meanwhile. The worker is not needed for this glossary state.
   */
  private async takeOverPacked(articleId: number, kit: CheckKit, fetchIndex: IndexFetch): Promise<boolean> {
    const fetching = fetchIndex({ glossaryRevision: kit.glossaryRevision });
    // While the bytes are on their way: what the first check in the page would load on first use.
    const warming = this.warm();
    const { parts, conceptChunks } = unpackGlossary(await fetching);
    const concepts: IndexedConcept[] = [];
    for (const chunk of conceptChunks) {
      await nextTask();
      for (const concept of JSON.parse(chunk) as IndexedConcept[]) concepts.push(concept);
    }
    const steps = ConceptIndex.fromPartsInSteps(concepts, parts);
    let step = steps.next();
    while (!step.done) {
      await nextTask();
      step = steps.next();
    }
    await warming;
    this.inPage.setGlossary(kit.glossaryRevision, Recognizer.fromIndex(step.value));
    this.kit = { articleId, kit };
    this.inPage.setArticle(articleId, kit);
    this.revision = kit.glossaryRevision;
    this.packedRevision = kit.glossaryRevision;
    this.concepts = null;
    return true;
  }

  /**
   * Loads what the checks load on first use, a table per task: each is a long task, and the page
   * paints and answers in between. Once per page.
   */
  private warm(): Promise<void> {
    this.warming ??= (async () => {
      const steps = warmChecksInSteps(buildRecognizer([]));
      while (!steps.next().done) await nextTask();
    })();
    return this.warming;
  }

  /** Hands the kit to the worker, which builds the index from the kit's concepts and offers it to the page. */
  private async loadInWorker(articleId: number, kit: CheckKit): Promise<boolean> {
    try {
      if (kit.conceptsJson !== null) this.concepts = { revision: kit.glossaryRevision, chunks: kit.conceptsJson };
      this.kit = { articleId, kit };
      this.inPage.setArticle(articleId, kit); // false until the page holds this glossary state
      const reply = await new Promise<FromWorker>((resolve) => {
        this.kitWaiter = resolve;
        this.workerPort().postMessage({ type: 'kit', articleId, kit });
      });
      this.kitWaiter = null;
      if (reply.type !== 'kit-ready') {
        this.revision = null; // the next kit brings the concepts again
        return false;
      }
      this.workerArticle = articleId;
      this.revision = reply.glossaryRevision;
      this.workerResults.clear();
      return true;
    } catch {
      return false;
    }
  }

  /** Checks in the page when it can (the answer is ready in this task), else in the worker. */
  check(articleId: number, draft: Draft, sources: string[]): Promise<LocalCheck> {
    const length = textLength(draft, sources);
    const inWorker = this.workerArticle === articleId && !this.broken;
    if (this.inPageFor(articleId) && (length <= this.inPageChars || !inWorker)) {
      try {
        const started = performance.now();
        const result = this.inPage.check(articleId, draft, sources, false);
        this.timed(length, performance.now() - started);
        return Promise.resolve(fromLive(result, result.findings as CheckResult['findings'], 'page'));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workerPort().postMessage({ type: 'check', id, articleId, title: draft.title, lead: draft.lead, body: draft.body, sources });
    });
  }

  /** Over budget (the median of the last checks): texts this long, and longer, go to the worker. */
  private timed(length: number, took: number): void {
    this.timings.push(took / Math.max(length, 1));
    if (this.timings.length > TIMED_CHECKS) this.timings.shift();
    if (this.timings.length < TIMED_CHECKS) return;
    const perChar = [...this.timings].sort((a, b) => a - b)[Math.floor(TIMED_CHECKS / 2)]!;
    if (perChar * length > this.inPageBudgetMs) this.inPageChars = Math.floor(this.inPageBudgetMs / perChar);
  }

  private receive(reply: FromWorker): void {
    if (reply.type === 'index') {
      void this.takeOver(reply.glossaryRevision, reply.parts);
      return;
    }
    if (reply.type === 'kit-ready' || reply.type === 'kit-failed') {
      this.kitWaiter?.(reply);
      return;
    }
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (reply.type === 'check-failed') {
      waiting.reject(new Error(reply.message));
      return;
    }
    try {
      waiting.resolve(fromLive(reply.result, this.workerResults.receive(reply.result), 'worker'));
    } catch (error) {
      this.workerResults.clear();
      waiting.reject(error as Error);
    }
  }

  /** Takes the worker's index over, a step per task; dropped when a newer glossary state arrived. */
  private async takeOver(revision: string, parts: ConceptIndexParts): Promise<void> {
    const chunks = this.concepts?.revision === revision ? this.concepts.chunks : null;
    if (!chunks) return;
    const concepts: IndexedConcept[] = [];
    for (const chunk of chunks) {
      await nextTask();
      if (this.concepts?.revision !== revision) return;
      for (const concept of JSON.parse(chunk) as IndexedConcept[]) concepts.push(concept);
    }
    const steps = ConceptIndex.fromPartsInSteps(concepts, parts);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        if (this.concepts?.revision !== revision) return;
        this.inPage.setGlossary(revision, Recognizer.fromIndex(step.value));
        if (this.kit) this.inPage.setArticle(this.kit.articleId, this.kit.kit);
        this.concepts = { revision, chunks: [] }; // parsed: the text is not needed any more
        this.changed();
        return;
      }
      await nextTask();
    }
  }
}
