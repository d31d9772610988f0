// The IPC transport of the service contract: one channel, one handler, and one gate in front of it.
// Every call is refused unless it comes from the main frame of a page on the app's own origin
// (a subframe or a page that somehow navigated elsewhere gets nothing), names a method of the
// contract, and carries an argument that passes the same validators as the HTTP transport.
import type { IpcMain } from 'electron';
import { API_METHODS, type ApiErrorPayload, type ApiMethod, type DonghyangApi } from '../glossary/api.ts';
import { InputError } from '../glossary/errors.ts';
import { CALL_CHANNEL, type CallReply } from './bridge.ts';
import { isAppUrl } from './security.ts';
import { validateArgument } from './validate.ts';

/** The parts of Electron's WebFrameMain the gate looks at. */
export interface CallerFrame {
  readonly url: string;
  readonly parent: CallerFrame | null;
}

/** The parts of Electron's IpcMainInvokeEvent the gate looks at. */
export interface CallEvent {
  readonly senderFrame: CallerFrame | null;
  readonly sender: { readonly mainFrame: CallerFrame };
}

const METHOD_NAMES: ReadonlySet<string> = new Set(API_METHODS);

/** Why a call's sender is refused, or null when it may call the service. */
export function senderRefusal(event: CallEvent): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (frame !== event.sender.mainFrame && frame.parent !== null) return 'calls from subframes are not allowed';
  if (!isAppUrl(frame.url)) return `calls from ${originOf(frame.url)} are not allowed`;
  return null;
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an unknown page';
  }
}

function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && METHOD_NAMES.has(value);
}

/** An error as the renderer shows it: name and message, plus where in which file for bad input. */
export function errorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof InputError) {
    return { name: error.name, message: error.message, file: error.file, line: error.line, column: error.column };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

function refused(message: string): CallReply {
  return { ok: false, error: { name: 'RefusedError', message: `refused: ${message}` } };
}

export type CallHandler = (event: CallEvent, method: unknown, arg: unknown) => Promise<CallReply>;

/** The handler behind CALL_CHANNEL: gate, validate, call, and turn every outcome into a CallReply. */
export function createCallHandler(service: DonghyangApi): CallHandler {
  return async (event, method, arg) => {
    const refusal = senderRefusal(event);
    if (refusal !== null) return refused(refusal);
    if (!isApiMethod(method)) return refused(`unknown method ${JSON.stringify(method)}`);
    try {
      validateArgument(method, arg);
      const call = service[method] as (this: DonghyangApi, arg: unknown) => Promise<unknown>;
      return { ok: true, value: await call.call(service, arg) };
    } catch (error) {
      return { ok: false, error: errorPayload(error) };
    }
  };
}

/** Installs the one IPC handler of the app. */
export function registerServiceIpc(ipcMain: Pick<IpcMain, 'handle'>, service: DonghyangApi): void {
  const handler = createCallHandler(service);
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, arg: unknown) => handler(event, method, arg));
}
