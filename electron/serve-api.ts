// The HTTP transport of the service contract: POST /api/<method> with {"arg": ...}. Every request is
// checked in this order: Host (DNS rebinding), Origin (cross-site pages), method, token, name,
// content type, size, JSON, argument; only then does the service run.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_METHODS, type ApiErrorPayload, type ApiMethod, type DonghyangApi } from '../glossary/api.ts';
import { ConfirmationNeeded, ConflictError, InputError, NotFoundError } from '../glossary/errors.ts';
import { SECURITY_HEADERS } from './serve-headers.ts';
import { parseJsonBody } from './json-body.ts';
import { validateArgument } from './validate.ts';

export const TOKEN_HEADER = 'x-donghyang-token';
export const MAX_BODY_BYTES = 80 * 1024 * 1024;

export const METHOD_NAMES: ReadonlySet<string> = new Set(API_METHODS);

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Constant-time comparison (hashing first makes the lengths equal, so length leaks nothing). */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Refuses requests whose Host is not ours (DNS rebinding) or whose Origin is another site. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): HttpError | undefined {
  const hosts = allowedHosts(port);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) return new HttpError(421, `refused: Host "${host}" is not this server`);
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return new HttpError(403, `refused: Origin "${origin}" is not this server`);
  }
  return undefined;
}

const JSON_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

/**
 * One serialization, encoded once, sent with its length: a known Content-Length spares the chunked
 * framing and lets the client read the body in one go (live-check responses are ~200 KB).
 */
function sendJsonText(res: ServerResponse, status: number, json: string): void {
  const bytes = Buffer.from(json, 'utf8');
  res.writeHead(status, { ...JSON_HEADERS, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

export function sendError(res: ServerResponse, status: number, error: ApiErrorPayload): void {
  sendJson(res, status, { ok: false, error });
}

/** The first bytes of a body are kept, to name the file of an upload refused as too large. */
const PREFIX_BYTES = 4096;
/** What is read and dropped after a refusal, so the browser gets the 413 rather than a reset. */
const DRAIN_LIMIT = 4 * MAX_BODY_BYTES;

/** The "fileName" of an upload ({"arg":{"fileName": ..., ...}}), read from the start of its body. */
export function fileNameInPrefix(prefix: string): string | undefined {
  const match = /"fileName"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(prefix);
  if (!match) return undefined;
  try {
    const name = JSON.parse(match[1]!) as unknown;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** 413, naming the file when the body is an upload: base64 makes a file ~4/3 its size on the way. */
export function tooLarge(prefix: string, size: number | undefined): HttpError {
  const name = fileNameInPrefix(prefix);
  const limit = megabytes(MAX_BODY_BYTES);
  const fileLimit = megabytes((MAX_BODY_BYTES * 3) / 4);
  const measured = size === undefined ? '' : ` (${megabytes(size)} sent)`;
  return new HttpError(
    413,
    name === undefined
      ? `request body over ${limit}${measured}`
      : `"${name}" is too large to send${measured}: files up to about ${fileLimit} can be imported`,
  );
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  return new Promise((resolve, reject) => {
    // A declared length (every browser sends one) gets one buffer, filled as the chunks come: an
    // 67 MB upload is then held once, not as chunks and again as their concatenation.
    let whole = declared > 0 && declared <= MAX_BODY_BYTES ? Buffer.allocUnsafe(declared) : undefined;
    let chunks: Buffer[] = [];
    let size = 0;
    let prefix = '';
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (prefix.length < PREFIX_BYTES) prefix += chunk.subarray(0, PREFIX_BYTES).toString('utf8');
      if (refused) {
        size += chunk.length;
        if (size > DRAIN_LIMIT) req.destroy();
        return;
      }
      if (size + chunk.length > MAX_BODY_BYTES || declared > MAX_BODY_BYTES || (whole && size + chunk.length > whole.length)) {
        // Read on and drop the rest: a reset connection would hide the answer from the browser.
        refused = true;
        size += chunk.length;
        chunks = [];
        whole = undefined;
        reject(tooLarge(prefix, declared > MAX_BODY_BYTES ? declared : undefined));
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => {
      if (refused) return;
      if (declared > MAX_BODY_BYTES) return reject(tooLarge(prefix, declared));
      // The request's listeners live as long as the call: they must not keep the upload alive.
      const body = whole ? whole.subarray(0, size) : Buffer.concat(chunks, size);
      chunks = [];
      whole = undefined;
      resolve(body);
    });
    req.on('error', reject);
  });
}

export function payloadOf(error: unknown): ApiErrorPayload {
  if (error instanceof InputError) {
    return { name: error.name, message: error.message, file: error.file, line: error.line, column: error.column };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Bad input is the caller's fault (400), an id of nothing too (404); anything else is ours (500). */
export function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (error instanceof InputError) return 400;
  if (error instanceof NotFoundError || (error instanceof Error && error.name === 'NotFoundError')) return 404;
  if (error instanceof ConflictError || error instanceof ConfirmationNeeded) return 409;
  return 500;
}

async function parseArgument(req: IncomingMessage, method: ApiMethod): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'the request body must be application/json');
  const raw = await readBody(req);
  let body: unknown;
  try {
    body = raw.length === 0 ? {} : parseJsonBody(raw);
  } catch (error) {
    throw new InputError(method, `request body is not valid JSON (${(error as Error).message})`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError(method, 'request body must be an object {"arg": ...}');
  }
  const keys = Object.keys(body).filter((k) => k !== 'arg');
  if (keys.length > 0) throw new InputError(method, `request body has unknown field "${keys[0]}"`);
  return validateArgument(method, (body as { arg?: unknown }).arg);
}

/**
 * Team mode (electron/team/guard.ts): who calls, instead of the web-mode token. `identify` throws
 * HttpError 401 without a session; `admit` and `run` throw 403 when the caller's role may not call the method,
 * else runs the call as that caller.
 */
export interface CallGuard {
  identify(req: IncomingMessage): unknown;
  /** Before the argument is read: throws 403 when the caller's role may not call the method at all. */
  admit(identity: unknown, method: ApiMethod): void;
  run(identity: unknown, method: ApiMethod, arg: unknown, call: () => Promise<unknown>): Promise<unknown>;
}

export interface ApiHandlerOptions {
  api: DonghyangApi;
  token: string;
  port: () => number;
  guard?: CallGuard;
}

/** Handles one request under /api/ (Host and Origin already checked by the caller). */
export async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string, options: ApiHandlerOptions): Promise<void> {
  try {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      throw new HttpError(405, 'the API accepts POST only');
    }
    const identity = options.guard?.identify(req);
    const given = req.headers[TOKEN_HEADER];
    if (!options.guard && (typeof given !== 'string' || !tokensEqual(given, options.token))) {
      throw new HttpError(401, 'missing or wrong X-Donghyang-Token');
    }
    const name = pathname.slice('/api/'.length);
    if (!METHOD_NAMES.has(name)) throw new HttpError(404, `unknown API method "${name}"`);
    const method = name as ApiMethod;
    options.guard?.admit(identity, method);
    const arg = await parseArgument(req, method);
    const call = options.api[method] as (arg: unknown) => Promise<unknown>;
    const value = options.guard ? await options.guard.run(identity, method, arg, () => call.call(options.api, arg)) : await call.call(options.api, arg);
    if (value instanceof Uint8Array) {
      // Bytes (checkIndex) go as they are: tens of megabytes would cost seconds as JSON.
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store', 'Content-Length': String(value.byteLength) });
      res.end(value);
      return;
    }
    // The envelope is written around the value's JSON: no wrapper object to walk.
    sendJsonText(res, 200, `{"ok":true,"value":${JSON.stringify(value ?? null)}}`);
  } catch (error) {
    const status = statusOf(error);
    if (status === 500) console.error(`donghyang web mode: ${req.url}:`, error);
    if (!res.headersSent) sendError(res, status, payloadOf(error));
  }
}
