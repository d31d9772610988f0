// The HTTP transport of DonghyangApi (web mode): POST /api/<method> {"arg": ...} with the token.
import type { ApiErrorPayload, ApiMethod, DonghyangApi } from '../../../glossary/api.ts';

/** An error reported by the service, carried to the UI with its file/line when it has them. */
export class ApiError extends Error {
  readonly payload: ApiErrorPayload;
  readonly status: number;
  constructor(payload: ApiErrorPayload, status: number) {
    super(payload.message);
    this.name = payload.name;
    this.payload = payload;
    this.status = status;
  }
}

async function call(token: string | null, method: ApiMethod, arg: unknown, keepalive: boolean): Promise<unknown> {
  const body = JSON.stringify(arg === undefined ? {} : { arg });
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Donghyang-Token': token ?? '' },
      body,
      // keepalive lets a save started by beforeunload finish; browsers cap it at 64 KB.
      keepalive: keepalive && body.length < 60_000,
    });
  } catch {
    // fetch only says "Failed to fetch": no answer came (the service stopped, or is restarting).
    throw new ApiError({ name: 'ConnectionError', message: `${method}: the Donghyang service cannot be reached (stopped or restarting)` }, 0);
  }
  // A method that answers bytes (checkIndex) answers them as they are.
  if (response.ok && response.headers.get('Content-Type') === 'application/octet-stream') return new Uint8Array(await response.arrayBuffer());
  let json: { ok: boolean; value?: unknown; error?: ApiErrorPayload };
  try {
    json = (await response.json()) as typeof json;
  } catch {
    throw new ApiError({ name: 'HttpError', message: `${method}: HTTP ${response.status}` }, response.status);
  }
  if (!json.ok) throw new ApiError(json.error ?? { name: 'Error', message: `${method} failed` }, response.status);
  return json.value;
}

/** Every property is a method call; the server refuses names outside the contract (404). */
export function createHttpClient(token: string | null): DonghyangApi {
  return new Proxy({} as DonghyangApi, {
    get(_target, name) {
      // Not a thenable: `await api` must not turn into a call.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (arg?: unknown) => call(token, name as ApiMethod, arg, name === 'saveArticle');
    },
  });
}
