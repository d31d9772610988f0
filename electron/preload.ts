// The sandboxed preload: exposes `window.donghyang`, the service contract over IPC plus onMenu and
// printToPdf, and nothing else (never ipcRenderer itself). Bundled by electron/build.mjs into one CommonJS file
// whose only require is 'electron', as sandboxed preloads must be.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, type ApiErrorPayload, type DonghyangApi } from '../glossary/api.ts';
import {
  CALL_CHANNEL,
  MENU_CHANNEL,
  PRINT_PDF_CHANNEL,
  TEAM_SERVER_CHANNEL,
  isMenuAction,
  type CallReply,
  type DesktopBridge,
  type MenuAction,
  type PrintPdfResult,
} from './bridge.ts';

/**
 * Rejects with an Error carrying the service's message. The context bridge copies an Error's
 * message into the page but not extra fields, so the message itself names file:line:column
 * (InputError already formats it that way); the fields are attached too for same-world callers.
 */
function toError(payload: ApiErrorPayload): Error {
  const error = new Error(payload.message);
  error.name = payload.name;
  return Object.assign(error, { file: payload.file, line: payload.line, column: payload.column });
}

async function call(method: string, arg: unknown): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(CALL_CHANNEL, method, arg)) as CallReply;
  if (!reply.ok) throw toError(reply.error);
  return reply.value;
}

type ServiceOverIpc = { [M in (typeof API_METHODS)[number]]: DonghyangApi[M] };

function serviceOverIpc(): ServiceOverIpc {
  const entries = API_METHODS.map((method) => [method, (arg?: unknown) => call(method, arg)]);
  return Object.fromEntries(entries) as ServiceOverIpc;
}

function onMenu(callback: (action: MenuAction) => void): () => void {
  const listener = (_event: IpcRendererEvent, action: unknown): void => {
    if (isMenuAction(action)) callback(action);
  };
  ipcRenderer.on(MENU_CHANNEL, listener);
  return () => {
    ipcRenderer.removeListener(MENU_CHANNEL, listener);
  };
}

async function printToPdf(): Promise<PrintPdfResult> {
  const reply = (await ipcRenderer.invoke(PRINT_PDF_CHANNEL)) as { ok: true; value: PrintPdfResult } | { ok: false; error: ApiErrorPayload };
  if (!reply.ok) throw toError(reply.error);
  return reply.value;
}

async function connectTeamServer(url: string): Promise<string> {
  const reply = (await ipcRenderer.invoke(TEAM_SERVER_CHANNEL, url)) as { ok: true; value: string } | { ok: false; error: ApiErrorPayload };
  if (!reply.ok) throw toError(reply.error);
  return reply.value;
}

const bridge = { ...serviceOverIpc(), onMenu, printToPdf, connectTeamServer } satisfies DesktopBridge;

contextBridge.exposeInMainWorld('donghyang', bridge);
