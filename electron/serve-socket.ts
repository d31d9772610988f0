// The service contract over one WebSocket per window (web mode). A fetch costs the page several
// milliseconds of request set-up and network-process hops; a message on an open socket costs well
// under one, and the editor sends a live check on every keystroke. The HTTP API stays for the rest
// (and for saves made while the page unloads, which only fetch's keepalive can finish).
//
// The upgrade is checked like an HTTP request: Host and Origin (a WebSocket is not bound by CORS,
// so a foreign page's socket must be refused here), then the token, which a browser can only send
// as a subprotocol ("donghyang-token.<hex>"). Messages: {"id", "method", "arg"} in,
// {"id", "ok": true, "value"} or {"id", "ok": false, "status", "error"} out; replies may overtake
// each other, the id pairs them.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ApiMethod, DonghyangApi } from '../glossary/api.ts';
import { InputError } from '../glossary/errors.ts';
import { HttpError, MAX_BODY_BYTES, type CallGuard, METHOD_NAMES, checkHostAndOrigin, payloadOf, statusOf, tokensEqual } from './serve-api.ts';
import { validateArgument } from './validate.ts';

export const SOCKET_PATH = '/api/socket';
export const TOKEN_PROTOCOL_PREFIX = 'donghyang-token.';
/** Methods whose answer is bytes, which a JSON message cannot carry (the HTTP API sends them as they are). */
const BYTES_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['checkIndex']);

export interface ApiSocketOptions {
  api: DonghyangApi;
  token: string;
  port: () => number;
  /** Team mode: the session decides instead of the token (see CallGuard). */
  guard?: CallGuard;
  /** Team mode: its own Host/Origin check (other hosts, https) in place of checkHostAndOrigin. */
  checkRequest?: (req: IncomingMessage) => HttpError | undefined;
  /** Team mode: told of every socket opened, with its caller (live updates). */
  onSocket?: (ws: WebSocket, identity: unknown) => void;
}

function offeredProtocols(req: IncomingMessage): string[] {
  return (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
}

/** The reason to refuse an upgrade request, or undefined when it may become a socket. */
export function refuseUpgrade(req: IncomingMessage, options: ApiSocketOptions): HttpError | undefined {
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (pathname !== SOCKET_PATH) return new HttpError(404, `no WebSocket at ${pathname}`);
  const refused = options.checkRequest ? options.checkRequest(req) : checkHostAndOrigin(req, options.port());
  if (refused) return refused;
  if (options.guard) return undefined; // the session is checked by identifyOrRefuse
  const offered = offeredProtocols(req).find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  if (!offered || !tokensEqual(offered.slice(TOKEN_PROTOCOL_PREFIX.length), options.token)) {
    return new HttpError(401, 'missing or wrong token subprotocol');
  }
  return undefined;
}

function reject(socket: Duplex, error: HttpError): void {
  const reason = error.message.replace(/[\r\n]/g, ' ');
  socket.end(`HTTP/1.1 ${error.status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function parseMessage(data: RawData): { id: number; method: ApiMethod; arg: unknown } | { id: number | null; error: HttpError | InputError } {
  let message: unknown;
  try {
    message = JSON.parse(data.toString());
  } catch (error) {
    return { id: null, error: new InputError('socket', `message is not valid JSON (${(error as Error).message})`) };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { id: null, error: new InputError('socket', 'message must be an object {"id", "method", "arg"}') };
  }
  const { id, method, arg, ...rest } = message as Record<string, unknown>;
  if (!Number.isSafeInteger(id)) return { id: null, error: new InputError('socket', 'message needs an integer "id"') };
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return { id: id as number, error: new InputError('socket', `message has unknown field "${extra}"`) };
  if (typeof method !== 'string' || !METHOD_NAMES.has(method)) {
    return { id: id as number, error: new HttpError(404, `unknown API method "${String(method)}"`) };
  }
  return { id: id as number, method: method as ApiMethod, arg };
}

async function answer(ws: WebSocket, data: RawData, api: DonghyangApi, guard?: CallGuard, identity?: unknown): Promise<void> {
  const parsed = parseMessage(data);
  if ('error' in parsed) {
    ws.send(JSON.stringify({ id: parsed.id, ok: false, status: statusOf(parsed.error), error: payloadOf(parsed.error) }));
    return;
  }
  const { id, method } = parsed;
  try {
    guard?.admit(identity, method);
    if (BYTES_METHODS.has(method)) throw new HttpError(400, `${method} answers bytes: call it over HTTP (POST /api/${method})`);
    const arg = validateArgument(method, parsed.arg);
    const call = api[method] as (arg: unknown) => Promise<unknown>;
    const value = guard ? await guard.run(identity, method, arg, () => call.call(api, arg)) : await call.call(api, arg);
    // The envelope is written around the value's JSON: no wrapper object to walk.
    ws.send(`{"id":${id},"ok":true,"value":${JSON.stringify(value ?? null)}}`);
  } catch (error) {
    const status = statusOf(error);
    if (status === 500) console.error(`donghyang web mode: socket ${method}:`, error);
    ws.send(JSON.stringify({ id, ok: false, status, error: payloadOf(error) }));
  }
}

/** Serves the API on SOCKET_PATH of `server`; returns a function that closes every socket. */
export function attachApiSocket(server: Server, options: ApiSocketOptions): () => void {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_BODY_BYTES,
    perMessageDeflate: false, // local traffic: compression would only cost time
    handleProtocols: (protocols) => [...protocols].find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX)) ?? false,
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy()); // a peer resetting mid-handshake ends its socket only
    const refused = refuseUpgrade(req, options);
    if (refused) return reject(socket, refused);
    let identity: unknown;
    try {
      identity = options.guard?.identify(req);
    } catch (error) {
      return reject(socket, error instanceof HttpError ? error : new HttpError(401, 'not logged in'));
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // A malformed frame (bad UTF-8, no mask, a reserved bit or opcode, a message over maxPayload)
      // is reported here after ws has closed that socket with the matching code (1002, 1007, 1009).
      // Without a listener the 'error' event would end the whole server; the page opens a new socket.
      ws.on('error', (error) => console.warn(`donghyang web mode: socket closed: ${error.message}`));
      ws.on('message', (data, isBinary) => {
        if (isBinary) return ws.close(1003, 'text messages only');
        void answer(ws, data, options.api, options.guard, identity);
      });
      options.onSocket?.(ws, identity);
    });
  });
  return () => {
    for (const ws of sockets.clients) ws.terminate();
    sockets.close();
  };
}
