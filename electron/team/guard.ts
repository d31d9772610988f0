// Team mode's guard in front of every API call, on HTTP and the WebSocket alike: the session cookie
// says who calls (401 without a live session), the role table in glossary/api.ts says whether they
// may (403), and the call then runs as that user, so the service records their name.
import type { IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { METHOD_ROLES, leastRole, roleAllows, type ApiMethod, type Role } from '../../glossary/api.ts';
import { asCaller, type Caller } from '../../glossary/team/caller.ts';
import type { Sessions } from '../../glossary/team/sessions.ts';
import type { UserInfo } from '../../glossary/team/accounts.ts';
import { HttpError, type CallGuard } from '../serve-api.ts';

export interface Identity {
  sessionId: string;
  user: UserInfo;
}

/** The session cookie's name: `__Host-` under TLS binds it to this host, Secure, path /. */
export function sessionCookieName(tls: boolean): string {
  return tls ? '__Host-donghyang-session' : 'donghyang-session';
}

export function sessionIdOf(req: IncomingMessage, tls: boolean): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookies(header)[sessionCookieName(tls)] || undefined;
}

function forbidden(method: ApiMethod, least: Role, user: UserInfo): HttpError {
  return new HttpError(403, `${method} needs the ${least} role; ${user.name} is ${user.role}`);
}

export type CallListener = (method: ApiMethod, arg: unknown, value: unknown, caller: Caller) => void;

export function teamGuard(sessions: Sessions, options: { tls: boolean; onCall?: CallListener }): CallGuard {
  const current = (sessionId: string | undefined): Identity => {
    const user = sessionId === undefined ? undefined : sessions.lookup(sessionId);
    if (!user || sessionId === undefined) throw new HttpError(401, 'not logged in (no session, or it has ended): log in again');
    return { sessionId, user };
  };
  return {
    identify: (req) => current(sessionIdOf(req, options.tls)),
    admit(identity, method) {
      const { user } = identity as Identity;
      if (!roleAllows(user.role, METHOD_ROLES[method])) throw forbidden(method, METHOD_ROLES[method], user);
    },
    async run(identity, method, arg, call) {
      // Looked up again: the session may have ended, the role changed, since the socket opened.
      const { user } = current((identity as Identity).sessionId);
      const least = leastRole(method, arg);
      if (!roleAllows(user.role, least)) throw forbidden(method, least, user);
      const caller: Caller = { name: user.name, role: user.role };
      const value = await asCaller(caller, call);
      options.onCall?.(method, arg, value, caller);
      return value;
    },
  };
}
