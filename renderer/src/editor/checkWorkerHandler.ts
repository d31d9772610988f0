// What the check worker does with each message (check.worker.ts is only its entry): builds the
// glossary index from a CheckKit (seconds for 100,000 concepts, so not in the page), checks
// keystrokes until the page has taken the index over, and hands the built index to the page.
import type { IndexedConcept } from '../../../glossary/checks/types.ts';
import { buildRecognizer } from '../../../glossary/match/index.ts';
import { ArticleChecker } from './articleChecker.ts';
import type { FromWorker, ToWorker } from './checkWorkerProtocol.ts';

export function createCheckWorkerHandler(send: (message: FromWorker) => void): (message: ToWorker) => void {
  const checker = new ArticleChecker('w');

  const loadKit = (message: Extract<ToWorker, { type: 'kit' }>) => {
    const { articleId, kit } = message;
    if (kit.conceptsJson !== null) {
      const concepts = kit.conceptsJson.flatMap((chunk) => JSON.parse(chunk) as IndexedConcept[]);
      const recognizer = buildRecognizer(concepts);
      recognizer.prepareDraftIndexes(); // before the first keystroke needs them
      checker.setGlossary(kit.glossaryRevision, recognizer);
      // Copied, not moved: the worker keeps checking with these arrays until the page has its own.
      send({ type: 'index', glossaryRevision: kit.glossaryRevision, parts: recognizer.parts() });
    }
    if (checker.setArticle(articleId, kit)) send({ type: 'kit-ready', articleId, glossaryRevision: kit.glossaryRevision });
    else send({ type: 'kit-failed', articleId, message: `the kit names glossary ${kit.glossaryRevision}, which the worker does not hold` });
  };

  return (message) => {
    try {
      if (message.type === 'kit') loadKit(message);
      else send({ type: 'result', id: message.id, result: checker.check(message.articleId, message, message.sources, true) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (message.type === 'kit') send({ type: 'kit-failed', articleId: message.articleId, message: text });
      else send({ type: 'check-failed', id: message.id, message: text });
    }
  };
}
