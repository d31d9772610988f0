// Team mode in the page: the server (electron/team) is reached with a session cookie instead of a
// launch token. These calls are the login routes, outside the service contract.
import { ApiError } from './http-client.ts';
import { takeTokenFromLocation } from './token.ts';

export interface TeamUser {
  name: string;
  role: 'editor' | 'reviewer' | 'admin';
}

/** Team mode: a web page (no Electron bridge) opened without a launch token. */
export function isTeamMode(): boolean {
  return !window.donghyang && takeTokenFromLocation() === null;
}

let current: TeamUser | null = null;

/** The logged-in user (null outside team mode or before login). */
export function teamUser(): TeamUser | null {
  return current;
}

async function post(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? '{}' : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const json = (await response.json().catch(() => ({ ok: false }))) as { ok: boolean; value?: unknown; error?: { name: string; message: string } };
  if (!json.ok) throw new ApiError(json.error ?? { name: 'HttpError', message: `HTTP ${response.status}` }, response.status);
  return json.value;
}

export async function currentSession(): Promise<TeamUser | null> {
  try {
    current = (await post('api/session')) as TeamUser;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) current = null;
    else throw error;
  }
  return current;
}

export async function login(user: string, password: string): Promise<TeamUser> {
  current = (await post('api/login', { user, password })) as TeamUser;
  return current;
}

export async function logout(): Promise<void> {
  await post('api/logout');
  current = null;
}
