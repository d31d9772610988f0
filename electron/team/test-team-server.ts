// For tests: a team server on a temp folder with one user per role, and a small cookie-keeping client.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import type { Role } from '../../glossary/api.ts';
import { startTeamServer, type TeamServer, type TeamServerOptions } from './server.ts';

export const PASSWORD = 'correct horse battery';

export interface TestTeam {
  server: TeamServer;
  dir: string;
  /** Logs in; returns the Cookie header value to send. */
  login(user: string, password?: string): Promise<string>;
  call(cookie: string | undefined, method: string, arg?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  socket(cookie: string | undefined, headers?: Record<string, string>): Promise<WebSocket>;
  stop(): Promise<void>;
}

export function cookieOf(response: Response): string {
  const set = response.headers.get('set-cookie') ?? '';
  return set.split(';')[0]!;
}

export async function startTestTeam(name: string, options: Partial<TeamServerOptions> = {}, dir?: string): Promise<TestTeam> {
  const folder = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), `dh-team-${name}-`));
  const rendererDir = path.join(folder, 'dist');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Donghyang</title>');
  const server = await startTeamServer({ dbPath: path.join(folder, 'team.db'), port: 0, rendererDir, log: () => undefined, glossaryWorker: false, ...options });
  const { accounts } = server.service.team;
  if (accounts.count() === 0) {
    for (const role of ['editor', 'reviewer', 'admin'] as Role[]) await accounts.add(role, role, PASSWORD);
  }
  const base = server.url;
  const team: TestTeam = {
    server,
    dir: folder,
    async login(user, password = PASSWORD) {
      const response = await fetch(new URL('api/login', base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user, password }),
      });
      if (response.status !== 200) throw new Error(`login ${user}: HTTP ${response.status}`);
      return cookieOf(response);
    },
    async call(cookie, method, arg, headers = {}) {
      const response = await fetch(new URL(`api/${method}`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}), ...headers },
        body: JSON.stringify(arg === undefined ? {} : { arg }),
      });
      return { status: response.status, body: await response.json() };
    },
    socket(cookie, headers = {}) {
      const ws = new WebSocket(base.replace(/^http/, 'ws') + 'api/socket', { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });
      return new Promise((resolve, reject) => {
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
        ws.once('error', reject);
      });
    },
    async stop() {
      await server.close();
      if (!dir) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return team;
}

/** Sends one call over a socket and waits for its answer (events in between are skipped). */
export function socketCall(ws: WebSocket, id: number, method: string, arg?: unknown): Promise<{ ok: boolean; status?: number; value?: any }> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const reply = JSON.parse(data.toString());
      if (reply.id !== id) return;
      ws.off('message', onMessage);
      resolve(reply);
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify(arg === undefined ? { id, method } : { id, method, arg }));
  });
}
