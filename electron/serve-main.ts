// `node electron/dist/serve-main.mjs` (its build, made by `npm install`) or `node --import tsx
// electron/serve-main.ts`: the web mode on its own. Uses DONGHYANG_DB (else the
// default user-data database) and DONGHYANG_PORT; runs until SIGINT/SIGTERM, then closes the DB.
import path from 'node:path';
import { defaultDbPath, repoRoot } from '../glossary/paths.ts';
import { startWebServer } from './serve.ts';

// In the JavaScript build (scripts/build.mjs, electron/dist/serve-main.mjs) this names the bundled
// glossary worker; run from the TypeScript source it is not defined and the worker runs from source too.
declare const DONGHYANG_BUNDLED_WORKER: string | undefined;
const bundledWorker = typeof DONGHYANG_BUNDLED_WORKER === 'string' ? { script: path.join(repoRoot, DONGHYANG_BUNDLED_WORKER) } : undefined;

const server = await startWebServer({
  dbPath: defaultDbPath(),
  glossaryWorker: bundledWorker,
  openBrowser: process.argv.includes('--open'),
});
console.log(`Donghyang web mode: ${server.url}`);
void server.ready.then((ms) => ms >= 0 && console.log(`Donghyang web mode: glossary ready (${ms} ms)`));

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`Donghyang web mode: ${signal}, closing`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
