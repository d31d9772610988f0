// The desktop app as a team server's client (File → Connect to team server…): the server's address,
// checked and remembered in the user-data folder, and the IPC handler the local page's dialog calls.
// main.ts opens the server's page instead of its own when one is remembered; without one (the
// default) the app is the local one, unchanged.
import fs from 'node:fs';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { TEAM_SERVER_CHANNEL } from '../bridge.ts';
import { errorPayload, senderRefusal, type CallEvent } from '../ipc.ts';
import { isLoopback } from './loopback.ts';

export const TEAM_SERVER_FILE = 'team-server.json';

/**
 * The page address of a team server from what the user typed: https, or http on this machine only
 * (a team server without TLS listens on loopback; passwords must not cross a network in clear).
 */
export function teamServerUrl(text: string): string {
  const typed = text.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    throw new Error(`"${typed}" is not a server address (e.g. https://donghyang.example.org:8270)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${url.protocol} is not a web address: use https://`);
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new Error(`http://${url.host} would send your password in clear text: use https:// (the server needs --tls-cert)`);
  }
  if (url.username || url.password) throw new Error('leave the user name and password out of the address: the server asks for them');
  return `${url.origin}/`;
}

/** Whether `url` is on the team server's origin (the window may navigate there). */
export function isOnTeamServer(url: string, server: string | null): boolean {
  if (server === null) return false;
  try {
    return new URL(url).origin === new URL(server).origin;
  } catch {
    return false;
  }
}

export function rememberedTeamServer(userData: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(userData, TEAM_SERVER_FILE), 'utf8');
  } catch {
    return null; // none remembered: the local glossary
  }
  try {
    const saved = (JSON.parse(text) as { url?: unknown }).url;
    return typeof saved === 'string' ? teamServerUrl(saved) : null;
  } catch {
    return null; // a damaged file falls back to the local glossary, the safe default
  }
}

/** Remembers the server (written whole, then renamed) or, with null, forgets it. */
export function rememberTeamServer(userData: string, url: string | null): void {
  const file = path.join(userData, TEAM_SERVER_FILE);
  if (url === null) {
    fs.rmSync(file, { force: true });
    return;
  }
  fs.mkdirSync(userData, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ url: teamServerUrl(url) }, null, 2));
  fs.renameSync(temp, file);
}

export type TeamServerReply = { ok: true; value: string } | { ok: false; error: ReturnType<typeof errorPayload> };

/** The local page asks to connect: checked, remembered, then `open(url)` shows the server's page. */
export function registerTeamServerIpc(ipcMain: Pick<IpcMain, 'handle'>, options: { userData: () => string; open: (url: string) => void }): void {
  ipcMain.handle(TEAM_SERVER_CHANNEL, (event: CallEvent, typed: unknown): TeamServerReply => {
    const refusal = senderRefusal(event);
    if (refusal) return { ok: false, error: { name: 'Refused', message: refusal } };
    try {
      if (typeof typed !== 'string') throw new Error('the server address must be text');
      const url = teamServerUrl(typed);
      rememberTeamServer(options.userData(), url);
      options.open(url);
      return { ok: true, value: url };
    } catch (error) {
      return { ok: false, error: errorPayload(error) };
    }
  });
}
