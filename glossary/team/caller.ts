// Who is calling the service. The transport that authenticated the request (the team server) runs
// the call inside `asCaller`; the store and the review rules read it from here, so every history
// entry, version, comment, accepted finding and state change carries that user's name. Outside a
// call (the CLI, the desktop app) there is no caller and the store's own default applies.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../api.ts';

export interface Caller {
  name: string;
  role: Role;
}

const calls = new AsyncLocalStorage<Caller>();

export function asCaller<T>(caller: Caller, work: () => T): T {
  return calls.run(caller, work);
}

export function currentCaller(): Caller | undefined {
  return calls.getStore();
}
