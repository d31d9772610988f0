// For tests: the web mode on a temp folder (its database and a one-line renderer), removed by stop().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebServer, type WebServer } from './serve.ts';

export interface TestWebServer {
  server: WebServer;
  /** The temp folder: test.db and dist/ (the renderer) live in it. */
  dir: string;
  stop(): Promise<void>;
}

export async function startTestWebServer(name: string): Promise<TestWebServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dh-${name}-`));
  const rendererDir = path.join(dir, 'dist');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Donghyang</title>');
  const server = await startWebServer({ dbPath: path.join(dir, 'test.db'), port: 0, rendererDir });
  return {
    server,
    dir,
    async stop() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
