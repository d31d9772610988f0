// The web mode's fast transport: the service contract over one WebSocket (electron/serve-socket.ts).
// A call waits while the socket opens; when it cannot open, calls go over HTTP instead for a few
// seconds, then a socket is tried again (the server may have restarted), so the app works the same
// with or without it. A call whose socket closes before the answer fails (it may or
// may not have run, so it is not sent again); the next call opens a new socket.
// Saves go over HTTP: only fetch's keepalive can finish one started while the page unloads. So do
// very large messages (a file to import): over the size limit the server can answer HTTP with a
// 413 naming the file, where a socket could only be closed.
import type { ApiErrorPayload, ApiMethod, DonghyangApi } from '../../../glossary/api.ts';
import { ApiError } from './http-client.ts';
import { publishLiveEvent } from './live-events.ts';

export const SOCKET_PATH = '/api/socket';
export const TOKEN_PROTOCOL_PREFIX = 'donghyang-token.';

/** The part of the browser's WebSocket this client uses (the tests pass the `ws` package's). */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
  onmessage: ((event: never) => void) | null;
  send(data: string): void;
  close(): void;
}
export type SocketFactory = (url: string, protocols: string[]) => SocketLike;

const OPEN = 1;
/** After a socket could not open, HTTP only for this long before the next try. */
export const SOCKET_RETRY_MS = 5_000;
/** Messages longer than this (characters) go over HTTP. */
export const SOCKET_MESSAGE_LIMIT = 4_000_000;
/** Methods always sent over HTTP (see above). */
const HTTP_ONLY: ReadonlySet<string> = new Set<ApiMethod>(['saveArticle', 'checkIndex']);

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  method: string;
}

interface Reply {
  id: number | null;
  ok: boolean;
  value?: unknown;
  status?: number;
  error?: ApiErrorPayload;
}

export function socketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${SOCKET_PATH}`;
}

export function createSocketClient(options: {
  url: string;
  token: string;
  http: DonghyangApi;
  connect: SocketFactory;
  /** Default SOCKET_RETRY_MS. */
  retryMs?: number;
}): DonghyangApi {
  const retryMs = options.retryMs ?? SOCKET_RETRY_MS;
  let socket: SocketLike | null = null;
  let opened: Promise<boolean> | null = null;
  let nextId = 1;
  /** When a socket could not open at all: this page then stays on HTTP until SOCKET_RETRY_MS later. */
  let failedAt: number | null = null;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const [id, call] of pending) {
      pending.delete(id);
      call.reject(new ApiError({ name: 'ConnectionError', message: `${call.method}: ${message}` }, 0));
    }
  };

  /** Resolves true once a socket is open, false when it could not open (then HTTP is used). */
  const open = (): Promise<boolean> => {
    if (failedAt !== null && Date.now() - failedAt < retryMs) return Promise.resolve(false);
    if (opened) return opened;
    const current = options.connect(options.url, [TOKEN_PROTOCOL_PREFIX + options.token]);
    socket = current;
    let wasOpen = false;
    opened = new Promise<boolean>((resolve) => {
      current.onopen = () => {
        wasOpen = true;
        failedAt = null;
        resolve(true);
      };
      current.onerror = () => resolve(false);
      current.onclose = () => {
        resolve(false);
        if (!wasOpen) failedAt = Date.now(); // refused or unreachable: not worth a try per call
        if (socket === current) {
          socket = null;
          opened = null;
        }
        failAll('the connection to the service closed before it answered');
      };
    });
    current.onmessage = (event: { data: unknown }) => {
      let reply: Reply;
      try {
        reply = JSON.parse(String(event.data)) as Reply;
      } catch {
        return; // not ours to answer: the service only sends JSON
      }
      if (publishLiveEvent(reply)) return; // team mode: a change someone made, not an answer
      if (reply.id === null) {
        // The service could not read a message at all: every waiting call learns why.
        failAll(reply.error?.message ?? 'the service could not read a request');
        return;
      }
      const call = pending.get(reply.id);
      if (!call) return;
      pending.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new ApiError(reply.error ?? { name: 'Error', message: `${call.method} failed` }, reply.status ?? 500));
    };
    return opened;
  };

  const call = async (method: ApiMethod, arg: unknown): Promise<unknown> => {
    const viaHttp = options.http[method] as (arg?: unknown) => Promise<unknown>;
    if (HTTP_ONLY.has(method) || !(await open()) || !socket || socket.readyState !== OPEN) return viaHttp(arg);
    const id = nextId++;
    const message = JSON.stringify(arg === undefined ? { id, method } : { id, method, arg });
    if (message.length > SOCKET_MESSAGE_LIMIT) return viaHttp(arg);
    const live = socket;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, method });
      live.send(message);
    });
  };

  return new Proxy({} as DonghyangApi, {
    get(_target, name) {
      // Not a thenable: `await api` must not turn into a call.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (arg?: unknown) => call(name as ApiMethod, arg);
    },
  });
}
