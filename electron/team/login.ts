// POST /api/login, /api/logout and /api/session: the only routes that work without a session.
// Login takes {"user", "password"}, answers 401 for a wrong pair and 429 once a user name from one
// address has failed 10 times in a minute (rate-limiter-flexible). A successful login always
// starts a new session id (any session the request came with is ended: no fixation) and sets it
// as an HttpOnly, SameSite=Strict cookie, Secure under TLS.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serialize as serializeCookie } from 'cookie';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { TeamTables } from '../../glossary/team/tables.ts';
import { SECURITY_HEADERS } from '../serve-headers.ts';
import { HttpError } from '../serve-api.ts';
import { sessionCookieName, sessionIdOf } from './guard.ts';
import { IDLE_LIMIT_MS } from '../../glossary/team/sessions.ts';

export const LOGIN_ROUTES: ReadonlySet<string> = new Set(['/api/login', '/api/logout', '/api/session']);
export const FAILURES_PER_MINUTE = 10;
const MAX_LOGIN_BODY = 8 * 1024;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  send(res, status, { ok: false, error: { name: status === 429 ? 'TooManyAttempts' : 'Refused', message } }, headers);
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return Promise.reject(new HttpError(415, 'the request body must be application/json'));
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_LOGIN_BODY) {
        reject(new HttpError(413, 'login request too large'));
        req.destroy();
      }
    });
    req.on('end', () => {
      try {
        const value: unknown = text === '' ? {} : JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
        resolve(value as Record<string, unknown>);
      } catch {
        reject(new HttpError(400, 'login body must be a JSON object {"user", "password"}'));
      }
    });
    req.on('error', reject);
  });
}

export interface LoginOptions {
  team: TeamTables;
  tls: boolean;
}

export function loginRoutes(options: LoginOptions) {
  const { sessions, accounts } = options.team;
  const failures = new RateLimiterMemory({ points: FAILURES_PER_MINUTE, duration: 60 });
  const cookieName = sessionCookieName(options.tls);
  const cookie = (value: string, maxAge: number) =>
    serializeCookie(cookieName, value, { httpOnly: true, sameSite: 'strict', secure: options.tls, path: '/', maxAge });

  async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    const name = body.user;
    const password = body.password;
    if (typeof name !== 'string' || typeof password !== 'string' || name === '' || password === '') {
      throw new HttpError(400, 'login needs "user" and "password" (strings)');
    }
    const key = `${name.toLowerCase()}\u0000${req.socket.remoteAddress ?? ''}`;
    const seen = await failures.get(key);
    if (seen && seen.consumedPoints >= FAILURES_PER_MINUTE) {
      return sendError(res, 429, 'too many failed logins: wait a minute', { 'Retry-After': String(Math.ceil(seen.msBeforeNext / 1000)) });
    }
    const user = await accounts.verify(name, password);
    if (!user) {
      await failures.consume(key).catch((limited: unknown) => {
        if (!(limited instanceof RateLimiterRes)) throw limited;
      });
      return sendError(res, 401, 'wrong user name or password (or the account is disabled)');
    }
    await failures.delete(key);
    const previous = sessionIdOf(req, options.tls);
    if (previous) await sessions.end(previous);
    const id = await sessions.create(user.id);
    send(res, 200, { ok: true, value: { name: user.name, role: user.role } }, { 'Set-Cookie': cookie(id, IDLE_LIMIT_MS / 1000) });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    try {
      if (req.method !== 'POST') throw new HttpError(405, `${pathname} accepts POST only`);
      if (pathname === '/api/login') return await login(req, res);
      const id = sessionIdOf(req, options.tls);
      if (pathname === '/api/logout') {
        if (id) await sessions.end(id);
        return send(res, 200, { ok: true, value: null }, { 'Set-Cookie': cookie('', 0) });
      }
      const user = id ? sessions.lookup(id) : undefined;
      if (!user) throw new HttpError(401, 'not logged in');
      send(res, 200, { ok: true, value: { name: user.name, role: user.role } });
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(`donghyang team server: ${pathname}: ${(error as Error).message}`);
      if (!res.headersSent) sendError(res, status, error instanceof HttpError ? error.message : 'internal error');
    }
  };
}
