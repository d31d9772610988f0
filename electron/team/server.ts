// `donghyang serve --team`: the web mode for a team. The renderer and the API as in web mode, but
// a login session (cookie) says who calls instead of the per-launch token, the role table decides
// what they may call, and changes reach every open page over the WebSocket. Without TLS it only
// listens on loopback, unless the admin insists (--insecure-http).
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createService, type Service } from '../../glossary/service.ts';
import { sourceGlossaryWorker } from '../../glossary/store/in-worker.ts';
import { HttpError, handleApi, sendError } from '../serve-api.ts';
import { closeOnce } from '../close-server.ts';
import { serveStatic } from '../serve-static.ts';
import { attachApiSocket } from '../serve-socket.ts';
import { DEFAULT_RENDERER_DIR } from '../serve.ts';
import { scheduleBackups } from './backups.ts';
import { teamGuard } from './guard.ts';
import { LiveUpdates } from './live.ts';
import { isLoopback } from './loopback.ts';
import { LOGIN_ROUTES, loginRoutes } from './login.ts';

export interface TeamServerOptions {
  dbPath: string;
  /** Default 127.0.0.1. Anything but loopback needs `tls` or `insecureHttp`. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  tls?: { cert: Buffer | string; key: Buffer | string };
  insecureHttp?: boolean;
  rendererDir?: string;
  backup?: { dir: string; keep: number; everyMs: number };
  /** Where notices go (the URL, warnings, backups); default console.log. */
  log?: (line: string) => void;
  /** Run glossary imports in a worker thread (default true). */
  glossaryWorker?: boolean;
}

export interface TeamServer {
  url: string;
  port: number;
  service: Service;
  close(): Promise<void>;
}

export { isLoopback };

/** Refuses a request from a foreign page (Origin) and, on loopback, a foreign Host (DNS rebinding). */
export function checkTeamRequest(req: IncomingMessage, scheme: 'http' | 'https', loopbackPort: number | null): HttpError | undefined {
  const host = (req.headers.host ?? '').toLowerCase();
  if (loopbackPort !== null) {
    const allowed = [`127.0.0.1:${loopbackPort}`, `localhost:${loopbackPort}`, `[::1]:${loopbackPort}`];
    if (!allowed.includes(host)) return new HttpError(421, `refused: Host "${host}" is not this server`);
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `${scheme}://${host}`) {
    return new HttpError(403, `refused: Origin "${origin}" is not this server`);
  }
  return undefined;
}

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => console.log(line));
  if (!options.tls && !isLoopback(host)) {
    if (!options.insecureHttp) {
      throw new Error(`--host ${host} would send passwords and session cookies in clear text: give --tls-cert and --tls-key, or --insecure-http`);
    }
    log(`WARNING: serving ${host} over plain HTTP (--insecure-http): anyone on the network can read passwords and take over sessions`);
  }
  const service = await createService({
    dbPath: path.resolve(options.dbPath),
    who: 'system',
    glossaryWorker: options.glossaryWorker === false ? undefined : sourceGlossaryWorker(),
  });
  const scheme = options.tls ? 'https' : 'http';
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const live = new LiveUpdates();
  const guard = teamGuard(service.team.sessions, { tls: Boolean(options.tls), onCall: (...call) => live.called(...call) });
  const login = loginRoutes({ team: service.team, tls: Boolean(options.tls) });
  let port = 0;
  const check = (req: IncomingMessage) => checkTeamRequest(req, scheme, isLoopback(host) ? port : null);

  const handler: http.RequestListener = (req, res) => {
    const refused = check(req);
    if (refused) return sendError(res, refused.status, { name: 'Refused', message: refused.message });
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (LOGIN_ROUTES.has(pathname)) void login(req, res, pathname);
    else if (pathname === '/api' || pathname.startsWith('/api/')) void handleApi(req, res, pathname, { api: service, token: '', port: () => port, guard });
    else serveStatic(rendererDir, pathname, req.method ?? 'GET', res);
  };
  const server: Server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handler) : http.createServer(handler);
  server.requestTimeout = 5 * 60_000;
  // Browsers and clients keep connections open between autosaves: closing an idle one after Node's
  // default 5 s races with the next request on it (ECONNRESET, a save that never arrived).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const closeSockets = attachApiSocket(server, {
    api: service,
    token: '',
    port: () => port,
    guard,
    checkRequest: check,
    onSocket: (ws) => live.add(ws),
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    service.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const sweep = setInterval(() => void service.team.sessions.sweep().catch(() => undefined), 60 * 60_000);
  sweep.unref();
  const stopBackups = options.backup ? scheduleBackups({ dbPath: path.resolve(options.dbPath), ...options.backup, log }) : () => undefined;
  const shownHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const url = `${scheme}://${shownHost}:${port}/`;

  return {
    url,
    port,
    service,
    close: closeOnce(server, closeSockets, service, () => {
      clearInterval(sweep);
      stopBackups();
    }),
  };
}
