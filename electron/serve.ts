// Web mode: the service contract over HTTP (and a WebSocket, serve-socket.ts) plus the built renderer, on 127.0.0.1 only, guarded by a
// token (kept per user-data folder, serve-identity.ts), Host/Origin checks and a strict CSP. Used by `npm start` when Electron's binary
// is absent, and by the Playwright tests.
import http from 'node:http';
import { closeOnce } from './close-server.ts';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createService, type Service } from '../glossary/service.ts';
import { repoRoot } from '../glossary/paths.ts';
import { sourceGlossaryWorker, type GlossaryWorkerScript } from '../glossary/store/in-worker.ts';
import { checkHostAndOrigin, handleApi, sendError } from './serve-api.ts';
import { serveStatic } from './serve-static.ts';
import { attachApiSocket } from './serve-socket.ts';
import { loadWebIdentity, rememberPort } from './serve-identity.ts';

export interface WebServerOptions {
  dbPath: string;
  /**
   * 0 (default): the port of the last run on this user-data folder when it is free, else any free
   * one; DONGHYANG_PORT may set one when this is absent.
   */
  port?: number;
  /** The built renderer; default renderer/dist. */
  rendererDir?: string;
  openBrowser?: boolean;
  /** The import/export thread's script; default the TypeScript source (through tsx). */
  glossaryWorker?: GlossaryWorkerScript;
}

export interface WebServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
  /** Resolves with the milliseconds it took once the glossary's recognizer and check kit are built. */
  ready: Promise<number>;
}

export const DEFAULT_RENDERER_DIR = path.join(repoRoot, 'renderer', 'dist');

function portFromEnv(): number {
  const raw = process.env.DONGHYANG_PORT;
  if (!raw) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`DONGHYANG_PORT must be a port number, got "${raw}"`);
  return port;
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined); // no browser opener: the printed URL is enough
  child.unref();
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  // Imports and exports run in a worker thread, so progress polls and searches are answered meanwhile.
  const service: Service = await createService({ dbPath: options.dbPath, glossaryWorker: options.glossaryWorker ?? sourceGlossaryWorker() });
  // Token and port survive restarts (serve-identity.ts): an open page reconnects and saves.
  const dataDir = path.dirname(path.resolve(options.dbPath));
  const identity = loadWebIdentity(dataDir);
  const token = identity.token;
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  let port = 0;

  const server = http.createServer((req, res) => {
    const refused = checkHostAndOrigin(req, port);
    if (refused) {
      sendError(res, refused.status, { name: 'Refused', message: refused.message });
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      void handleApi(req, res, pathname, { api: service, token, port: () => port });
    } else {
      serveStatic(rendererDir, pathname, req.method ?? 'GET', res);
    }
  });
  server.requestTimeout = 5 * 60_000;
  const closeSockets = attachApiSocket(server, { api: service, token, port: () => port });

  const listen = (at: number) =>
    new Promise<void>((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      server.once('error', failed);
      server.listen(at, '127.0.0.1', () => {
        server.off('error', failed);
        resolve();
      });
    });
  const asked = options.port ?? portFromEnv();
  try {
    if (asked !== 0 || identity.port === undefined) await listen(asked);
    else await listen(identity.port).catch(() => listen(0)); // taken by another program: any free port
  } catch (error) {
    service.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  rememberPort(dataDir, identity, port);
  // The first article opened should not wait for the glossary's recognizer (seconds at 100,000
  // concepts): it is built now, in steps, while the page loads. After close() it stops at its next step.
  const warmStart = performance.now();
  const ready = service.warm().then(
    () => Math.round(performance.now() - warmStart),
    () => -1, // closed meanwhile: nothing to wait for
  );
  const url = `http://127.0.0.1:${port}/#token=${token}`;
  if (options.openBrowser) openInBrowser(url);

  return {
    url,
    token,
    port,
    ready,
    close: closeOnce(server, closeSockets, service),
  };
}
