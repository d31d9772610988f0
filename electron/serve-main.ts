// `node --import tsx electron/serve-main.ts`: the web mode on its own. Uses DONGHYANG_DB (else the
// default user-data database) and DONGHYANG_PORT; runs until SIGINT/SIGTERM, then closes the DB.
import { defaultDbPath } from '../glossary/paths.ts';
import { startWebServer } from './serve.ts';

const server = await startWebServer({
  dbPath: defaultDbPath(),
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
