// The real implementation of the DonghyangApi contract over the SQLite store, the exchange formats,
// the readings and the checks. Both hosts (Electron IPC, HTTP web mode) and the CLI use it.
import fs from 'node:fs';
import path from 'node:path';
import type { DonghyangApi } from './api.ts';
import { openStore, seedIfNew } from './store/index.ts';
import { glossaryMethods } from './service/glossary.ts';
import { issueMethods } from './service/issues.ts';
import { checkMethods } from './service/checks.ts';
import { liveCheckMethods } from './service/live-checks.ts';
import { reviewMethods } from './service/review.ts';
import { issueFileMethods } from './service/issue-files.ts';
import { workbenchMethods } from './service/workbench.ts';
import { browseMethods } from './service/concept-browse.ts';
import { StoredCheckInputs, dropOnWrites, oneWriteAtATime } from './service/stored-inputs.ts';
import type { GlossaryWorkerScript } from './store/in-worker.ts';
import { reviewRules } from './team/review-rules.ts';
import { teamTables, type TeamTables } from './team/tables.ts';
import { userMethods } from './team/user-methods.ts';
import { claimMethods } from './team/claim.ts';

export interface ServiceOptions {
  dbPath: string;
  /** Name recorded in the history; defaults to the OS user. */
  who?: string;
  /** Load the seed glossary into a new database (default true). */
  seed?: boolean;
  /** Apply glossary imports and make exports in this worker thread, so the app keeps answering (and showing progress). */
  glossaryWorker?: GlossaryWorkerScript;
}

export type Service = DonghyangApi & {
  close(): void;
  /** Builds the glossary recognizer and check kit ahead of the first check (see CheckService.warm). */
  warm(): Promise<void>;
  /** The accounts, sessions and article state log, for the team server and the `user` commands. */
  team: TeamTables;
};

export async function createService(options: ServiceOptions): Promise<Service> {
  fs.mkdirSync(path.dirname(path.resolve(options.dbPath)), { recursive: true });
  const store = openStore(options.dbPath, { who: options.who });
  if (options.seed !== false) await seedIfNew(store);
  const inputs = new StoredCheckInputs(store);
  const { conceptChanged, glossaryRevision, warm, ...checks } = checkMethods(store, inputs);
  const glossary = glossaryMethods(store, conceptChanged, options.glossaryWorker);
  const { exportProgress, ...issueFiles } = issueFileMethods(store);
  const team = teamTables(store);
  const methods = reviewRules({
    ...glossary,
    ...issueMethods(store),
    ...checks,
    ...liveCheckMethods(checks.checkArticle, glossaryRevision),
    ...reviewMethods(store, checks.checkIssue),
    ...issueFiles,
    ...workbenchMethods(store),
    ...browseMethods(store),
    progress: async () => exportProgress() ?? glossary.progress(),
    ...userMethods(team.accounts),
    ...claimMethods(store),
  }, store);
  return { ...oneWriteAtATime(dropOnWrites(methods, inputs)), close: () => store.close(), warm, team };
}
