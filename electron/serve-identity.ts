// The web mode's token and port, kept in the user-data folder (web-mode.json, owner-only: 0600), so
// that a page left open across a server restart (a crash, an update, a reboot of the service) finds
// the server again at the same address and is still let in: its unsaved text gets saved. Anyone who
// can read this file can already read the database beside it, so it gives nothing away.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const IDENTITY_FILE = 'web-mode.json';

export interface WebIdentity {
  token: string;
  /** The port the last run listened on (tried first, so open pages can reconnect). */
  port?: number;
}

function newToken(): string {
  return randomBytes(32).toString('hex');
}

function read(file: string): WebIdentity | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined; // absent or unreadable: a new identity is made
  }
  const { token, port } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof token !== 'string' || !/^[0-9a-f]{64}$/.test(token)) return undefined;
  const valid = typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536;
  return valid ? { token, port } : { token };
}

/** Written to a temp file created 0600 and renamed over the old one: never readable by others, never half-written. */
function write(file: string, identity: WebIdentity): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(identity), { mode: 0o600 });
  fs.chmodSync(temp, 0o600); // the umask cannot widen it, but an existing temp file could be wider
  fs.renameSync(temp, file);
}

/** The folder's identity, made (and stored) on first use; a file others could read is not trusted. */
export function loadWebIdentity(dir: string): WebIdentity {
  const file = path.join(dir, IDENTITY_FILE);
  const stored = read(file);
  const private_ = process.platform === 'win32' || (stored !== undefined && (fs.statSync(file).mode & 0o077) === 0);
  if (stored && private_) return stored;
  const fresh = { token: newToken() };
  write(file, fresh);
  return fresh;
}

/** Remembers the port now in use, for the next start. */
export function rememberPort(dir: string, identity: WebIdentity, port: number): void {
  if (identity.port === port) return;
  write(path.join(dir, IDENTITY_FILE), { ...identity, port });
}
